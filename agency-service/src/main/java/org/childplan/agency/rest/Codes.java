package org.childplan.agency.rest;

import org.childplan.platform.error.InputValidationException;


/** The shapes of codes in this API, and the check that a body's code agrees with its path. */
final class Codes {

    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    /** Agency and governance body codes: readable kebab-case English, e.g. health-bureau. */
    static final String KEBAB = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Codes() {
    }

    static void requireSameAsPath(String field, String inBody, String inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            throw InputValidationException.single(field, "is '" + inBody + "' but the path names '" + inPath + "'",
                    "请求体中的" + field + "“" + inBody + "”与路径中的“" + inPath + "”不一致");
        }
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw InputValidationException.single(field, "must not be null", "不能为空");
        }
        return value;
    }
}
