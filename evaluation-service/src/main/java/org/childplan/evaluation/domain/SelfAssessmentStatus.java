package org.childplan.evaluation.domain;

/** An agency's self-assessment: DRAFT → SUBMITTED; the evaluation group can return it, and it is submitted again. */
public enum SelfAssessmentStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RETURNED("已退回");

    private final String nameZh;

    SelfAssessmentStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean editable() {
        return this != SUBMITTED;
    }
}
