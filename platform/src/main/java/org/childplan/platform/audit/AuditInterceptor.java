package org.childplan.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.childplan.platform.idempotency.IdempotencyRecord;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Sees every entity Hibernate inserts, updates or deletes, and hands the change (with the values before and
 * after) to the audit log, so no write path can forget to audit. The audit trail itself and idempotency records
 * are bookkeeping and not audited.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            log().record(new AuditLog.Entry("CREATE", type(entity), key(entity, id), agencyOf(entity), null,
                    AuditLog.values(names, state), null));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        if (audited(entity)) {
            Map<String, Object>[] change = AuditLog.changed(names, previous, current);
            if (!change[1].isEmpty()) {
                log().record(new AuditLog.Entry("UPDATE", type(entity), key(entity, id), agencyOf(entity), change[0], change[1],
                        null));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            log().record(new AuditLog.Entry("DELETE", type(entity), key(entity, id), agencyOf(entity),
                    AuditLog.values(names, state), null, null));
        }
    }

    private static boolean audited(Object entity) {
        return !(entity instanceof AuditEvent) && !(entity instanceof IdempotencyRecord);
    }

    private static AuditLog log() {
        return Arc.container().instance(AuditLog.class).get();
    }

    private static String type(Object entity) {
        return entity.getClass().getSimpleName();
    }

    /** The resource's code where it has one (what clients know it by), else its id. */
    private static String key(Object entity, Object id) {
        Object code = field(entity, "code");
        return code != null ? code.toString() : id == null ? null : String.valueOf(id);
    }

    private static String agencyOf(Object entity) {
        Object agency = field(entity, "agencyCode");
        return agency == null ? null : agency.toString();
    }

    /** Panache turns public entity fields into accessors, so properties are read through their getters. */
    private static Object field(Object entity, String name) {
        try {
            return entity.getClass().getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)).invoke(entity);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
