package org.childplan.evaluation.domain;

/** How far a qualitative goal has been reached. */
public enum GoalRatingValue {
    ACHIEVED("已实现", "Achieved"),
    BASICALLY_ACHIEVED("基本实现", "Basically achieved"),
    PROGRESSING("正在推进", "Progressing"),
    NOT_ACHIEVED("未实现", "Not achieved");

    private final String nameZh;
    private final String nameEn;

    GoalRatingValue(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
