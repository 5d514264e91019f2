package org.childplan.platform.representation;

/**
 * How clients may keep a representation, and until when the store may serve it without a write having happened.
 * Every read here is {@code no-cache} (keep it, but revalidate with If-None-Match before each use): even a read "as of"
 * a past date can change, since goals, names and areas are not versioned and an indicator version may be recorded
 * with an earlier effectiveFrom. Reads that need a token add {@code private}, so shared caches never keep them.
 */
public record CachePolicy(String cacheControl, long expiresAtMillis) {

    /** Anyone may read it, and every use revalidates. */
    public static CachePolicy publicRevalidated() {
        return new CachePolicy("no-cache", Long.MAX_VALUE);
    }

    /** Only for the caller (it needed a token), and every use revalidates. */
    public static CachePolicy privateRevalidated() {
        return new CachePolicy("private, no-cache", Long.MAX_VALUE);
    }

    /** The same, but the store stops serving it at this moment (a read of "today" at midnight). */
    public CachePolicy until(long epochMillis) {
        return new CachePolicy(cacheControl, Math.min(expiresAtMillis, epochMillis));
    }
}
