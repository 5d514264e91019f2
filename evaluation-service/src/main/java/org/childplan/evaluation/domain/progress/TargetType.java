package org.childplan.evaluation.domain.progress;

/**
 * Every form of target the plans use, as the indicator-service defines them (the services share no library, so
 * this is the evaluation side's copy). The desired direction is derived from the type, never stored, so an
 * assessment can not read an "at least" target as pointing downwards.
 */
public enum TargetType {
    /** 达到…以上 / 不低于…: reach at least the target value. */
    AT_LEAST(1, true),
    /** 控制在…以下 / 降至…以下: stay at or below the target value. */
    AT_MOST(-1, true),
    /** 以20xx年为基数下降x%: the target value is the percentage reduction x from the baseline year's value. */
    REDUCE_FROM_BASELINE_PCT(-1, true),
    /** …左右: be within a tolerance of the target value; the direction follows from where the base lies. */
    APPROX(0, true),
    /** 全覆盖: reach 100%. */
    FULL_COVERAGE(1, true),
    /** 继续稳定在…以上: stay at or above a level usually reached already. */
    MAINTAIN_AT_LEAST(1, true),
    /** 提高 / 逐步提高: improve, without a number. */
    INCREASE(1, false),
    /** 降低 / 明显下降: reduce, without a number. */
    DECREASE(-1, false),
    /** A goal without a measurable target; the evaluation group rates it. */
    QUALITATIVE(0, false);

    private final int direction;
    private final boolean hasTargetValue;

    TargetType(int direction, boolean hasTargetValue) {
        this.direction = direction;
        this.hasTargetValue = hasTargetValue;
    }

    /**
     * The sign d of the desired change: +1 up, -1 down, 0 when the type fixes none (APPROX, whose direction
     * depends on whether the base lies below or above the target, and QUALITATIVE).
     */
    public int direction() {
        return direction;
    }

    /**
     * Whether progress is measured against a number (the required growth rate) rather than against the fixed
     * growth thresholds used for INCREASE and DECREASE. FULL_COVERAGE counts: its number is 100.
     */
    public boolean hasTargetValue() {
        return hasTargetValue;
    }

    /** Whether the calculator can assess it from data at all. */
    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }
}
