package org.childplan.platform.representation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One answer prepared once and served many times: the bytes, a gzip copy (when smaller), the strong ETag of the
 * bytes, and the headers that go with them. {@code generation} is the store's generation when the inputs were read;
 * {@code expiresAtMillis} the moment it stops being the answer even without a write (a read of "today" at the
 * plan's midnight), {@link Long#MAX_VALUE} for never.
 */
public record Representation(RepresentationKey key, String mediaType, byte[] identity, byte[] gzip, String etag,
                             String cacheControl, Map<String, String> headers, long generation, long expiresAtMillis) {

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
                generation, policy.expiresAtMillis());
    }

    /** Bytes held: what the store's bound counts. */
    long size() {
        return identity.length + (gzip == null ? 0 : gzip.length) + 512L;
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
