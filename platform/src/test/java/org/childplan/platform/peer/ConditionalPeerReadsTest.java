package org.childplan.platform.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Conditional peer reads against a fake peer that tags its answers: the filter pair and {@link PeerCall#conditional}
 * together, as a generated client runs them (request filter, exchange, response filter or a failed 304).
 */
class ConditionalPeerReadsTest {

    private final KeptPeerAnswers kept = new KeptPeerAnswers(8);
    private final ConditionalPeerReads filter = new ConditionalPeerReads(kept);
    /** The If-None-Match of every request the fake peer got, "-" for none. */
    private final List<String> asked = new ArrayList<>();
    private final AtomicInteger conversions = new AtomicInteger();

    /** The peer's current answer for each URI: its ETag (null: untagged) and body. */
    private final Map<String, String[]> peer = new HashMap<>();

    private record Converted(String body) {
    }

    private Optional<Converted> read(String uri) {
        return PeerCall.conditional("indicator-service", "the catalogue", Converted.class, () -> send(uri), body -> {
            conversions.incrementAndGet();
            return new Converted(body);
        });
    }

    /**
     * A generated client's request: filters around the fake peer; a 304 fails as not successful, as the client does.
     * The request and response contexts are proxies that answer only what the filters may use; any other call fails
     * the test loudly (UnsupportedOperationException), so a filter that starts to depend on more is noticed.
     */
    private String send(String uri) {
        String[] answer = peer.get(uri);
        if (answer == null) {
            throw new ProcessingException("Connection refused");
        }
        MultivaluedMap<String, Object> requestHeaders = new MultivaluedHashMap<>();
        Map<String, Object> properties = new HashMap<>();
        ClientRequestContext request = proxy(ClientRequestContext.class, (method, args) -> switch (method) {
            case "getMethod" -> "GET";
            case "getUri" -> URI.create(uri);
            case "getHeaders" -> requestHeaders;
            case "setProperty" -> properties.put((String) args[0], args[1]);
            case "getProperty" -> properties.get((String) args[0]);
            default -> throw new UnsupportedOperationException(method);
        });
        filter.filter(request);
        Object ifNoneMatch = requestHeaders.getFirst("If-None-Match");
        asked.add(ifNoneMatch == null ? "-" : ifNoneMatch.toString());
        if (answer[0] != null && answer[0].equals(ifNoneMatch)) {
            throw new WebApplicationException(Response.notModified(answer[0]).build());
        }
        ClientResponseContext response = proxy(ClientResponseContext.class, (method, args) -> switch (method) {
            case "getStatus" -> 200;
            case "getHeaderString" -> "ETag".equalsIgnoreCase((String) args[0]) ? answer[0] : null;
            default -> throw new UnsupportedOperationException(method);
        });
        filter.filter(request, response);
        return answer[1];
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> answer.apply(m.getName(), args));
    }

    @Test
    void reusesTheKeptAnswerWhenThePeerConfirmsItUnchanged() {
        peer.put("http://peer/c?asOf=2023-12-31", new String[] {"\"v1\"", "catalogue v1"});

        Converted first = read("http://peer/c?asOf=2023-12-31").orElseThrow();
        Converted second = read("http://peer/c?asOf=2023-12-31").orElseThrow();
        Converted third = read("http://peer/c?asOf=2023-12-31").orElseThrow();

        assertThat(asked).containsExactly("-", "\"v1\"", "\"v1\"");
        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(conversions).hasValue(1);
    }

    @Test
    void aNewETagReplacesTheKeptAnswer() {
        peer.put("http://peer/c", new String[] {"\"v1\"", "catalogue v1"});
        read("http://peer/c");
        peer.put("http://peer/c", new String[] {"\"v2\"", "catalogue v2"});

        assertThat(read("http://peer/c")).contains(new Converted("catalogue v2"));
        assertThat(read("http://peer/c")).contains(new Converted("catalogue v2"));
        assertThat(asked).containsExactly("-", "\"v1\"", "\"v2\"");
    }

    @Test
    void sendsNoIfNoneMatchWithoutAKeptAnswerNorToAPeerThatSendsNoETag() {
        peer.put("http://peer/c?asOf=2022-12-31", new String[] {"\"v1\"", "2022"});
        peer.put("http://peer/c?asOf=2023-12-31", new String[] {"\"v1\"", "2023"});
        peer.put("http://peer/r", new String[] {null, "untagged"});

        read("http://peer/c?asOf=2022-12-31");
        read("http://peer/c?asOf=2023-12-31");
        read("http://peer/r");
        read("http://peer/r");

        // another date is another answer, asked for in full the first time
        assertThat(asked).containsExactly("-", "-", "-", "-");
        assertThat(conversions).hasValue(4);
    }

    @Test
    void anAnswerThatLosesItsETagIsNoLongerRevalidated() {
        peer.put("http://peer/c", new String[] {"\"v1\"", "tagged"});
        read("http://peer/c");
        peer.put("http://peer/c", new String[] {null, "untagged"});
        read("http://peer/c");
        read("http://peer/c");
        assertThat(asked).containsExactly("-", "\"v1\"", "-");
    }

    @Test
    void aKeptAnswerOfAnotherTypeIsNotRevalidatedFor() {
        peer.put("http://peer/c", new String[] {"\"v1\"", "catalogue"});
        read("http://peer/c");
        assertThat(PeerCall.conditional("indicator-service", "the catalogue", String.class, () -> send("http://peer/c"), b -> b))
                .contains("catalogue");
        assertThat(asked).containsExactly("-", "-");
    }

    @Test
    void aPeerThatCanNotBeReachedStillFailsForFaultToleranceToHandle() {
        peer.put("http://peer/c", new String[] {"\"v1\"", "catalogue"});
        read("http://peer/c");
        peer.remove("http://peer/c");
        assertThatThrownBy(() -> read("http://peer/c")).isInstanceOf(IllegalStateException.class)
                .hasMessage("indicator-service could not be reached: Connection refused");
    }

    @Test
    void aNotModifiedWithoutAKeptAnswerIsAFailureNotAnAnswer() {
        assertThatThrownBy(() -> PeerCall.<String, String>conditional("indicator-service", "the catalogue", String.class, () -> {
            throw new WebApplicationException(Response.notModified().build());
        }, b -> b)).isInstanceOf(IllegalStateException.class).hasMessage("indicator-service answered HTTP 304 for the catalogue");
    }

    @Test
    void keepsABoundedNumberOfAnswers() {
        KeptPeerAnswers two = new KeptPeerAnswers(2);
        two.put("a", new KeptPeerAnswers.Entry("1", "a"));
        two.put("b", new KeptPeerAnswers.Entry("1", "b"));
        two.get("a");
        two.put("c", new KeptPeerAnswers.Entry("1", "c"));
        assertThat(two.size()).isEqualTo(2);
        assertThat(two.get("b")).isNull(); // the least recently used
        assertThat(two.get("a")).isNotNull();
    }
}
