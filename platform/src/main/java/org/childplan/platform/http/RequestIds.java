package org.childplan.platform.http;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.childplan.platform.audit.AuditLog;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request a correlation id: the caller's X-Request-Id when it is sane, otherwise a new one.
 * It is echoed in the response header and in problem bodies, and logged with unexpected failures.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String PROPERTY = "childplan.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request, RoutingContext http) {
        String id = of(request);
        if (http != null) {
            // the audit trail reads it from here
            http.put(AuditLog.REQUEST_ID, id);
        }
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, of(request));
    }

    /** The caller's X-Request-Id when it is sane, otherwise a new id. */
    public static String fromHeader(String given) {
        return given != null && SANE.matcher(given).matches() ? given : newId();
    }

    /**
     * A new random (version 4) UUID from the thread's own generator. A correlation id must be unique, not
     * unguessable; UUID.randomUUID draws from one SecureRandom shared by every event loop, on every request (it
     * showed in the profile of a catalogue read, bench/reports/catalogue-read.md).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    public static String of(ContainerRequestContext request) {
        if (request == null) {
            return newId();
        }
        Object assigned = request.getProperty(PROPERTY);
        if (assigned instanceof String id) {
            return id;
        }
        String id = fromHeader(request.getHeaderString(HEADER));
        request.setProperty(PROPERTY, id);
        return id;
    }
}
