package org.childplan.evaluation.domain.progress;

/** Whether a gap between two groups is closing, as the plan wants (缩小城乡、区域、群体之间的儿童发展差距). */
public enum GapTrend {
    /** The absolute gap is smaller in the latest common year than in the earliest, by more than epsilon. */
    NARROWING,
    /** The absolute gap is larger, by more than epsilon. */
    WIDENING,
    /** The absolute gap changed by epsilon or less. */
    STABLE,
    /** Fewer than two years with values for both groups. */
    INSUFFICIENT_DATA
}
