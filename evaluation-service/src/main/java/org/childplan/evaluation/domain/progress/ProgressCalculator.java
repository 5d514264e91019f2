package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Assesses an indicator's progress with the Statistics Canada compound-annual-growth-rate method used by Open SDG:
 * the growth observed since the base year is compared with the growth that would reach the target on time
 * (R = s·d·CAGR(current, base) / |CAGR(target, base)|), or, without a target number, with fixed growth thresholds
 * (p = s·d·CAGR(current, base)). See the package documentation for the rules and the edge cases.
 *
 * <p>Stateless apart from the APPROX tolerance, so one instance can be shared.
 */
public final class ProgressCalculator {

    /** The default half-width of an APPROX ("…左右") target, in the indicator's unit. */
    public static final BigDecimal DEFAULT_APPROX_TOLERANCE = BigDecimal.ONE;
    /** Zero can not be a base of a growth rate; the method takes it as 0.001 (with the base's sign). */
    public static final double ZERO_SUBSTITUTE = 0.001;
    /** FULL_COVERAGE means 100 (percent) unless the target states its number. */
    public static final BigDecimal FULL_COVERAGE_VALUE = BigDecimal.valueOf(100);
    /** R at or above this is substantial progress (Open SDG's "on track"). */
    public static final double SUBSTANTIAL_RATIO = 0.95;
    /** R at or above this (and below {@link #SUBSTANTIAL_RATIO}) is moderate progress. */
    public static final double MODERATE_RATIO = 0.6;
    /** Without a target number: growth of 1.5% a year or more in the desired direction is substantial. */
    public static final double SUBSTANTIAL_GROWTH_RATE = 0.015;
    /** Without a target number: growth of 0.5% a year (up to 1.5%) is moderate. */
    public static final double MODERATE_GROWTH_RATE = 0.005;
    /** A straight line through fewer points than this says nothing a CAGR does not. */
    public static final int MIN_YEARS_FOR_PROJECTION = 3;

    private final BigDecimal approxTolerance;

    public ProgressCalculator() {
        this(DEFAULT_APPROX_TOLERANCE);
    }

    /** @param approxTolerance how far from an APPROX target the value may be and still count as achieved; ≥ 0 */
    public ProgressCalculator(BigDecimal approxTolerance) {
        Objects.requireNonNull(approxTolerance, "approxTolerance");
        if (approxTolerance.signum() < 0) {
            throw new IllegalArgumentException("approxTolerance must not be negative: " + approxTolerance);
        }
        this.approxTolerance = approxTolerance;
    }

    public BigDecimal approxTolerance() {
        return approxTolerance;
    }

    /** Assesses against the target's own baseline year (or, without one, from the first year with data). */
    public ProgressAssessment assess(Target target, ObservationSeries series) {
        return assess(target, series, null);
    }

    /**
     * Assesses {@code series} (jurisdiction totals by year) against {@code target}.
     *
     * @param planBaselineYear the plan's baseline year, used when the target has none; when both are null the base
     *                         is the first year with data
     */
    public ProgressAssessment assess(Target target, ObservationSeries series, Integer planBaselineYear) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(series, "series");
        TargetType type = target.targetType();
        Draft draft = new Draft(type, target.targetYear());
        if (type == TargetType.APPROX) {
            draft.approxTolerance = approxTolerance;
        }
        if (type == TargetType.QUALITATIVE) {
            return draft.finish(ProgressStatus.NOT_ASSESSED, AssessmentBasis.QUALITATIVE_TARGET);
        }

        Integer baselineYear = target.baselineYear() != null ? target.baselineYear() : planBaselineYear;
        ObservationSeries window = baselineYear == null ? series : series.from(baselineYear);
        if (window.isEmpty()) {
            return draft.finish(ProgressStatus.INSUFFICIENT_DATA, AssessmentBasis.NO_DATA_FROM_BASE_YEAR);
        }
        DataPoint base = window.first();
        DataPoint current = window.last();
        draft.dataPoints = window.size();
        draft.baseYear = base.year();
        draft.baseValue = base.value();
        draft.currentYear = current.year();
        draft.currentValue = current.value();
        if (type.direction() != 0) {
            draft.direction = type.direction();
        }

