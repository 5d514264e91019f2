package org.childplan.platform.peer;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The HTTP half of conditional peer reads ({@link PeerCall#conditional}), registered on each generated REST client
 * (its {@code providers}). For a read made through {@link PeerCall#conditional}, the request carries the ETag of the
 * answer kept from last time for the same URI as {@code If-None-Match}, and only when such an answer is kept; the
 * response's ETag is handed to the call, which keeps the answer it makes of it. Every other request passes untouched,
 * so a peer that sends no ETag is read in full every time, as before, and a 304 never reaches a caller that has no
 * kept answer to use.
 */
public class ConditionalPeerReads implements ClientRequestFilter, ClientResponseFilter {

    /** The bound on kept answers (a catalogue is ~130 KB on the wire; its domain object is what is kept). */
    public static final String MAX_ENTRIES = "childplan.peer.kept-answers";
    private static final int DEFAULT_MAX_ENTRIES = 64;

    private static final String EXCHANGE = ConditionalPeerReads.class.getName() + ".exchange";

    /** What one {@link PeerCall#conditional} and the filter tell each other about its request. */
    static final class Exchange {
        /** What the caller makes of an answer: a kept answer of another type is not one it can use. */
        final Class<?> type;
        /** Where the answers are kept; set by the filter. */
        volatile KeptPeerAnswers answers;
        volatile String uri;
        /** The kept answer whose ETag was sent as If-None-Match; null when none was sent. */
        volatile KeptPeerAnswers.Entry revalidated;
        /** The ETag of a full answer; null when it had none. */
        volatile String etag;

        Exchange(Class<?> type) {
            this.type = type;
        }
    }

    /** The exchange of the conditional call running on this thread: request filters run on the calling thread. */
    static final ThreadLocal<Exchange> CURRENT = new ThreadLocal<>();

    private static final class Holder {
        static final KeptPeerAnswers KEPT_ANSWERS = new KeptPeerAnswers(ConfigProvider.getConfig()
                .getOptionalValue(MAX_ENTRIES, Integer.class).orElse(DEFAULT_MAX_ENTRIES));
    }

    /** The answers kept by this process, shared by all its peer clients (the key is the whole URI). */
    public static KeptPeerAnswers kept() {
        return Holder.KEPT_ANSWERS;
    }

    private final KeptPeerAnswers answers;

    public ConditionalPeerReads() {
        this(null);
    }

    /** With answers of its own, for tests; {@code null} for the process's shared ones. */
    ConditionalPeerReads(KeptPeerAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Exchange exchange = CURRENT.get();
        if (exchange == null || !"GET".equals(request.getMethod())) {
            return;
        }
        request.setProperty(EXCHANGE, exchange);
        exchange.answers = answers != null ? answers : kept();
        exchange.uri = request.getUri().toString();
        KeptPeerAnswers.Entry kept = exchange.answers.get(exchange.uri);
        if (kept != null && exchange.type.isInstance(kept.answer()) && !request.getHeaders().containsKey(HttpHeaders.IF_NONE_MATCH)) {
            request.getHeaders().putSingle(HttpHeaders.IF_NONE_MATCH, kept.etag());
            exchange.revalidated = kept;
        }
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (request.getProperty(EXCHANGE) instanceof Exchange exchange && response.getStatus() == 200) {
            String etag = response.getHeaderString(HttpHeaders.ETAG);
            exchange.etag = etag == null || etag.isBlank() ? null : etag;
        }
        // a 304 does not get here: the client fails it as not successful, and PeerCall#conditional answers it
    }
}
