package org.childplan.agency.service;

/** ETags are the entity's revision in quotes; If-Match must name the current one (or be "*"). */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** Throws 412 unless the If-Match header is absent, "*", or names the current revision. */
    public static void check(String ifMatch, long currentRevision) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = etag(currentRevision);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new StaleRevisionException(ifMatch.trim(), current);
    }
}
