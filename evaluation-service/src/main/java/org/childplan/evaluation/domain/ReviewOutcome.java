package org.childplan.evaluation.domain;

/** What became of a sealed version of an evaluation report in review. */
public enum ReviewOutcome {
    /** Sealed and awaiting the leading group's decision. */
    UNDER_REVIEW,
    /** Returned with comments; the evaluation group revised it into the next version. */
    RETURNED,
    APPROVED,
    PUBLISHED;

    public String nameZh() {
        return Labels.zh(this);
    }
}
