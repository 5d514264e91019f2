package org.childplan.evaluation.service;

/** 413: a body or a batch larger than the service accepts. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String what, long limit, String unitEn, String unitZh) {
        super(413, "payload-too-large", "Payload too large",
                what + " is larger than the limit of " + limit + " " + unitEn + "; split it into smaller requests",
                what + "超过上限（" + limit + unitZh + "），请拆分为多次请求", null, null);
    }
}
