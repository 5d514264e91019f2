package org.childplan.indicator.domain;

/**
 * Every form of target the plans use. The direction is derived from the type and never stored,
 * so a target can not say "at least" while pointing downwards.
 */
public enum TargetType {
    /** 达到…以上 / 不低于…: reach at least the target value. */
    AT_LEAST(Direction.INCREASE, true),
    /** 控制在…以下 / 降至…以下 / 以内: stay at or below the target value. */
    AT_MOST(Direction.DECREASE, true),
    /** 以20xx年为基数下降x%: the target value is the percentage reduction from the baseline year's value. */
    REDUCE_FROM_BASELINE_PCT(Direction.DECREASE, true),
    /** …左右: be close to the target value. */
    APPROX(Direction.NONE, true),
    /** 全覆盖: reach 100%. */
    FULL_COVERAGE(Direction.INCREASE, true),
    /** 继续稳定在…以上: stay at or above a level already reached. */
    MAINTAIN_AT_LEAST(Direction.INCREASE, true),
    /** 提高 / 逐步提高: improve, without a number. */
    INCREASE(Direction.INCREASE, false),
    /** 降低 / 明显下降: reduce, without a number. */
    DECREASE(Direction.DECREASE, false),
    /** A goal without a measurable target; the evaluation rates it. */
    QUALITATIVE(Direction.NONE, false);

    private final Direction direction;
    private final boolean requiresTargetValue;

    TargetType(Direction direction, boolean requiresTargetValue) {
        this.direction = direction;
        this.requiresTargetValue = requiresTargetValue;
    }

    public Direction direction() {
        return direction;
    }

    public boolean requiresTargetValue() {
        return requiresTargetValue;
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }
}
