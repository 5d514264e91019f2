package org.childplan.evaluation.domain;

/** An agency's self-assessment: DRAFT → SUBMITTED; the evaluation group can return it, and it is submitted again. */
public enum SelfAssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED;

    public String nameZh() {
        return Labels.zh(this);
    }

    public boolean editable() {
        return this != SUBMITTED;
    }
}
