package org.childplan.evaluation.service;

/** 404: a code that names nothing. */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String kindEn, String kindZh, String code) {
        super(404, "not-found", "Resource not found",
                kindEn + " '" + code + "' does not exist",
                kindZh + "“" + code + "”不存在", null, null);
    }

    public ResourceNotFoundException(String detail, String detailZh) {
        super(404, "not-found", "Resource not found", detail, detailZh, null, null);
    }
}
