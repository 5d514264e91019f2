package org.childplan.platform.peer;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * One request to a peer through its generated client, in the terms every peer client uses. The answer; empty when the
 * peer answers 404, since "no such plan" is an answer and must not trip the circuit breaker; and for every other failure
 * an exception that the client's fault tolerance retries, and whose fallback finally answers {@link #unavailable}.
 */
public final class PeerCall {

    private static final Logger LOG = Logger.getLogger(PeerCall.class);

    /** A request through a generated client, whose methods throw its own checked ApiException. */
    @FunctionalInterface
    public interface Request<T> {
        T send() throws Exception;
    }

    private PeerCall() {
    }

    /** The peer's answer about {@code what}; empty when the peer says it has no such thing (404). */
    public static <T> Optional<T> emptyIfUnknown(String peer, String what, Request<T> request) {
        try {
            return Optional.of(request.send());
        } catch (ProcessingException e) {
            throw new IllegalStateException(peer + " could not be reached: " + e.getMessage(), e);
        } catch (Exception e) {
            int status = statusOf(e);
            if (status == 404) {
                return Optional.empty();
            }
            throw new IllegalStateException(peer + " answered HTTP " + status + " for " + what, e);
        }
    }

    /**
     * As {@link #emptyIfUnknown}, for a read whose answer the peer can confirm unchanged. Through a client registered
     * with {@link ConditionalPeerReads}, the request revalidates the answer kept from last time for the same URI
     * (If-None-Match), and when the peer says it has not changed (304) the domain object {@code convert} made of it then
     * is answered again: nothing is read, parsed or converted. A full answer with an ETag replaces the kept one; one
     * without removes it. {@code convert} must make an immutable object, as it is shared by every read it is confirmed
     * for. Without that filter, or from a peer that sends no ETag, this is {@link #emptyIfUnknown} then {@code convert}.
     * Counts {@code childplan_peer_fetches_total{peer, outcome=full|not_modified}}.
     */
    public static <R, T> Optional<T> conditional(String peer, String what, Class<T> type, Request<R> request,
            Function<R, T> convert) {
        return emptyIfUnknown(peer, what, () -> {
            ConditionalPeerReads.Exchange exchange = new ConditionalPeerReads.Exchange(type);
            ConditionalPeerReads.Exchange outer = ConditionalPeerReads.CURRENT.get();
            ConditionalPeerReads.CURRENT.set(exchange);
            R raw;
            try {
                raw = request.send();
            } catch (Exception e) {
                KeptPeerAnswers.Entry revalidated = exchange.revalidated;
                if (revalidated != null && statusOf(e) == 304) {
                    PeerFetches.count(peer, PeerFetches.NOT_MODIFIED);
                    return type.cast(revalidated.answer());
                }
                throw e;
            } finally {
                if (outer == null) {
                    ConditionalPeerReads.CURRENT.remove();
                } else {
                    ConditionalPeerReads.CURRENT.set(outer);
                }
            }
            PeerFetches.count(peer, PeerFetches.FULL);
            T answer = convert.apply(raw);
            if (exchange.answers != null) {
                if (exchange.etag != null) {
                    exchange.answers.put(exchange.uri, new KeptPeerAnswers.Entry(exchange.etag, answer));
                } else {
                    exchange.answers.remove(exchange.uri);
                }
            }
            return answer;
        });
    }

    /** For a fallback: every failure left after retries (an error answer, none, a timeout, an open breaker) means 503. */
    public static PeerUnavailableException unavailable(String peer, String what, long retryAfterSeconds, Throwable cause) {
        LOG.warnf("%s not available from %s: %s", what, peer, cause.toString());
        return new PeerUnavailableException(peer, retryAfterSeconds);
    }

    /**
     * The HTTP status a failed request was answered with, 0 when there was none. The generated clients each have an
     * ApiException of their own package, with the answer under {@code getResponse()}.
     */
    static int statusOf(Exception e) {
        if (e instanceof WebApplicationException w) {
            return w.getResponse().getStatus();
        }
        try {
            return e.getClass().getMethod("getResponse").invoke(e) instanceof Response response ? response.getStatus() : 0;
        } catch (ReflectiveOperationException notAnApiException) {
            return 0;
        }
    }
}
