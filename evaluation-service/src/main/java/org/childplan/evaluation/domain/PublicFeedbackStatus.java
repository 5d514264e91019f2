package org.childplan.evaluation.domain;

/** Where a reader's feedback without an account stands in moderation; only APPROVED feedback shows publicly. */
public enum PublicFeedbackStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public String nameZh() {
        return Labels.zh(this);
    }
}
