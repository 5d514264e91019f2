package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The early warnings of the plan's monitoring section (对预计达标困难、波动较大的监测指标及时进行预警):
 *
 * <ul>
 * <li>{@link WarningRule#EXPECTED_TO_MISS}: the status is LIMITED_PROGRESS or DETERIORATION (any quantitative
 * target, INCREASE/DECREASE included), or, for targets with a number and at least 3 years of data from the base
 * year, the least-squares projection to the target year misses the target (for d = +1 below it, for d = −1
 * above it, for APPROX further from it than the tolerance). The projection criterion applies whatever the status,
 * so a target reached today but trending back out of reach is flagged too. HIGH when deteriorating, else MEDIUM.</li>
 * <li>{@link WarningRule#VOLATILE}: the relative change between the last two data points,
 * |(v_t − v_{t−1}) / v_{t−1}|, exceeds {@link EarlyWarningConfig#volatilityThreshold()}; or, given at least
 * {@link EarlyWarningConfig#minChangesForZScore()} changes, the latest change's modified z-score exceeds
 * {@link EarlyWarningConfig#modifiedZThreshold()} in absolute value. LOW.</li>
 * </ul>
 *
 * <p>Decisions for VOLATILE:
 * <ul>
 * <li>Changes are taken between consecutive <em>data points</em>. When a year is missing, the change spans the gap
 * and is not annualised: data are due every year, so the jump between two successive reports is what the reader
 * sees, and spreading it over the gap would hide it. The evidence names both years.</li>
 * <li>Changes are relative, (v_t − v_{t−1}) / |v_{t−1}|, so that series of different units and levels share one
 * threshold; the absolute value in the denominator keeps the sign meaning "up" or "down" for negative series.</li>
 * <li>A change from 0 has no relative size: the threshold test is skipped when the previous value is 0, such
 * changes are left out of the z-score sample, and the z-score is skipped when the latest change is one of them.</li>
 * <li>The z-score sample is all defined changes of the series given, the latest included (the standard use of
 * the score); pass {@link ObservationSeries#upTo(int)} to assess as of a year. When MAD is 0 the
 * mean-absolute-deviation variant is used (see {@link ModifiedZScore}).</li>
 * <li>"Exceeds" is strict: a change of exactly 15% or a score of exactly 3.5 does not warn.</li>
 * </ul>
 */
public final class EarlyWarningRules {

    // Evidence keys.
    public static final String BASE_YEAR = "baseYear";
    public static final String BASE_VALUE = "baseValue";
    public static final String CURRENT_YEAR = "currentYear";
    public static final String CURRENT_VALUE = "currentValue";
    public static final String TARGET_YEAR = "targetYear";
    public static final String TARGET_VALUE = "targetValue";
    public static final String RATIO = "ratio";
    public static final String GROWTH_RATE = "growthRate";
    public static final String OBSERVED_GROWTH_RATE = "observedGrowthRate";
    public static final String PROJECTED_VALUE = "projectedValue";
    public static final String TOLERANCE = "tolerance";
    public static final String PREVIOUS_YEAR = "previousYear";
    public static final String PREVIOUS_VALUE = "previousValue";
    public static final String LATEST_YEAR = "latestYear";
    public static final String LATEST_VALUE = "latestValue";
    public static final String RELATIVE_CHANGE = "relativeChange";
    public static final String VOLATILITY_THRESHOLD = "volatilityThreshold";
    public static final String MODIFIED_Z_SCORE = "modifiedZScore";
    public static final String MEDIAN_CHANGE = "medianChange";
    public static final String MEDIAN_ABSOLUTE_DEVIATION = "medianAbsoluteDeviation";
    public static final String MEAN_ABSOLUTE_DEVIATION = "meanAbsoluteDeviation";
    public static final String CHANGE_COUNT = "changeCount";
    public static final String Z_SCORE_THRESHOLD = "zScoreThreshold";

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final EarlyWarningConfig config;

    public EarlyWarningRules() {
        this(EarlyWarningConfig.DEFAULTS);
    }

    public EarlyWarningRules(EarlyWarningConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public EarlyWarningConfig config() {
        return config;
    }

    /**
     * All warnings for one indicator: EXPECTED_TO_MISS (from the assessment) first, then VOLATILE (from the series).
     *
     * @param assessment the indicator's progress assessment
     * @param series     the series the assessment was made from
     */
    public List<Warning> evaluate(ProgressAssessment assessment, ObservationSeries series) {
        List<Warning> warnings = new ArrayList<>(2);
        expectedToMiss(assessment).ifPresent(warnings::add);
        volatility(series).ifPresent(warnings::add);
        return List.copyOf(warnings);
    }

    /** The EXPECTED_TO_MISS warning, if the assessment calls for one. */
    public Optional<Warning> expectedToMiss(ProgressAssessment a) {
        Objects.requireNonNull(a, "assessment");
        if (!a.targetType().isQuantitative()) {
            return Optional.empty();
        }
        boolean byStatus = a.status() == ProgressStatus.LIMITED_PROGRESS || a.status() == ProgressStatus.DETERIORATION;
        boolean byProjection = a.targetType().hasTargetValue() && Boolean.FALSE.equals(a.projectedToMeetTarget());
        if (!byStatus && !byProjection) {
            return Optional.empty();
        }
        List<WarningCriterion> criteria = new ArrayList<>(2);
        Map<String, Number> evidence = new LinkedHashMap<>();
        put(evidence, BASE_YEAR, a.baseYear());
        put(evidence, BASE_VALUE, a.baseValue());
        put(evidence, CURRENT_YEAR, a.currentYear());
        put(evidence, CURRENT_VALUE, a.currentValue());
        put(evidence, TARGET_YEAR, a.targetYear());
        put(evidence, TARGET_VALUE, a.targetValue());
        List<String> zh = new ArrayList<>(2);
        List<String> en = new ArrayList<>(2);
        if (byStatus) {
            criteria.add(WarningCriterion.PROGRESS_STATUS);
            put(evidence, a.targetType().hasTargetValue() ? RATIO : GROWTH_RATE, a.ratio());
            put(evidence, OBSERVED_GROWTH_RATE, a.observedGrowthRate());
            String statusZh = a.status().labelZh();
            // inside a sentence: "…: limited progress (R = 0.17)"
            String label = a.status().labelEn();
            String statusEn = Character.toLowerCase(label.charAt(0)) + label.substring(1);
            if (a.targetType().hasTargetValue() && a.ratio() != null) {
                zh.add(statusZh + "（R = " + decimal(a.ratio(), 4) + "）");
                en.add(statusEn + " (R = " + decimal(a.ratio(), 4) + ")");
            } else if (!a.targetType().hasTargetValue() && a.observedGrowthRate() != null) {
                zh.add(statusZh + "（年均变化" + percent(a.observedGrowthRate(), 2) + "）");
                en.add(statusEn + " (average change " + percent(a.observedGrowthRate(), 2) + " a year)");
            } else {
                zh.add(statusZh + "（基期已达到目标，其后偏离）");
                en.add(statusEn + " (the base met the target, the value has since moved away)");
            }
        }
        if (byProjection) {
            criteria.add(WarningCriterion.LINEAR_PROJECTION);
            put(evidence, PROJECTED_VALUE, a.projectedValue());
            put(evidence, TOLERANCE, a.approxTolerance());
            zh.add("按线性趋势，" + a.targetYear() + "年预计为" + decimal(a.projectedValue(), 2));
            en.add("the linear trend projects " + decimal(a.projectedValue(), 2) + " in " + a.targetYear());
        }
        WarningSeverity severity = a.status() == ProgressStatus.DETERIORATION ? WarningSeverity.HIGH : WarningSeverity.MEDIUM;
        String messageZh = "预计难以实现目标（" + describeTargetZh(a) + "）：" + String.join("；", zh) + "。";
        String messageEn = "Expected to miss the target (" + describeTargetEn(a) + "): " + String.join("; ", en) + ".";
        return Optional.of(new Warning(WarningRule.EXPECTED_TO_MISS, severity, criteria, evidence, messageZh, messageEn));
    }

    /** The VOLATILE warning, if the series' latest change is too large. */
    public Optional<Warning> volatility(ObservationSeries series) {
        Objects.requireNonNull(series, "series");
        List<DataPoint> points = series.observations();
        int n = points.size();
        if (n < 2) {
            return Optional.empty();
        }
        DataPoint previous = points.get(n - 2);
        DataPoint latest = points.get(n - 1);
        Map<String, Number> evidence = new LinkedHashMap<>();
        evidence.put(PREVIOUS_YEAR, previous.year());
        evidence.put(PREVIOUS_VALUE, previous.value());
        evidence.put(LATEST_YEAR, latest.year());
        evidence.put(LATEST_VALUE, latest.value());
        BigDecimal change = relativeChange(previous.value(), latest.value());
        if (change == null) {
            return Optional.empty();
        }
        List<WarningCriterion> criteria = new ArrayList<>(2);
        List<String> zh = new ArrayList<>(2);
        List<String> en = new ArrayList<>(2);
        BigDecimal threshold = BigDecimal.valueOf(config.volatilityThreshold());
        evidence.put(RELATIVE_CHANGE, change.doubleValue());
        evidence.put(VOLATILITY_THRESHOLD, config.volatilityThreshold());
        if (change.abs().compareTo(threshold) > 0) {
            criteria.add(WarningCriterion.YEAR_ON_YEAR_CHANGE);
            zh.add(previous.year() + "年至" + latest.year() + "年变化" + percent(change.doubleValue(), 1)
                    + "，超过阈值" + unsignedPercent(config.volatilityThreshold()));
            en.add("the value changed by " + percent(change.doubleValue(), 1) + " from " + previous.year() + " to "
                    + latest.year() + ", beyond the threshold of " + unsignedPercent(config.volatilityThreshold()));
        }
        List<Double> changes = relativeChanges(series);
        if (changes.size() >= config.minChangesForZScore()) {
            ModifiedZScore z = ModifiedZScore.of(changes, change.doubleValue());
            evidence.put(MODIFIED_Z_SCORE, z.score());
            evidence.put(MEDIAN_CHANGE, z.median());
            evidence.put(z.meanDeviationFallback() ? MEAN_ABSOLUTE_DEVIATION : MEDIAN_ABSOLUTE_DEVIATION, z.spread());
            evidence.put(CHANGE_COUNT, changes.size());
            evidence.put(Z_SCORE_THRESHOLD, config.modifiedZThreshold());
            if (Math.abs(z.score()) > config.modifiedZThreshold()) {
                criteria.add(WarningCriterion.MODIFIED_Z_SCORE);
                String score = decimal(z.score(), 2);
                String limit = decimal(config.modifiedZThreshold(), 2);
                zh.add("最近一次变化在" + changes.size() + "次年度变化中属异常（修正z分数" + score + "，超过" + limit + "）");
                en.add("the latest change is an outlier among " + changes.size() + " year-on-year changes (modified z-score "
                        + score + ", beyond " + limit + ")");
            }
        }
        if (criteria.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(WarningRule.VOLATILE, WarningSeverity.LOW, criteria, evidence,
                "波动较大：" + String.join("；", zh) + "。",
                "Volatile: " + String.join("; ", en) + "."));
    }

    /**
     * The relative changes (v_i − v_{i−1}) / |v_{i−1}| between consecutive data points, in order, leaving out
     * those from a value of 0.
     */
    public static List<Double> relativeChanges(ObservationSeries series) {
        List<DataPoint> points = series.observations();
        List<Double> changes = new ArrayList<>(Math.max(0, points.size() - 1));
        for (int i = 1; i < points.size(); i++) {
            BigDecimal change = relativeChange(points.get(i - 1).value(), points.get(i).value());
            if (change != null) {
                changes.add(change.doubleValue());
            }
        }
        return changes;
    }

    /** (to − from) / |from|, or null when {@code from} is 0. */
    static BigDecimal relativeChange(BigDecimal from, BigDecimal to) {
        if (from.signum() == 0) {
            return null;
        }
        return to.subtract(from).divide(from.abs(), PRECISION);
    }

    private static void put(Map<String, Number> evidence, String key, Number value) {
        if (value != null) {
            evidence.put(key, value);
        }
    }

    private static String describeTargetEn(ProgressAssessment a) {
        String by = a.targetYear() == null ? "" : " by " + a.targetYear();
        if (a.targetValue() == null) {
            return (a.direction() != null && a.direction() < 0 ? "decrease" : "increase") + by;
        }
        String value = decimal(a.targetValue());
        return switch (a.targetType()) {
            case APPROX -> "about " + value + (a.approxTolerance() == null ? "" : " ± " + decimal(a.approxTolerance())) + by;
            case AT_MOST, REDUCE_FROM_BASELINE_PCT -> "≤ " + value + by;
            default -> "≥ " + value + by;
        };
    }

    private static String describeTargetZh(ProgressAssessment a) {
        String by = a.targetYear() == null ? "" : a.targetYear() + "年";
        if (a.targetValue() == null) {
            return by + (a.direction() != null && a.direction() < 0 ? "降低" : "提高");
        }
        String value = decimal(a.targetValue());
        return switch (a.targetType()) {
            case APPROX -> by + value + "左右" + (a.approxTolerance() == null ? "" : "（±" + decimal(a.approxTolerance()) + "）");
            case AT_MOST, REDUCE_FROM_BASELINE_PCT -> by + "≤" + value;
            default -> by + "≥" + value;
        };
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String decimal(double value, int scale) {
        return decimal(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP));
    }

    /** A threshold as a percentage: 0.15 → "15%". */
    private static String unsignedPercent(double rate) {
        return decimal(BigDecimal.valueOf(rate).movePointRight(2)) + "%";
    }

    /** A rate as a signed percentage: 0.1834 → "+18.3%". */
    private static String percent(double rate, int scale) {
        BigDecimal pct = BigDecimal.valueOf(rate).movePointRight(2).setScale(scale, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : pct.signum() < 0 ? "−" : "") + pct.abs().toPlainString() + "%";
    }
}
