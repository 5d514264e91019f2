package org.childplan.evaluation.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.childplan.evaluation.config.WebhookConfig;
import org.childplan.evaluation.report.CanonicalJson;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ProblemException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.outbound.HostResolver;
import org.childplan.platform.outbound.OutboundAddressPolicy;
import org.childplan.platform.outbound.OutboundConnector;
import org.childplan.platform.outbound.OutboundHost;
import org.childplan.platform.outbound.OutboundRefusedException;
import org.childplan.platform.outbound.PinnedHttpPost;
import org.childplan.platform.security.CurrentUser;
import org.childplan.platform.time.Timestamps;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Tells subscribed systems about closed cycles and published reports. A subscription's host must be on the
 * allow-list administrators keep, and every delivery goes only where the outbound address policy lets it: the host is
 * resolved afresh, every address it resolves to is checked, and the connection goes to a checked address (so a DNS
 * answer that changes after registration, or between check and connect, can not aim it at this machine, the internal
 * network or a metadata service). Redirects are not followed.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    private static final int ATTEMPTS = 3;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final CurrentUser user;
    private final Clock clock;
    private final Event<DeliveriesDue> due;
    private final ManagedExecutor executor;
    private final HostResolver resolver;
    private final OutboundConnector connector;
    private final OutboundAddressPolicy policy;

    public WebhookService(CurrentUser user, Clock clock, Event<DeliveriesDue> due, ManagedExecutor executor,
                          HostResolver resolver, OutboundConnector connector, WebhookConfig config) {
        this.user = user;
        this.clock = clock;
        this.due = due;
        this.executor = executor;
        this.resolver = resolver;
        this.connector = connector;
        this.policy = policy(config, LaunchMode.current());
    }

    /**
     * The policy the configuration asks for. Loopback is honoured only in a test run, so no configuration of a packaged
     * service, by mistake or by an attacker who can set environment variables, makes it deliver to itself.
     */
    static OutboundAddressPolicy policy(WebhookConfig config, LaunchMode mode) {
        boolean loopback = config.testOnlyAllowLoopback() && mode == LaunchMode.TEST;
        if (config.testOnlyAllowLoopback() && !loopback) {
            LOG.warnf("childplan.webhooks.test-only-allow-loopback is ignored: it is honoured in tests only, and this service"
                    + " runs in %s mode", mode);
        }
        return new OutboundAddressPolicy(config.allowPrivateAddresses(), loopback);
    }

    /** Deliveries written in a transaction, to send once it has committed. */
    public record DeliveriesDue(List<Long> ids) {
    }

    // ---- the allow-list

    public List<WebhookAllowedHost> allowedHosts() {
        return WebhookAllowedHost.list("order by host");
    }

    /**
     * Adds a host in its canonical form (0x7f000001 is 127.0.0.1). An address no delivery could ever go to (loopback,
     * metadata, ...) or a name reserved for this machine is refused here already, since allowing it would mislead.
     */
    @Transactional
    public WebhookAllowedHost allowHost(String host) {
        OutboundHost h;
        try {
            h = OutboundHost.of(host);
        } catch (OutboundRefusedException e) {
            throw InputValidationException.single("host", "must be a host name or IP address, e.g. data.example.gov.cn: "
                    + e.getMessage(), "必须是主机名或IP地址，例如 data.example.gov.cn：" + e.messageZh());
        }
        try {
            policy.checkWithoutResolving(h);
        } catch (OutboundRefusedException e) {
            throw refused("host", e);
        }
        WebhookAllowedHost allowed = WebhookAllowedHost.findById(h.canonical());
        if (allowed == null) {
            allowed = new WebhookAllowedHost();
            allowed.host = h.canonical();
            allowed.addedBy = user.name();
            allowed.addedAt = clock.now();
            allowed.persist();
        }
        return allowed;
    }

    @Transactional
    public void removeHost(String host) {
        // entries from before hosts were canonicalised are removed as written
        String key = host.toLowerCase(Locale.ROOT);
        try {
            key = OutboundHost.of(host).canonical();
        } catch (OutboundRefusedException e) {
            // not a host at all: only an old entry can match it
        }
        if (!WebhookAllowedHost.deleteById(key) && !WebhookAllowedHost.deleteById(host.toLowerCase(Locale.ROOT))) {
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

    /**
     * Only http(s) URLs without credentials, to a host on the allow-list that resolves, now, only to addresses the
     * outbound policy permits. Each refusal says why, in English and Chinese.
     */
    private URI target(String url) {
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
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        if (uri.getRawUserInfo() != null || authority.indexOf('@') >= 0 || uri.getRawFragment() != null) {
            throw InputValidationException.single("url", "must not carry credentials or a fragment", "网址中不能包含用户信息或片段");
        }
        // java.net.URI leaves the host empty for forms such as 127.1 or 169.254.43518; they are judged all the same
        String written = uri.getHost() != null ? uri.getHost() : authority.replaceFirst(":[0-9]*$", "");
        OutboundHost host;
        try {
            host = OutboundHost.of(written);
            policy.checkWithoutResolving(host);
        } catch (OutboundRefusedException e) {
            throw e.addressClass().isPresent() ? refused("url", e)
                    : InputValidationException.single("url", e.getMessage(), e.messageZh());
        }
        if (uri.getHost() == null) {
            throw InputValidationException.single("url", "must write its host as a name or a dotted IPv4 address (" + host.canonical()
                    + ")", "网址的主机须写为主机名或点分十进制IPv4地址（" + host.canonical() + "）");
        }
        if (WebhookAllowedHost.findById(host.canonical()) == null) {
            throw InputValidationException.single("url", "host '" + host.canonical() + "' is not on the webhook allow-list; an"
                    + " administrator must allow it first", "主机“" + host.canonical() + "”不在推送白名单中，须由管理员先行添加");
        }
        try {
            policy.resolveAndCheck(host, resolver);
        } catch (OutboundRefusedException e) {
            throw refused("url", e);
        } catch (UnknownHostException e) {
            throw InputValidationException.single("url", "host '" + host.canonical() + "' does not resolve, so where it leads can"
                    + " not be checked", "主机“" + host.canonical() + "”无法解析，无法核实其指向的地址");
        }
        return uri;
    }

    /** 400 naming the refused address and its class, as a problem type of its own so clients can tell it apart. */
    private static ProblemException refused(String field, OutboundRefusedException e) {
        return new ProblemException(ProblemException.Kind.INVALID_INPUT, "webhook-target-refused", "Webhook target refused",
                "Webhooks are not sent there: " + e.getMessage(), "不向该地址推送：" + e.messageZh(),
                List.of(FieldError.of(field, e.getMessage(), e.messageZh())));
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
        List<InetAddress> addresses;
        try {
            OutboundHost host = OutboundHost.of(uri.getHost());
            if (WebhookAllowedHost.findById(host.canonical()) == null) {
                d.status = WebhookDelivery.Status.FAILED;
                d.lastError = "host " + host.canonical() + " is no longer on the allow-list";
                return Outcome.DONE;
            }
            // resolved at every attempt, and only what was checked here is connected to
            addresses = policy.resolveAndCheck(host, resolver);
        } catch (OutboundRefusedException e) {
            // what the host leads to now is refused: trying again would only probe it again
            d.status = WebhookDelivery.Status.FAILED;
            d.lastError = "refused by the outbound address policy, not retried: " + e.getMessage() + " / 出站地址策略拒绝，不再重试："
                    + e.messageZh();
            LOG.warnf("Webhook delivery %d to %s refused: %s", d.id, s.url, e.getMessage());
            return Outcome.DONE;
        } catch (UnknownHostException e) {
            d.lastError = "host " + uri.getHost() + " does not resolve";
            return retryOrFail(d, s);
        }
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("User-Agent", "ChildPlan-Webhooks/1");
            headers.put("X-ChildPlan-Event", d.event.name());
            headers.put("X-ChildPlan-Delivery", String.valueOf(d.id));
            headers.put("X-ChildPlan-Signature", "sha256=" + hmac(s.secret, d.payload));
            int status = PinnedHttpPost.post(uri, addresses.get(0), headers, d.payload.getBytes(StandardCharsets.UTF_8),
                    connector, CONNECT_TIMEOUT, ANSWER_TIMEOUT);
            d.lastStatusCode = status;
            if (status / 100 == 2) {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = Timestamps.now();
                return Outcome.DONE;
            }
            if (status / 100 == 3) {
                // a redirect is the receiver's configuration, not a passing failure; following it would let the
                // receiver choose where the next request goes
                d.status = WebhookDelivery.Status.FAILED;
                d.lastError = "answered HTTP " + status + ", a redirect; redirects are not followed, so subscribe the URL that"
                        + " receives";
                return Outcome.DONE;
            }
            d.lastError = "answered HTTP " + status;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            d.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return retryOrFail(d, s);
    }

    private static Outcome retryOrFail(WebhookDelivery d, WebhookSubscription s) {
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
