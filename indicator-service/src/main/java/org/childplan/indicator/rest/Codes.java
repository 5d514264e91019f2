package org.childplan.indicator.rest;

import org.childplan.platform.error.InputValidationException;


/** The shapes of codes in this API, and the check that a body's code agrees with its path. */
final class Codes {

    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    static final String DOMAIN_CODE = "^[A-Z][A-Z0-9_]{0,31}$";

    private Codes() {
    }

    /** On update the body may omit the code; if it gives one, it must be the one in the path. */
    static void requireSameAsPath(String field, String inBody, String inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            throw InputValidationException.single(field, "is '" + inBody + "' but the path names '" + inPath + "'",
                    "请求体中的" + field + "“" + inBody + "”与路径中的“" + inPath + "”不一致");
        }
    }

    /** On create the body must name the code. */
    static <T> T required(String field, T inBody) {
        if (inBody == null) {
            throw InputValidationException.single(field, "must not be null", "不能为空");
        }
        return inBody;
    }
}
