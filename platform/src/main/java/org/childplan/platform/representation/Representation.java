package org.childplan.platform.representation;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One answer prepared once and served many times: the bytes, a gzip copy (when smaller), the strong ETag of the
 * bytes, and the headers that go with them. {@code generation} is the store's generation when the inputs were read;
 * {@code expiresAtMillis} the moment it stops being the answer even without a write (a read of "today" at the
 * plan's midnight), {@link Long#MAX_VALUE} for never. {@code identityWire} and {@code gzipWire} are the same bytes
 * as the HTTP layer writes them (see {@link #wire(byte[])}).
 */
public record Representation(RepresentationKey key, String mediaType, byte[] identity, byte[] gzip, String etag,
                             String cacheControl, Map<String, String> headers, long generation, long expiresAtMillis,
                             Buffer identityWire, Buffer gzipWire) {

    /** Below this size a gzip copy saves less than its header costs. */
    static final int GZIP_FROM_BYTES = 256;

    static Representation prepare(RepresentationKey key, RepresentationContent content, CachePolicy policy,
                                  long generation) {
        byte[] bytes = content.bytes();
        byte[] compressed = bytes.length >= GZIP_FROM_BYTES ? gzip(bytes) : null;
        if (compressed != null && compressed.length >= bytes.length) {
            compressed = null;
        }
        return new Representation(key, content.mediaType(), bytes, compressed,
                EntityTags.strong(content.etagPrefix(), bytes), policy.cacheControl(), Map.copyOf(content.headers()),
                generation, policy.expiresAtMillis(), wire(bytes), compressed == null ? null : wire(compressed));
    }

    /**
     * The bytes off the heap, once, for the HTTP layer to write to every response as a slice of the same memory: a
     * buffer made from the array per response copied the whole answer twice (into a new buffer, then off the heap
     * for the socket), for the 127 KB catalogue most of what an answer from memory cost. Unreleasable, because many
     * responses share it; the memory is the JDK's, freed by its cleaner when the representation is dropped and no
     * write holds it any more.
     */
    static Buffer wire(byte[] bytes) {
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct)));
    }

    /** Bytes held, on and off the heap: what the store's bound counts. */
    long size() {
        return 2L * (identity.length + (gzip == null ? 0 : gzip.length)) + 512L;
    }

    static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
