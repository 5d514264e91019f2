package org.childplan.evaluation.domain;

/** What became of a sealed version of an evaluation report in review. */
public enum ReviewOutcome {
    /** Sealed and awaiting the leading group's decision. */
    UNDER_REVIEW("审核中"),
    /** Returned with comments; the evaluation group revised it into the next version. */
    RETURNED("已退回修改"),
    APPROVED("已批准"),
    PUBLISHED("已发布");

    private final String nameZh;

    ReviewOutcome(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
