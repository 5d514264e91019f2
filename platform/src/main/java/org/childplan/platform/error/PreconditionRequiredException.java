package org.childplan.platform.error;

/**
 * 428: an in-place update sent without If-Match. Applied unconditionally, it would silently overwrite whatever another
 * writer changed since this one read the resource (RFC 6585, section 3).
 */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException() {
        super(Kind.PRECONDITION_REQUIRED, "precondition-required", "Precondition required",
                "This update needs If-Match: send the ETag from your last GET, so that a change made meanwhile by someone"
                        + " else is refused (412) rather than overwritten",
                "此修改操作须提供 If-Match 请求头（取自最近一次 GET 返回的 ETag），以免覆盖他人在此期间所做的修改",
                java.util.List.of(FieldError.of("If-Match", "is required", "必须提供")));
    }
}
