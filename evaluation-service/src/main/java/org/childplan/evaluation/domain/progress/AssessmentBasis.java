package org.childplan.evaluation.domain.progress;

/**
 * Which rule decided a {@link ProgressAssessment}, so that a status can be explained (and a surprising one traced)
 * without re-running the calculation. Listed in the order the calculator tries them.
 */
public enum AssessmentBasis {
    /** QUALITATIVE target: the evaluation group rates it, the method does not. */
    QUALITATIVE_TARGET,
    /** No observation in the base year or any later year. */
    NO_DATA_FROM_BASE_YEAR,
    /** The target type needs a number and the target has none (a definition error upstream). */
    TARGET_VALUE_MISSING,
    /** A percentage reduction without a stated baseline value and without an observation in the baseline year. */
    NO_BASELINE_VALUE_FOR_REDUCTION,
    /** Only one year of data from the base year on: no growth rate can be computed. */
    FEWER_THAN_TWO_YEARS,
    /** The base and the latest value have opposite signs: their ratio has no real root. */
    SIGN_CHANGE,
    /** The latest value meets the target in the desired direction. */
    TARGET_REACHED,
    /** APPROX: the latest value is within the tolerance of the target. */
    WITHIN_APPROX_TOLERANCE,
    /** INCREASE/DECREASE: the direction-adjusted growth rate p compared with the fixed thresholds. */
    GROWTH_RATE_THRESHOLDS,
    /** A target number without a target year: the required growth rate is undefined. */
    TARGET_YEAR_MISSING,
    /** The first year with data is the target year or later, so no required growth rate can be computed. */
    TARGET_YEAR_NOT_AFTER_BASE_YEAR,
    /** The target and the base have opposite signs: the required growth rate has no real value. */
    TARGET_SIGN_DIFFERS_FROM_BASE,
    /**
     * The base already equals the target, so the required growth rate is 0 and R is undefined; the status says
     * only whether the value moved away from the target (DETERIORATION) or not (SUBSTANTIAL_PROGRESS).
     */
    BASE_ALREADY_AT_TARGET,
    /** R, the observed over the required growth rate, compared with the thresholds. */
    RATIO_THRESHOLDS
}
