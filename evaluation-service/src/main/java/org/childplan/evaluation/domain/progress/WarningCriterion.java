package org.childplan.evaluation.domain.progress;

/**
 * The individual tests behind a {@link WarningRule}; a warning lists the ones that fired, so a reader knows
 * whether "expected to miss" comes from the growth rate, from the trend line, or from both.
 */
public enum WarningCriterion {
    /** The progress status is LIMITED_PROGRESS or DETERIORATION. */
    PROGRESS_STATUS(WarningRule.EXPECTED_TO_MISS),
    /** The least-squares projection to the target year misses the target. */
    LINEAR_PROJECTION(WarningRule.EXPECTED_TO_MISS),
    /** The latest relative change between the last two data points exceeds the threshold. */
    YEAR_ON_YEAR_CHANGE(WarningRule.VOLATILE),
    /** The latest relative change is an outlier among all the series' changes (modified z-score). */
    MODIFIED_Z_SCORE(WarningRule.VOLATILE);

    private final WarningRule rule;

    WarningCriterion(WarningRule rule) {
        this.rule = rule;
    }

    public WarningRule rule() {
        return rule;
    }
}
