package org.childplan.platform.error;

/** 413: a body or a batch larger than the service accepts. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String what, long limit, String unitEn, String unitZh) {
        super(Kind.TOO_LARGE, "payload-too-large", "Payload too large",
                what + " is larger than the limit of " + limit + " " + unitEn + "; split it into smaller requests",
                what + "超过上限（" + limit + unitZh + "），请拆分为多次请求", null);
    }
}
