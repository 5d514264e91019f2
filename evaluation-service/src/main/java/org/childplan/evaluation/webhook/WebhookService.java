package org.childplan.evaluation.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.childplan.evaluation.report.CanonicalJson;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.security.CurrentUser;
import org.childplan.platform.time.Timestamps;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Tells subscribed systems about closed cycles and published reports. A subscription's host must be on the
 * allow-list administrators keep, and is checked again at every delivery; redirects are not followed. So the
 * mechanism can not be aimed at internal addresses (metadata services, databases, the services themselves).
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    private static final Pattern HOST = Pattern.compile("^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");
    private static final int ATTEMPTS = 3;

    private final CurrentUser user;
    private final Clock clock;
    private final Event<DeliveriesDue> due;
    private final ManagedExecutor executor;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public WebhookService(CurrentUser user, Clock clock, Event<DeliveriesDue> due, ManagedExecutor executor) {
        this.user = user;
        this.clock = clock;
        this.due = due;
        this.executor = executor;
    }

    /** Deliveries written in a transaction, to send once it has committed. */
    public record DeliveriesDue(List<Long> ids) {
    }

    // ---- the allow-list

    public List<WebhookAllowedHost> allowedHosts() {
        return WebhookAllowedHost.list("order by host");
    }

    @Transactional
    public WebhookAllowedHost allowHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(h).matches()) {
            throw InputValidationException.single("host", "must be a host name or IPv4 address, e.g. data.example.gov.cn",
                    "必须是主机名或IPv4地址，例如 data.example.gov.cn");
        }
        WebhookAllowedHost allowed = WebhookAllowedHost.findById(h);
        if (allowed == null) {
            allowed = new WebhookAllowedHost();
            allowed.host = h;
            allowed.addedBy = user.name();
            allowed.addedAt = clock.now();
            allowed.persist();
        }
        return allowed;
    }

    @Transactional
    public void removeHost(String host) {
        if (!WebhookAllowedHost.deleteById(host.toLowerCase(Locale.ROOT))) {
            throw new ResourceNotFoundException("Allowed host", "允许的主机", host);
        }
    }

    // ---- subscriptions

    public List<WebhookSubscription> subscriptions() {
        return WebhookSubscription.list("order by id");
    }

    public WebhookSubscription subscription(String code) {
        return WebhookSubscription.<WebhookSubscription>find("code", code).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("Webhook", "推送订阅", code));
    }

    @Transactional
    public WebhookSubscription subscribe(String url, List<WebhookEvent> events) {
        URI target = target(url);
        WebhookSubscription s = new WebhookSubscription();
        s.code = "wh-" + hex(4);
        s.url = target.toString();
        s.events = new ArrayList<>(events);
        s.secret = hex(32);
        s.active = true;
        s.createdBy = user.name();
        s.createdAt = clock.now();
        s.persist();
        return s;
    }

    @Transactional
    public WebhookSubscription deactivate(String code) {
        WebhookSubscription s = subscription(code);
        s.active = false;
        return s;
    }

    public List<WebhookDelivery> deliveries(String code) {
        return WebhookDelivery.list("subscription = ?1 order by createdAt desc, id desc", subscription(code));
    }

    /** Only http(s) URLs without credentials, to a host on the allow-list. */
    static URI checkedTarget(String url, java.util.function.Predicate<String> allowed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw InputValidationException.single("url", "is not a valid URL", "不是有效的网址");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw InputValidationException.single("url", "must be an http or https URL", "必须是 http 或 https 网址");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw InputValidationException.single("url", "must not carry credentials or a fragment", "网址中不能包含用户信息或片段");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowed.test(host)) {
            throw InputValidationException.single("url", "host '" + host + "' is not on the webhook allow-list; an administrator "
                    + "must allow it first", "主机“" + host + "”不在推送白名单中，须由管理员先行添加");
        }
        return uri;
    }

    private static URI target(String url) {
        return checkedTarget(url, host -> WebhookAllowedHost.findById(host) != null);
    }

    // ---- events and deliveries

    /** Queues the event for every active subscription to it; they are sent once the transaction commits. */
    public void notify(WebhookEvent event, Map<String, Object> data) {
        List<Long> ids = new ArrayList<>();
        String payload = CanonicalJson.write(Map.of("event", event.name(), "occurredAt", Timestamps.format(clock.now()), "data", data));
        for (WebhookSubscription s : WebhookSubscription.<WebhookSubscription>list("active = true")) {
            if (s.events.contains(event)) {
                WebhookDelivery d = new WebhookDelivery();
                d.subscription = s;
                d.event = event;
                d.payload = payload;
                d.status = WebhookDelivery.Status.PENDING;
                d.createdAt = clock.now();
                d.persist();
                ids.add(d.id);
            }
        }
        if (!ids.isEmpty()) {
            due.fire(new DeliveriesDue(ids));
        }
    }

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesDue deliveries) {
        deliveries.ids().forEach(id -> executor.runAsync(() -> send(id)));
    }

    void send(long deliveryId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Outcome outcome = QuarkusTransaction.requiringNew().call(() -> attempt(deliveryId));
            if (outcome != Outcome.RETRY) {
                return;
            }
            try {
                Thread.sleep(1000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private enum Outcome {
        DONE,
        RETRY
    }

    private Outcome attempt(long deliveryId) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        WebhookSubscription s = d.subscription;
        d.attempts++;
        URI uri = URI.create(s.url);
        if (WebhookAllowedHost.findById(uri.getHost().toLowerCase(Locale.ROOT)) == null) {
            d.status = WebhookDelivery.Status.FAILED;
            d.lastError = "host " + uri.getHost() + " is no longer on the allow-list";
            return Outcome.DONE;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-ChildPlan-Event", d.event.name())
                    .header("X-ChildPlan-Delivery", String.valueOf(d.id))
                    .header("X-ChildPlan-Signature", "sha256=" + hmac(s.secret, d.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            d.lastStatusCode = response.statusCode();
            if (response.statusCode() / 100 == 2) {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = Timestamps.now();
                return Outcome.DONE;
            }
            d.lastError = "answered HTTP " + response.statusCode();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            d.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (d.attempts >= ATTEMPTS) {
            d.status = WebhookDelivery.Status.FAILED;
            LOG.warnf("Webhook delivery %d to %s failed: %s", d.id, s.url, d.lastError);
            return Outcome.DONE;
        }
        return Outcome.RETRY;
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
