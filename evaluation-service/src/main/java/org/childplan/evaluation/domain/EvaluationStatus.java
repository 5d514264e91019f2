package org.childplan.evaluation.domain;

/**
 * An evaluation's workflow: DRAFT → PLAN_APPROVED (leading group) → COLLECTING (self-assessments) → COMPILING
 * (evaluation group) → UNDER_REVIEW → APPROVED, or RETURNED with comments and compiled again → PUBLISHED.
 */
public enum EvaluationStatus {
    DRAFT,
    PLAN_APPROVED,
    COLLECTING,
    COMPILING,
    UNDER_REVIEW,
    RETURNED,
    APPROVED,
    PUBLISHED;

    public String nameZh() {
        return Labels.zh(this);
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
