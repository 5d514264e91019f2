package org.childplan.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.childplan.platform.error.PayloadTooLargeException;
import org.childplan.platform.problem.HttpLayerProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds what a request body can cost a service, in the HTTP layer, before any application code runs:
 * <ul>
 *   <li>a body whose Content-Length is above {@value #MAX_BODY_BYTES} is refused at once with a 413 problem;</li>
 *   <li>a body sent without a length (chunked) is counted as it is read ({@link BodyCap}), and refused with a 413
 *       problem as soon as it passes the limit;</li>
 *   <li>an answer given before the body has fully arrived (such a refusal, or a 400 for JSON that broke off early)
 *       closes the connection, since HTTP/1.1 would otherwise have the service read, and discard, the rest of the
 *       body, however long it is.</li>
 * </ul>
 * Quarkus' own limit ({@code quarkus.http.limits.max-body-size}) is set above this one as a backstop; it answers with
 * an empty 413, so it should never be the one that answers.
 */
@ApplicationScoped
public class BodyLimits {

    public static final String MAX_BODY_BYTES = "childplan.limits.max-body-bytes";

    private final long maxBodyBytes;
    private final HttpLayerProblems problems;

    public BodyLimits(@ConfigProperty(name = MAX_BODY_BYTES, defaultValue = "10485760") long maxBodyBytes,
                      HttpLayerProblems problems) {
        this.maxBodyBytes = maxBodyBytes;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        // before Quarkus' own Content-Length check, so that the client gets a problem, not an empty 413
        router.route().order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() != HttpVersion.HTTP_2
                && announcesBody(request.getHeader(HttpHeaders.CONTENT_LENGTH), request.getHeader(HttpHeaders.TRANSFER_ENCODING))) {
            closeWhenAnsweredBeforeBodyEnds(context);
        }
        if (declaredLength(request) > maxBodyBytes) {
            var refusal = PayloadTooLargeException.body(maxBodyBytes);
            problems.answer(context, 413, refusal.getMessage(), refusal.detailZh());
            return;
        }
        context.next();
    }

    /**
     * Whether an HTTP/1.1 request has a body (RFC 9112 §6.3: only Content-Length or Transfer-Encoding announce one).
     * A request without (every GET) has nothing left to read however early it is answered, so its connection stays
     * open for the next request; closing it made every read pay a new TCP connection.
     */
    static boolean announcesBody(String contentLength, String transferEncoding) {
        if (transferEncoding != null) {
            return true;
        }
        return contentLength != null && !contentLength.trim().equals("0");
    }

    private static void closeWhenAnsweredBeforeBodyEnds(RoutingContext context) {
        HttpServerRequest request = context.request();
        context.addHeadersEndHandler(v -> {
            if (!request.isEnded()) {
                context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            }
        });
        context.addEndHandler(result -> {
            if (!request.isEnded()) {
                request.connection().close();
            }
        });
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            // Vert.x refuses a malformed Content-Length itself
            return -1;
        }
    }
}
