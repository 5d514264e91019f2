package org.childplan.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import org.childplan.platform.http.RequestIds;
import org.childplan.platform.http.ResourcePaths;
import org.jboss.logging.Logger;

/**
 * Answers with problem+json the failures the HTTP layer (Vert.x) handles before JAX-RS sees the request, which it
 * would otherwise answer with an empty body: a path or query string whose percent-encoding is broken ({@code %ZZ}),
 * a body above the HTTP layer's own size limit, and the like. Everything JAX-RS sees goes through {@link ProblemMapper}.
 * A 404 for a path where a resource does live, only not for the request's method, becomes 405 with {@code Allow}
 * ({@link ResourcePaths}).
 *
 * <p>Two hooks are needed: a failure handler for what fails inside a route (the body limit), and the router's
 * error handlers for what fails while the router is still matching routes (a path that can not be decoded), which no
 * route's failure handler ever sees.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);
    private static final Map<Integer, String[]> KNOWN = Map.of(
            400, new String[] {"malformed-request", "Malformed request",
                    "The request is malformed (for example, a broken percent-encoding in its path or query)",
                    "请求格式不正确（例如路径或查询参数中的百分号编码有误）"},
            404, new String[] {"not-found", "Resource not found", "No resource exists at this path", "该路径下没有对应的资源"},
            405, new String[] {"method-not-allowed", "Method not allowed", "This resource does not support this HTTP method",
                    "该资源不支持此 HTTP 方法"},
            413, new String[] {"payload-too-large", "Payload too large", "The request body is too large", "请求体过大"},
            503, new String[] {"service-unavailable", "Service unavailable",
                    "The service can not answer now; try again after the time in Retry-After", "服务暂时无法处理请求，请稍后重试"});

    private final ObjectMapper json;

    public HttpLayerProblems(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        // Quarkus refuses a request target that is not a URI with an empty 400 unless vertx.disableURIValidation is
        // set (ServiceMain sets it); then this route refuses it in the same place, with a problem, before any code
        // that expects a URI (JAX-RS's UriInfo) sees it
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (isUri(context.request().uri())) {
                context.next();
            } else {
                answer(context, 400);
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (isAuthenticationRedirect(context.failure()) || !answer(context, statusOf(context))) {
                context.next();
            }
        });
        for (int status : KNOWN.keySet()) {
            router.errorHandler(status, context -> answer(context, status));
        }
    }

    /**
     * Not a failure: the OIDC code flow ends its code exchange (and starts a login from a permission) by "failing"
     * with a redirect, which Quarkus security's own failure handler, the next in order, turns into a 302. Answering it
     * here made every sign-in through the identity provider end in a 500 (console OidcCodeFlowTest).
     */
    static boolean isAuthenticationRedirect(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationRedirectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link URI} accepts the request target. Nearly every target is a path and query of characters a URI
     * always allows, which one scan recognises; anything else goes to the URI parser. Parsing every target was about
     * 5 % of the HTTP layer's time for a small read served from memory (a JFR profile under wrk, 2026-12-05).
     */
    static boolean isUri(String target) {
        return isPlainPathAndQuery(target) || parses(target);
    }

    /** '/' then unreserved, sub-delims, ':', '@', '/', '?' and %XX escapes only (RFC 3986 pchar and query), not "//". */
    static boolean isPlainPathAndQuery(String target) {
        int length = target.length();
        if (length == 0 || target.charAt(0) != '/' || (length > 1 && target.charAt(1) == '/')) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || Character.digit(target.charAt(i + 1), 16) < 0
                        || Character.digit(target.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (c >= PLAIN.length || !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c : ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?").toCharArray()) {
            PLAIN[c] = true;
        }
    }

    /** Whether {@link URI} parses the target: the reference the one-scan path must agree with. */
    static boolean parses(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int statusOf(RoutingContext context) {
        if (context.statusCode() >= 400) {
            return context.statusCode();
        }
        return context.failure() instanceof HttpException http ? http.getStatusCode() : 500;
    }

    /** False when an answer has already begun, so it is not ours to give. */
    private boolean answer(RoutingContext context, int status) {
        return answer(context, status, null, null);
    }

    /**
     * Answers with the problem of this status; {@code detail} and {@code detailZh}, when given, replace the status's
     * generic explanation. False when an answer has already begun, so it is not ours to give.
     */
    public boolean answer(RoutingContext context, int status, String detail, String detailZh) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended()) {
            return false;
        }
        String requestId = RequestIds.fromHeader(context.request().getHeader(RequestIds.HEADER));
        Set<String> allowed = status == 404 ? ResourcePaths.allowed(context.request().path()) : Set.of();
        if (!allowed.isEmpty() && !allowed.contains(context.request().method().name())) {
            // a resource lives at this path, only not for this method
            status = 405;
            response.putHeader("Allow", String.join(", ", allowed));
        }
        String[] known = KNOWN.get(status);
        if (known != null && detail != null) {
            known = new String[] {known[0], known[1], detail, detailZh};
        }
        if (status >= 500 && status != 503 || status < 400) {
            LOG.errorf(context.failure(), "Unexpected failure of request %s in the HTTP layer", requestId);
            status = 500;
            known = new String[] {"internal-error", "Internal error",
                    "The request failed unexpectedly; quote request id " + requestId + " when reporting it",
                    "服务内部错误，请在反馈时提供请求编号 " + requestId};
        } else if (known == null) {
            known = new String[] {"http-" + status, "HTTP " + status, "The request could not be handled (HTTP " + status + ")",
                    "请求无法处理（HTTP " + status + "）"};
        }
        // the raw path: decoding it is what may have failed
        String path = context.request().path();
        Problem problem = new Problem("urn:childplan:problem:" + known[0], known[1], status, known[2], known[3],
                path, requestId, null);
        try {
            response.setStatusCode(status)
                    .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .putHeader(RequestIds.HEADER, requestId)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
        return true;
    }
}
