package org.childplan.evaluation.domain;

/**
 * An evaluation's workflow: DRAFT → PLAN_APPROVED (leading group) → COLLECTING (self-assessments) → COMPILING
 * (evaluation group) → UNDER_REVIEW → APPROVED, or RETURNED with comments and compiled again → PUBLISHED.
 */
public enum EvaluationStatus {
    DRAFT("草稿"),
    PLAN_APPROVED("评估方案已批准"),
    COLLECTING("自评收集中"),
    COMPILING("报告编制中"),
    UNDER_REVIEW("报告审核中"),
    RETURNED("报告已退回修改"),
    APPROVED("报告已批准"),
    PUBLISHED("报告已发布");

    private final String nameZh;

    EvaluationStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** While the evaluation group may still change ratings and findings. */
    public boolean compiling() {
        return this == COMPILING || this == RETURNED;
    }

    /** Once compiled, the report exists (as a draft until sealed for review). */
    public boolean hasReport() {
        return ordinal() >= COMPILING.ordinal();
    }
}
