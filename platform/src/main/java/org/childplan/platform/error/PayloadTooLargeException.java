package org.childplan.platform.error;

/** 413: a body or a batch larger than the service accepts. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String what, String whatZh, long limit, String unitEn, String unitZh) {
        super(Kind.TOO_LARGE, "payload-too-large", "Payload too large",
                what + " is larger than the limit of " + limit + " " + unitEn + "; split it into smaller requests",
                whatZh + "超过上限（" + limit + unitZh + "），请拆分为多次请求", null);
    }

    /** The whole request body, over the service's byte limit. */
    public static PayloadTooLargeException body(long limitBytes) {
        return new PayloadTooLargeException("The request body", "请求体", limitBytes, "bytes", "字节");
    }
}
