package org.childplan.platform.http;

import org.childplan.platform.error.InputValidationException;

/** Checks of a request body against its path that bean validation can not express. */
public final class BodyChecks {

    private BodyChecks() {
    }

    /** On update the body may omit the code; if it gives one, it must be the one in the path. */
    public static void requireSameAsPath(String field, String inBody, String inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            throw InputValidationException.single(field, "is '" + inBody + "' but the path names '" + inPath + "'",
                    "请求体中的" + field + "“" + inBody + "”与路径中的“" + inPath + "”不一致");
        }
    }

    /** On create the body must name what an update may leave out. */
    public static <T> T required(String field, T inBody) {
        if (inBody == null) {
            throw InputValidationException.single(field, "must not be null", "不能为空");
        }
        return inBody;
    }
}
