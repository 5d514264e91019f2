package org.childplan.platform.revision;

import java.util.Arrays;
import org.childplan.platform.error.PreconditionRequiredException;
import org.childplan.platform.error.StaleRevisionException;

/**
 * The revision a writer last read, so that a change based on a stale read is refused rather than silently overwriting
 * someone else's. Resources make it from the If-Match header; use cases only {@link #check} it. ETags are the entity's
 * revision in quotes; a read served from a prepared representation has the revision, a dot and a digest of the
 * bytes ({@code "3.q1w2e3…"}), and If-Match compares its revision only. In-place updates (PUT) {@link #required require} If-Match; workflow actions take it optionally,
 * since their state check already refuses a second identical step.
 */
public final class ExpectedRevision {

    /** What the contract says of a required If-Match header. */
    public static final String IF_MATCH = "The ETag from your last GET of this resource; without it the update is refused with 428";

    private static final ExpectedRevision ANY = new ExpectedRevision(null);
    /** A required If-Match that was not sent; refused at {@link #check}, after the checks that say 404, 403 or 409. */
    private static final ExpectedRevision MISSING = new ExpectedRevision(null);

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

    /**
     * From the If-Match header of an in-place update, which must name the revision the writer read: without it,
     * {@link #check} answers 428.
     * {@code *} stays allowed, as the writer's explicit choice to overwrite whatever is there.
     */
    public static ExpectedRevision required(String header) {
        return header == null || header.isBlank() ? MISSING : fromIfMatch(header);
    }

    private static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /**
     * Throws {@link StaleRevisionException} unless the entity is still at a revision the writer named. Check an entity
     * locked for the change ({@code IdentifiedEntity.lockForChange}): checked unlocked, two writers holding the same
     * ETag could both pass, one silently replacing the other.
     */
    public void check(long currentRevision) {
        if (this == MISSING) {
            throw new PreconditionRequiredException();
        }
        if (ifMatch == null) {
            return;
        }
        String current = etag(currentRevision);
        String currentWithDigest = "\"" + currentRevision + ".";
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals(current) || trimmed.startsWith(currentWithDigest) && trimmed.endsWith("\"")) {
                return;
            }
        }
        throw new StaleRevisionException(ifMatch, current);
    }

    @Override
    public String toString() {
        return this == MISSING ? "no If-Match" : ifMatch == null ? "any revision" : "If-Match " + ifMatch;
    }
}
