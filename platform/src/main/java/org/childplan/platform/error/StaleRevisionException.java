package org.childplan.platform.error;

/** 412: the If-Match header names a revision that is no longer current. */
public class StaleRevisionException extends ProblemException {

    public StaleRevisionException(String ifMatch, String currentEtag) {
        super(Kind.STALE_REVISION, "precondition-failed", "Precondition failed",
                "If-Match " + ifMatch + " does not match the current ETag " + currentEtag
                        + "; read the resource again and reapply your change",
                "If-Match " + ifMatch + " 与当前版本标识 " + currentEtag + " 不一致，资源已被他人修改，请重新读取后再提交",
                null);
    }
}