        BigDecimal targetValue = null;
        if (type.hasTargetValue()) {
            if (target.targetValue() == null && type != TargetType.FULL_COVERAGE) {
                return draft.finish(ProgressStatus.NOT_ASSESSED, AssessmentBasis.TARGET_VALUE_MISSING);
            }
            targetValue = effectiveTargetValue(target, series, baselineYear);
            if (targetValue == null) {
                return draft.finish(ProgressStatus.INSUFFICIENT_DATA, AssessmentBasis.NO_BASELINE_VALUE_FOR_REDUCTION);
            }
            draft.targetValue = targetValue;
        }

        if (window.size() >= MIN_YEARS_FOR_PROJECTION && target.targetYear() != null) {
            double projected = LinearTrend.fit(window.observations()).valueAt(target.targetYear());
            draft.projectedValue = projected;
            if (targetValue != null) {
                draft.projectedToMeetTarget = meets(type, projected, targetValue);
            }
        }

        if (window.size() < 2) {
            return draft.finish(ProgressStatus.INSUFFICIENT_DATA, AssessmentBasis.FEWER_THAN_TWO_YEARS);
        }
        int s = base.value().signum() < 0 ? -1 : 1;
        if (oppositeSign(current.value(), s)) {
            return draft.finish(ProgressStatus.INSUFFICIENT_DATA, AssessmentBasis.SIGN_CHANGE);
        }
        double baseForGrowth = nonZero(base.value(), s);
        double observed = cagr(nonZero(current.value(), s), baseForGrowth, current.year(), base.year());
        draft.observedGrowthRate = observed;

        if (!type.hasTargetValue()) {
            double p = s * type.direction() * observed;
            draft.ratio = p;
            return draft.finish(classifyGrowthRate(p), AssessmentBasis.GROWTH_RATE_THRESHOLDS);
        }

        if (type == TargetType.APPROX) {
            if (current.value().subtract(targetValue).abs().compareTo(approxTolerance) <= 0) {
                return draft.finish(ProgressStatus.TARGET_ACHIEVED, AssessmentBasis.WITHIN_APPROX_TOLERANCE);
            }
        } else if (reached(type.direction(), current.value(), targetValue)) {
            return draft.finish(ProgressStatus.TARGET_ACHIEVED, AssessmentBasis.TARGET_REACHED);
        }

        if (target.targetYear() == null) {
            return draft.finish(ProgressStatus.NOT_ASSESSED, AssessmentBasis.TARGET_YEAR_MISSING);
        }
        if (target.targetYear() <= base.year()) {
            return draft.finish(ProgressStatus.INSUFFICIENT_DATA, AssessmentBasis.TARGET_YEAR_NOT_AFTER_BASE_YEAR);
        }
        if (oppositeSign(targetValue, s)) {
            return draft.finish(ProgressStatus.INSUFFICIENT_DATA, AssessmentBasis.TARGET_SIGN_DIFFERS_FROM_BASE);
        }

        int d = type.direction();
        if (type == TargetType.APPROX) {
            int side = base.value().compareTo(targetValue);
            if (side == 0) {
                // The base sat on the target and the value has left the tolerance band: it moved away.
                draft.requiredGrowthRate = 0.0;
                return draft.finish(ProgressStatus.DETERIORATION, AssessmentBasis.BASE_ALREADY_AT_TARGET);
            }
            d = side < 0 ? 1 : -1;
            draft.direction = d;
        }

