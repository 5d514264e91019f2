package org.childplan.evaluation.service;

import java.util.List;
import org.childplan.evaluation.domain.FieldError;

/** 409: a duplicate, or a change the current state does not allow. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail, String detailZh) {
        super(409, "conflict", "Conflict with the current state", detail, detailZh, null, null);
    }

    public ConflictException(String detail, String detailZh, List<FieldError> errors) {
        super(409, "conflict", "Conflict with the current state", detail, detailZh, errors, null);
    }

    public static ConflictException duplicate(String kindEn, String kindZh, String code) {
        return new ConflictException(kindEn + " '" + code + "' already exists", kindZh + "“" + code + "”已存在");
    }
}
