package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an indicator is meant to reach, as far as the progress measure needs it.
 *
 * @param targetType    the form of the target; required
 * @param targetValue   the number to reach; for {@link TargetType#REDUCE_FROM_BASELINE_PCT} the percentage reduction x;
 *                      null for INCREASE, DECREASE and QUALITATIVE, optional for FULL_COVERAGE (100 is implied)
 * @param targetYear    the year by which it is to be reached; null for QUALITATIVE
 * @param baselineYear  the indicator's baseline year; null means "use the plan's baseline year"
 * @param baselineValue the baseline value stated in the plan; used only to turn a percentage reduction into a level,
 *                      because the growth rates are always computed between observations
 */
public record Target(TargetType targetType, BigDecimal targetValue, Integer targetYear, Integer baselineYear,
                     BigDecimal baselineValue) {

    public Target {
        Objects.requireNonNull(targetType, "targetType");
    }

    /** A target with a number and a year, measured from the given baseline year, without a stated baseline value. */
    public static Target of(TargetType targetType, BigDecimal targetValue, Integer targetYear, Integer baselineYear) {
        return new Target(targetType, targetValue, targetYear, baselineYear, null);
    }
}
