package org.childplan.platform.revision;

import java.util.Arrays;
import org.childplan.platform.error.StaleRevisionException;

/**
 * The revision a writer last read, so that a change based on a stale read is refused rather than silently overwriting
 * someone else's. Resources make it from the If-Match header; use cases only {@link #check} it. ETags are the entity's
 * revision in quotes.
 */
public final class ExpectedRevision {

    private static final ExpectedRevision ANY = new ExpectedRevision(null);

    /** The header as sent, or null for "any revision" (no If-Match, or "*"). */
    private final String ifMatch;

    private ExpectedRevision(String ifMatch) {
        this.ifMatch = ifMatch;
    }

    /** Whatever the current revision is: the writer did not say which one it read. */
    public static ExpectedRevision any() {
        return ANY;
    }

    /** From an If-Match header: absent or {@code *} means any revision; otherwise one of the listed ETags. */
    public static ExpectedRevision fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return ANY;
        }
        boolean wildcard = Arrays.stream(header.split(",")).map(String::trim).anyMatch("*"::equals);
        return wildcard ? ANY : new ExpectedRevision(header.trim());
    }

    private static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** Throws {@link StaleRevisionException} unless the entity is still at a revision the writer named. */
    public void check(long currentRevision) {
        if (ifMatch == null) {
            return;
        }
        String current = etag(currentRevision);
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw new StaleRevisionException(ifMatch, current);
    }

    @Override
    public String toString() {
        return ifMatch == null ? "any revision" : "If-Match " + ifMatch;
    }
}