        double required = cagr(nonZero(targetValue, s), baseForGrowth, target.targetYear(), base.year());
        draft.requiredGrowthRate = required;
        double directed = s * d * observed;
        if (required == 0.0) {
            return draft.finish(directed < 0 ? ProgressStatus.DETERIORATION : ProgressStatus.SUBSTANTIAL_PROGRESS,
                    AssessmentBasis.BASE_ALREADY_AT_TARGET);
        }
        double r = directed / Math.abs(required);
        draft.ratio = r;
        return draft.finish(classifyRatio(r), AssessmentBasis.RATIO_THRESHOLDS);
    }

    /**
     * The level to reach: the target value, 100 for FULL_COVERAGE without one, and for a percentage reduction
     * x the reference × (1 − x/100), the reference being the stated baseline value or else the observation in the
     * baseline year. Null when there is no level: no number, or a reduction without any reference value.
     */
    public static BigDecimal effectiveTargetValue(Target target, ObservationSeries series, Integer planBaselineYear) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(series, "series");
        TargetType type = target.targetType();
        if (type == TargetType.FULL_COVERAGE) {
            return target.targetValue() != null ? target.targetValue() : FULL_COVERAGE_VALUE;
        }
        if (!type.hasTargetValue() || target.targetValue() == null) {
            return null;
        }
        if (type != TargetType.REDUCE_FROM_BASELINE_PCT) {
            return target.targetValue();
        }
        BigDecimal reference = target.baselineValue();
        Integer baselineYear = target.baselineYear() != null ? target.baselineYear() : planBaselineYear;
        if (reference == null && baselineYear != null) {
            reference = series.valueIn(baselineYear).orElse(null);
        }
        if (reference == null) {
            return null;
        }
        return reference.multiply(BigDecimal.ONE.subtract(target.targetValue().movePointLeft(2)));
    }

    /**
     * The compound annual growth rate from b in year t0 to a in year t1: (a/b)^(1/(t1−t0)) − 1.
     * a/b must not be negative (a value of 0 for a gives −1).
     */
    public static double cagr(double a, double b, int t1, int t0) {
        if (t1 == t0) {
            throw new IllegalArgumentException("a growth rate needs two different years, got " + t0 + " twice");
        }
        double quotient = a / b;
        if (!(quotient >= 0) || Double.isInfinite(quotient)) {
            throw new IllegalArgumentException("a growth rate needs a finite, non-negative quotient, got " + a + "/" + b);
        }
        return Math.pow(quotient, 1.0 / (t1 - t0)) - 1;
    }

    /** The status for R (targets with a number): ≥ 0.95 substantial, ≥ 0.6 moderate, ≥ 0 limited, else deterioration. */
    public static ProgressStatus classifyRatio(double r) {
        return classify(r, SUBSTANTIAL_RATIO, MODERATE_RATIO);
    }

    /** The status for p (INCREASE/DECREASE): ≥ 0.015 substantial, ≥ 0.005 moderate, ≥ 0 limited, else deterioration. */
    public static ProgressStatus classifyGrowthRate(double p) {
        return classify(p, SUBSTANTIAL_GROWTH_RATE, MODERATE_GROWTH_RATE);
    }

    private static ProgressStatus classify(double value, double substantial, double moderate) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("can not classify NaN");
        }
        if (value >= substantial) {
            return ProgressStatus.SUBSTANTIAL_PROGRESS;
        }
        if (value >= moderate) {
            return ProgressStatus.MODERATE_PROGRESS;
        }
        if (value >= 0) {
            return ProgressStatus.LIMITED_PROGRESS;
        }
        return ProgressStatus.DETERIORATION;
    }

    private boolean meets(TargetType type, double projected, BigDecimal targetValue) {
        double target = targetValue.doubleValue();
        if (type == TargetType.APPROX) {
            return Math.abs(projected - target) <= approxTolerance.doubleValue();
        }
        return type.direction() > 0 ? projected >= target : projected <= target;
    }

    private static boolean reached(int d, BigDecimal current, BigDecimal target) {
        int cmp = current.compareTo(target);
        return d > 0 ? cmp >= 0 : cmp <= 0;
    }

    /** Whether a value lies strictly on the other side of zero from a base of sign s (zero fits either sign). */
    private static boolean oppositeSign(BigDecimal value, int s) {
        return value.signum() != 0 && value.signum() != s;
    }

    /**
     * The value to use in a growth rate: zero becomes 0.001 with the base's sign. The method names a zero base or
     * target; a zero latest value is treated alike so that a series staying at 0 shows no change rather than a
     * 100% fall from the substituted base.
     */
    private static double nonZero(BigDecimal value, int s) {
        return value.signum() == 0 ? s * ZERO_SUBSTITUTE : value.doubleValue();
    }

    /** Collects the numbers while the rules run, so every exit reports what was known at that point. */
    private static final class Draft {
        private final TargetType type;
        private final Integer targetYear;
        private Double ratio;
        private Integer baseYear;
        private BigDecimal baseValue;
        private Integer currentYear;
        private BigDecimal currentValue;
        private BigDecimal targetValue;
        private Integer direction;
        private Double observedGrowthRate;
        private Double requiredGrowthRate;
        private Double projectedValue;
        private Boolean projectedToMeetTarget;
        private BigDecimal approxTolerance;
        private int dataPoints;

        private Draft(TargetType type, Integer targetYear) {
            this.type = type;
            this.targetYear = targetYear;
        }

        private ProgressAssessment finish(ProgressStatus status, AssessmentBasis basis) {
            return new ProgressAssessment(type, status, basis, ratio, baseYear, baseValue, currentYear, currentValue,
                    targetValue, targetYear, direction, observedGrowthRate, requiredGrowthRate, projectedValue,
                    projectedToMeetTarget, approxTolerance, dataPoints);
        }
    }
}
