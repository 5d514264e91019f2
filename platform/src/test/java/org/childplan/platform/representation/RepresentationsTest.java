package org.childplan.platform.representation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The store without Quarkus: kept while listening, dropped on a write, never kept when a write came while preparing. */
class RepresentationsTest {

    private static final RepresentationKey KEY = RepresentationKey.of("catalogue", "PLAN", "2026-12-04");

    private final Representations store = new Representations(new ObjectMapper(), true, 1 << 20);
    private final AtomicInteger reads = new AtomicInteger();

    private RepresentationContent read() {
        reads.incrementAndGet();
        return RepresentationContent.of("application/json", ("{\"read\":" + reads.get() + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void preparedOnceWhileListeningAndAgainAfterAWrite() {
        store.listening();
        Representation first = store.representation(KEY, CachePolicy.publicRevalidated(), this::read);
        assertThat(store.representation(KEY, CachePolicy.publicRevalidated(), this::read)).isSameAs(first);
        assertThat(reads).hasValue(1);
        store.changed();
        assertThat(store.representation(KEY, CachePolicy.publicRevalidated(), this::read).etag()).isNotEqualTo(first.etag());
        assertThat(reads).hasValue(2);
    }

    @Test
    void nothingIsKeptWhileTheListenerIsNotConnected() {
        store.representation(KEY, CachePolicy.publicRevalidated(), this::read);
        store.representation(KEY, CachePolicy.publicRevalidated(), this::read);
        assertThat(reads).hasValue(2);
        store.listening();
        store.deaf();
        store.representation(KEY, CachePolicy.publicRevalidated(), this::read);
        assertThat(store.size()).isZero();
    }

    @Test
    void anAnswerWhoseInputsWereReadAcrossAWriteIsNotKept() {
        store.listening();
        store.representation(KEY, CachePolicy.publicRevalidated(), () -> {
            RepresentationContent before = read();
            store.changed(); // a write commits while the inputs are being read
            return before;
        });
        assertThat(store.size()).isZero();
        store.representation(KEY, CachePolicy.publicRevalidated(), this::read);
        assertThat(reads).hasValue(2);
        assertThat(store.size()).isOne();
    }

    @Test
    void anExpiredAnswerIsPreparedAgain() {
        store.listening();
        CachePolicy endedAlready = CachePolicy.publicRevalidated().until(System.currentTimeMillis() - 1);
        store.representation(KEY, endedAlready, this::read);
        store.representation(KEY, endedAlready, this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theBoundOnHeldBytesIsKept() {
        Representations small = new Representations(new ObjectMapper(), true, 4096);
        small.listening();
        for (int i = 0; i < 100; i++) {
            small.representation(RepresentationKey.of("catalogue", "PLAN", i), CachePolicy.publicRevalidated(),
                    () -> RepresentationContent.of("application/json", new byte[1000]));
        }
        assertThat(small.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void answers304ForAMatchingTagAndGzipOnlyWhenAccepted() {
        byte[] body = "x".repeat(2000).getBytes(StandardCharsets.UTF_8);
        Representation r = Representation.prepare(KEY, RepresentationContent.of("application/json", body),
                CachePolicy.publicRevalidated(), 0);
        assertThat(Representations.respond(r, r.etag(), null).getStatus()).isEqualTo(304);
        Response gzip = Representations.respond(r, "\"other\"", "gzip");
        assertThat(gzip.getStatus()).isEqualTo(200);
        assertThat(gzip.getHeaderString("Content-Encoding")).isEqualTo("gzip");
        assertThat((byte[]) gzip.getEntity()).isEqualTo(r.gzip());
        Response identity = Representations.respond(r, null, null);
        assertThat(identity.getHeaderString("Content-Encoding")).isNull();
        assertThat((byte[]) identity.getEntity()).isEqualTo(body);
        assertThat(identity.getHeaderString("ETag")).isEqualTo(r.etag());
        assertThat(identity.getHeaderString("Vary")).isEqualTo("Accept-Encoding");
        assertThat(identity.getHeaderString("Cache-Control")).isEqualTo("no-cache");
    }
}
