package org.childplan.platform.representation;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The off-heap copy the HTTP layer writes: the same bytes for every response, however many share it. */
class RepresentationWireTest {

    private static final RepresentationKey KEY = RepresentationKey.of("catalogue", "PLAN", "2026-12-04");

    @Test
    void everyResponseWritesTheWholeAnswerFromTheSharedBufferAndReleasingOneLeavesItForTheNext() throws IOException {
        byte[] answer = ("{\"nameZh\":\"" + "长宁市儿童发展规划".repeat(400) + "\"}").getBytes(StandardCharsets.UTF_8);
        Representation r = Representation.prepare(KEY, RepresentationContent.of("application/json", answer),
                CachePolicy.publicRevalidated(), 1);

        for (int response = 0; response < 3; response++) {
            // what Netty does with each response's body: read it to the end, then release it
            ByteBuf written = r.identityWire().getByteBuf();
            byte[] sent = new byte[written.readableBytes()];
            written.readBytes(sent);
            written.release();
            assertThat(sent).isEqualTo(answer);
        }
        assertThat(r.identityWire().getByteBuf().isDirect()).as("off the heap: no copy for the socket").isTrue();
        ByteBuf zipped = r.gzipWire().getByteBuf();
        byte[] gzip = new byte[zipped.readableBytes()];
        zipped.readBytes(gzip);
        assertThat(gzip).isEqualTo(r.gzip());
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip)).readAllBytes()).isEqualTo(answer);
    }

    @Test
    void aSmallAnswerHasNoGzipCopyOnTheWireEither() {
        Representation r = Representation.prepare(KEY, RepresentationContent.of("application/json",
                "{}".getBytes(StandardCharsets.UTF_8)), CachePolicy.publicRevalidated(), 1);

        assertThat(r.gzipWire()).isNull();
        assertThat(r.identityWire()).isEqualTo(Buffer.buffer("{}"));
    }
}
