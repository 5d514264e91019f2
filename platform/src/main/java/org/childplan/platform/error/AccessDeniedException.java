package org.childplan.platform.error;

/** The caller is known, but what it asks for is outside what its roles or its agency allow. */
public class AccessDeniedException extends ProblemException {

    public AccessDeniedException(String detail, String detailZh) {
        super(Kind.ACCESS_DENIED, "forbidden", "Forbidden", detail, detailZh, null);
    }
}
