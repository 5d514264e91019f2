package org.childplan.platform.error;

import java.util.List;

/** 400: the request is well-formed but its content breaks the rules; every broken rule is listed. */
public class InputValidationException extends ProblemException {

    public InputValidationException(List<FieldError> errors) {
        super(Kind.INVALID_INPUT, "validation-failed", "Validation failed",
                errors.size() + " field(s) are invalid; see errors",
                "有" + errors.size() + "处输入不符合要求，详见 errors", errors);
    }

    public static InputValidationException single(String field, String message, String messageZh) {
        return new InputValidationException(List.of(FieldError.of(field, message, messageZh)));
    }
}
