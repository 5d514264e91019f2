package org.childplan.platform.representation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Entity tags of prepared representations, and the conditional-request checks on them (RFC 9110 §8.8.3, §13.1.2).
 * Plain code, no HTTP framework, so every branch is unit-tested.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * A strong ETag for these exact bytes: the first 128 bits of their SHA-256 in base64url, quoted, after
     * {@code prefix} and a dot when a prefix is given (the resource's revision, which If-Match compares; see
     * {@code ExpectedRevision}).
     */
    public static String strong(String prefix, byte[] bytes) {
        byte[] digest = sha256(bytes);
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        return "\"" + (prefix == null ? "" : prefix + ".") + hash + "\"";
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether an If-None-Match header matches the current ETag, so that a GET is answered 304: {@code *} matches any
     * current representation; otherwise a comma-separated list of entity tags compared weakly (a {@code W/} prefix on
     * either side is ignored). A malformed header matches nothing, so the client simply gets the representation.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String currentEtag) {
        if (ifNoneMatch == null || currentEtag == null) {
            return false;
        }
        String current = opaque(currentEtag);
        String header = ifNoneMatch.trim();
        if (header.equals("*")) {
            return true;
        }
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (c == 'W' && i + 1 < n && header.charAt(i + 1) == '/') {
                i += 2;
                if (i >= n) {
                    return false;
                }
                c = header.charAt(i);
            }
            if (c != '"') {
                return false;
            }
            int end = header.indexOf('"', i + 1);
            if (end < 0) {
                return false;
            }
            if (header.regionMatches(i, current, 0, current.length()) && end + 1 - i == current.length()) {
                return true;
            }
            i = end + 1;
        }
        return false;
    }

    /** The quoted opaque tag without a weak indicator: {@code W/"x"} → {@code "x"}. */
    static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
