package org.childplan.platform.error;

/** 404: a code that names nothing. */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String kindEn, String kindZh, String code) {
        super(Kind.NOT_FOUND, "not-found", "Resource not found",
                kindEn + " '" + code + "' does not exist",
                kindZh + "“" + code + "”不存在", null);
    }

    public ResourceNotFoundException(String detail, String detailZh) {
        super(Kind.NOT_FOUND, "not-found", "Resource not found", detail, detailZh, null);
    }
}
