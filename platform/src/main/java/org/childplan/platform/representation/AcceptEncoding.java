package org.childplan.platform.representation;

import java.util.Locale;

/**
 * Reads an Accept-Encoding header (RFC 9110 §12.5.3) for the one question a prepared representation asks: may the
 * answer be gzip? Yes when gzip (or x-gzip) is listed with a non-zero weight, or {@code *} is, and gzip is not
 * explicitly refused with {@code q=0}. No header, or anything unreadable, means identity.
 */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    public static boolean allowsGzip(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Boolean gzip = null;
        boolean wildcard = false;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";", -1);
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean accepted = weight(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? accepted : gzip || accepted;
            } else if (coding.equals("*")) {
                wildcard = accepted;
            }
        }
        return gzip != null ? gzip : wildcard;
    }

    /** The q parameter (1 when absent); 0 for a malformed one, so that an unreadable weight never turns gzip on. */
    private static double weight(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.length() > 1 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
