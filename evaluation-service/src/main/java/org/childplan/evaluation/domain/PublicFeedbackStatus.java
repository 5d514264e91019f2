package org.childplan.evaluation.domain;

/** Where a reader's feedback without an account stands in moderation; only APPROVED feedback shows publicly. */
public enum PublicFeedbackStatus {
    PENDING("待审核"),
    APPROVED("已通过"),
    REJECTED("未通过");

    private final String nameZh;

    PublicFeedbackStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
