package org.childplan.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.childplan.platform.security.CurrentUser;
import org.childplan.platform.time.Timestamps;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;

/**
 * The audit trail. Entity changes are collected per transaction (by {@code AuditInterceptor}) and written in the
 * same transaction just before it ends (by {@code AuditFlush}), so a change and its record commit together or not
 * at all. Refusals are written in a transaction of their own, because the refused request fails.
 */
@ApplicationScoped
public class AuditLog {

    private static final Object PENDING = AuditLog.class;

    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;

    public AuditLog(TransactionSynchronizationRegistry transactions, EntityManager em) {
        this.transactions = transactions;
        this.em = em;
    }

    /** A change about to be recorded. */
    public record Entry(String action, String resourceType, String resourceKey, String agencyCode,
                        Map<String, Object> before, Map<String, Object> after, String detail) {
    }

    /** Records a change made in the current transaction (a no-op outside one). */
    public void record(Entry entry) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Entry> pending = (List<Entry>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
        }
        pending.add(entry);
    }

    /** Writes what the transaction has collected so far. */
    public void writePending() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Entry> pending = (List<Entry>) transactions.getResource(PENDING);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        List<Entry> entries = List.copyOf(pending);
        pending.clear();
        for (Entry entry : entries) {
            em.persist(event(entry));
        }
    }

    /** Records an object-level refusal (someone reached for a resource that is not theirs); kept even as the request fails. */
    public void refusal(String resourceType, String resourceKey, String agencyCode, String detail) {
        AuditEvent event = event(new Entry("REFUSE", resourceType, resourceKey, agencyCode, null, null, detail));
        QuarkusTransaction.requiringNew().run(() -> em.persist(event));
    }

    private static AuditEvent event(Entry entry) {
        AuditEvent event = new AuditEvent();
        event.at = Timestamps.now();
        event.action = entry.action();
        event.resourceType = entry.resourceType();
        event.resourceKey = entry.resourceKey();
        event.before = entry.before();
        event.after = entry.after();
        event.detail = entry.detail();
        event.actor = "system";
        var container = Arc.container();
        // work not started by a request (startup seeding, background retries) is the system's
        RoutingContext http = container == null || !container.requestContext().isActive() ? null
                : container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (http != null) {
            CurrentUser user = container.instance(CurrentUser.class).get();
            event.actor = user.name();
            event.actorRoles = String.join(",", new TreeSet<>(user.roles()));
            event.actorAgency = user.agency();
            event.requestMethod = http.request().method().name();
            event.requestPath = http.request().path();
            event.requestId = http.get(REQUEST_ID);
        }
        event.agencyCode = entry.agencyCode() != null ? entry.agencyCode() : event.actorAgency;
        return event;
    }

    /** Where the request filter leaves the request's correlation id for the audit trail. */
    public static final String REQUEST_ID = "childplan.requestId";

    /** Entity state as plain values: associations become their ids, dates their ISO text. */
    public static Map<String, Object> values(String[] names, Object[] state) {
        if (state == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            values.put(names[i], plain(state[i]));
        }
        return values;
    }

    /** Only the properties that changed, for updates. */
    public static Map<String, Object>[] changed(String[] names, Object[] before, Object[] after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Object b = plain(before == null ? null : before[i]);
            Object a = plain(after[i]);
            if (b == null ? a != null : !b.equals(a)) {
                was.put(names[i], b);
                now.put(names[i], a);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object>[] result = new Map[] {was, now};
        return result;
    }

    /**
     * Texts longer than this are recorded by their SHA-256 and length, not copied: an evaluation's data snapshot or a
     * sealed report (hundreds of KB each, kept whole by the resource itself, with the same SHA-256 as its checksum)
     * would otherwise be stored twice, and copying it into the trail was most of the time of a compile.
     */
    static final int LARGEST_TEXT_COPIED = 64 * 1024;

    static Object plain(Object value) {
        if (value instanceof String text && text.length() > LARGEST_TEXT_COPIED) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return Map.of("sha256", HexFormat.of().formatHex(sha256(bytes)), "characters", text.length(), "bytes", bytes.length);
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            return n;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            // a point in time in the API's one form, so the trail shows it as responses do
            return Timestamps.format((TemporalAccessor) value);
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof HibernateProxy proxy) {
            return Map.of("id", proxy.getHibernateLazyInitializer().getIdentifier());
        }
        if (value instanceof Collection<?> c) {
            if (!Hibernate.isInitialized(c)) {
                return null;
            }
            return c.stream().map(AuditLog::plain).toList();
        }
        if (value instanceof Map<?, ?> || value instanceof Record) {
            return value.toString();
        }
        if (value.getClass().getPackageName().startsWith("org.childplan")) {
            return Map.of("id", String.valueOf(idOf(value)));
        }
        return value.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Panache turns public entity fields into accessors, so the id is read through its getter. */
    static Object idOf(Object entity) {
        try {
            return entity.getClass().getMethod("getId").invoke(entity);
        } catch (ReflectiveOperationException e) {
            return entity.toString();
        }
    }
}
