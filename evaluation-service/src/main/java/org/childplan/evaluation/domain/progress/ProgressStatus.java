package org.childplan.evaluation.domain.progress;

import org.childplan.evaluation.domain.Labels;

/**
 * The progress categories of the Statistics Canada method (as used by Open SDG), plus the two outcomes where no
 * category can be given. Their words are in {@link Labels}, so that reports and warnings word them the same way everywhere.
 */
public enum ProgressStatus {
    /** The latest value already meets the target. */
    TARGET_ACHIEVED,
    /** On track: R ≥ 0.95, or growth ≥ 1.5% a year in the desired direction without a target number. */
    SUBSTANTIAL_PROGRESS,
    /** Progress made but acceleration needed: 0.6 ≤ R < 0.95, or growth of 0.5% to 1.5% a year. */
    MODERATE_PROGRESS,
    /** 0 ≤ R < 0.6, or growth below 0.5% a year. */
    LIMITED_PROGRESS,
    /** Moving away from the target (R < 0, or growth in the wrong direction). */
    DETERIORATION,
    /** Not enough comparable data to compute a growth rate. */
    INSUFFICIENT_DATA,
    /** Not measured by the method: qualitative goals (rated in the evaluations) or incomplete target definitions. */
    NOT_ASSESSED;

    public String labelZh() {
        return Labels.zh(this);
    }

    public String labelEn() {
        return Labels.en(this);
    }

    /** Whether the status is one of the graded categories (achieved through deterioration). */
    public boolean isGraded() {
        return this != INSUFFICIENT_DATA && this != NOT_ASSESSED;
    }
}
