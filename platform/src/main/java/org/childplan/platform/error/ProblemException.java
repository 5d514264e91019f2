package org.childplan.platform.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A failure the client can act on. The problem mapper turns it into an RFC 9457 problem+json answer;
 * the message is English, {@link #detailZh()} says the same in Chinese.
 */
public class ProblemException extends RuntimeException {

    /** What kind of failure this is; the problem mapper alone decides the HTTP status each kind is answered with. */
    public enum Kind {
        INVALID_INPUT,
        ACCESS_DENIED,
        NOT_FOUND,
        CONFLICT,
        STALE_REVISION,
        PRECONDITION_REQUIRED,
        TOO_LARGE,
        KEY_REUSED,
        RATE_LIMITED,
        UNAVAILABLE
    }

    private final Kind kind;
    private final String type;
    private final String title;
    private final String detailZh;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(Kind kind, String type, String title, String detail, String detailZh, List<FieldError> errors) {
        this(kind, type, title, detail, detailZh, errors, null);
    }

    protected ProblemException(Kind kind, String type, String title, String detail, String detailZh,
                               List<FieldError> errors, Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.detailZh = detailZh;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
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

    /** When trying again may succeed, for failures that pass (a peer that is down); empty otherwise. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
