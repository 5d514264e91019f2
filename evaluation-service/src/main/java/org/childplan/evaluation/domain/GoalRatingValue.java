package org.childplan.evaluation.domain;

/** How far a qualitative goal has been reached; its words are in {@link Labels}. */
public enum GoalRatingValue {
    ACHIEVED,
    BASICALLY_ACHIEVED,
    PROGRESSING,
    NOT_ACHIEVED;

    public String nameZh() {
        return Labels.zh(this);
    }

    public String nameEn() {
        return Labels.en(this);
    }
}
