package org.childplan.console.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.peer.PeerCall;

/**
 * One request to a service through its generated client, in the terms every console client uses. Like the services'
 * {@link PeerCall}: the answer; empty for a 404 where "no such thing" is an answer; any failure of the service itself
 * (5xx, no answer, timeout) an exception that the client's fault tolerance retries and whose fallback finally throws
 * {@link PeerCall#unavailable}. Unlike a service calling a peer, the console acts for a person, so a 4xx is that
 * person's problem: it becomes a {@link ServiceProblemException} with the service's own words, which the clients'
 * {@code @Retry(abortOn)}, {@code @CircuitBreaker(skipOn)} and {@code @Fallback(skipOn)} let through untouched.
 */
public final class ServiceCall {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceCall() {
    }

    /** The service's answer; a refusal (4xx, 404 included) as a {@link ServiceProblemException}. */
    public static <T> T answer(String service, String what, PeerCall.Request<T> request) {
        try {
            return request.send();
        } catch (ProcessingException e) {
            // the REST client may wrap the mapped ApiException (a 4xx the service did answer, seen with a multipart
            // upload refused early) in a ProcessingException: that is the service's answer, not "unreachable"
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof Exception answered && responseOf(answered) != null) {
                    throw failure(service, what, answered);
                }
            }
            throw new IllegalStateException(service + " could not be reached: " + e.getMessage(), e);
        } catch (Exception e) {
            throw failure(service, what, e);
        }
    }

    private static RuntimeException failure(String service, String what, Exception e) {
        Response response = responseOf(e);
        int status = response == null ? 0 : response.getStatus();
        if (status >= 400 && status < 500 && status != 408) {
            return problem(service, status, response);
        }
        return new IllegalStateException(service + " answered HTTP " + status + " for " + what, e);
    }

    /** The service's answer; empty when it says there is no such thing (404). */
    public static <T> Optional<T> emptyIfUnknown(String service, String what, PeerCall.Request<T> request) {
        try {
            return Optional.of(answer(service, what, request));
        } catch (ServiceProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static ServiceProblemException problem(String service, int status, Response response) {
        JsonNode body = null;
        try {
            if (response.hasEntity()) {
                body = JSON.readTree(response.readEntity(String.class));
            }
        } catch (RuntimeException | java.io.IOException notJson) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return new ServiceProblemException(service, status, null, null, null, List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            errors.add(new FieldError(error.hasNonNull("row") ? error.get("row").asInt() : null, text(error, "field"),
                    text(error, "message"), text(error, "messageZh")));
        }
        return new ServiceProblemException(service, status, text(body, "title"), text(body, "detail"),
                text(body, "detailZh"), errors);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** The answer a failed request got: the generated clients' ApiException carries it under getResponse(). */
    private static Response responseOf(Exception e) {
        if (e instanceof WebApplicationException w) {
            return w.getResponse();
        }
        try {
            return e.getClass().getMethod("getResponse").invoke(e) instanceof Response response ? response : null;
        } catch (ReflectiveOperationException notAnApiException) {
            return null;
        }
    }
}
