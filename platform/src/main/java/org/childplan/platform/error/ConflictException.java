package org.childplan.platform.error;

import java.util.List;

/** 409: a duplicate, or a change the current state does not allow. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail, String detailZh) {
        super(Kind.CONFLICT, "conflict", "Conflict with the current state", detail, detailZh, null);
    }

    public ConflictException(String detail, String detailZh, List<FieldError> errors) {
        super(Kind.CONFLICT, "conflict", "Conflict with the current state", detail, detailZh, errors);
    }

    public static ConflictException duplicate(String kindEn, String kindZh, String code) {
        return new ConflictException(kindEn + " '" + code + "' already exists", kindZh + "“" + code + "”已存在");
    }
}
