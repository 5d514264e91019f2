package org.childplan.console.client;

import java.util.List;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.ProblemException;

/**
 * A service refused what the user asked (4xx with a problem+json body): the user can act on it, so it is shown on the
 * page with the service's own words (detailZh / detail and each field error), never retried and never counted against
 * the service's circuit breaker.
 */
public class ServiceProblemException extends ProblemException {

    private final String service;
    private final int status;

    public ServiceProblemException(String service, int status, String title, String detail, String detailZh,
                                   List<FieldError> errors) {
        super(kindOf(status), "service-problem", title == null ? "HTTP " + status : title,
                detail == null ? service + " answered HTTP " + status : detail,
                detailZh == null ? service + " 拒绝了该请求（HTTP " + status + "）" : detailZh, errors);
        this.service = service;
        this.status = status;
    }

    public String service() {
        return service;
    }

    /** The status the service answered with. */
    public int status() {
        return status;
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Kind.ACCESS_DENIED;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 412 -> Kind.STALE_REVISION;
            case 413 -> Kind.TOO_LARGE;
            case 422 -> Kind.KEY_REUSED;
            case 428 -> Kind.PRECONDITION_REQUIRED;
            case 429 -> Kind.RATE_LIMITED;
            default -> Kind.INVALID_INPUT;
        };
    }
}
