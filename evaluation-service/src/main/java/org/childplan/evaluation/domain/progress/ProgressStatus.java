package org.childplan.evaluation.domain.progress;

/**
 * The progress categories of the Statistics Canada method (as used by Open SDG), plus the two outcomes where no
 * category can be given. Labels are provided so that reports and warnings word them the same way everywhere.
 */
public enum ProgressStatus {
    /** The latest value already meets the target. */
    TARGET_ACHIEVED("已实现目标", "target achieved"),
    /** On track: R ≥ 0.95, or growth ≥ 1.5% a year in the desired direction without a target number. */
    SUBSTANTIAL_PROGRESS("进展显著", "substantial progress"),
    /** Progress made but acceleration needed: 0.6 ≤ R < 0.95, or growth of 0.5% to 1.5% a year. */
    MODERATE_PROGRESS("取得一定进展，需加快", "moderate progress"),
    /** 0 ≤ R < 0.6, or growth below 0.5% a year. */
    LIMITED_PROGRESS("进展有限", "limited progress"),
    /** Moving away from the target (R < 0, or growth in the wrong direction). */
    DETERIORATION("出现倒退", "deterioration"),
    /** Not enough comparable data to compute a growth rate. */
    INSUFFICIENT_DATA("数据不足", "insufficient data"),
    /** Not measured by the method: qualitative goals (rated in the evaluations) or incomplete target definitions. */
    NOT_ASSESSED("未评估", "not assessed");

    private final String labelZh;
    private final String labelEn;

    ProgressStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether the status is one of the graded categories (achieved through deterioration). */
    public boolean isGraded() {
        return this != INSUFFICIENT_DATA && this != NOT_ASSESSED;
    }
}
