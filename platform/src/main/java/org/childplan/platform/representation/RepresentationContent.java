package org.childplan.platform.representation;

import java.util.Map;

/**
 * What a resource hands the store to prepare: the serialised bytes, their media type, headers of the answer besides
 * the caching ones, and an optional ETag prefix (the resource's revision, for resources whose ETag is also what
 * If-Match names).
 */
public record RepresentationContent(String mediaType, byte[] bytes, Map<String, String> headers, String etagPrefix) {

    public RepresentationContent withHeaders(Map<String, String> more) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.putAll(more);
        return new RepresentationContent(mediaType, bytes, all, etagPrefix);
    }

    /** The same bytes under another Content-Type (a resource that answered "application/json" without a charset). */
    public RepresentationContent withMediaType(String type) {
        return new RepresentationContent(type, bytes, headers, etagPrefix);
    }

    public RepresentationContent withEtagPrefix(String prefix) {
        return new RepresentationContent(mediaType, bytes, headers, prefix);
    }

    public static RepresentationContent of(String mediaType, byte[] bytes) {
        return new RepresentationContent(mediaType, bytes, Map.of(), null);
    }
}
