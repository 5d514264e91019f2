package org.childplan.agency.service;

import java.util.List;
import java.util.Map;
import org.childplan.agency.domain.FieldError;

/**
 * A failure the client can act on. The problem mapper turns it into an RFC 9457 problem+json answer;
 * the message is English, {@link #detailZh()} says the same in Chinese.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String detailZh;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String type, String title, String detail, String detailZh,
                            List<FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detailZh = detailZh;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    /** The short name of the problem type, e.g. {@code not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detailZh() {
        return detailZh;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
