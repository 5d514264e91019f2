package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of assessing one indicator: the status and every number it was derived from, so that a report can
 * show the working and the early-warning rules can reuse it without recomputing.
 *
 * <p>Observed values and targets are {@link BigDecimal} (exact, as reported); growth rates, the ratio and the
 * projection are {@link Double} because they come out of powers and regressions, not out of the data.
 *
 * @param targetType            the target's type
 * @param status                the progress status
 * @param basis                 the rule that decided the status
 * @param ratio                 R (observed over required growth) for targets with a number; p (direction-adjusted
 *                              growth rate) for INCREASE/DECREASE; null when not computed
 * @param baseYear              the base year actually used (the baseline year, or the first later year with data)
 * @param baseValue             the observed value in the base year
 * @param currentYear           the latest year with data
 * @param currentValue          the latest observed value
 * @param targetValue           the effective target level (after turning a percentage reduction into a level;
 *                              100 for FULL_COVERAGE); null when there is none
 * @param targetYear            the target year
 * @param direction             the d used: +1 or -1; for APPROX the one chosen from the base; null when none
 * @param observedGrowthRate    CAGR(current, base), before the sign adjustments; null when not computed
 * @param requiredGrowthRate    CAGR(target, base), the rate needed to reach the target on time; null when not computed
 * @param projectedValue        the least-squares linear projection to the target year (≥ 3 years of data from the base
 *                              year on); null otherwise
 * @param projectedToMeetTarget whether that projection meets the target; null without projection or target number
 * @param approxTolerance       the tolerance applied to an APPROX target; null for other types
 * @param dataPoints            the number of years with data from the base year on
 */
public record ProgressAssessment(
        TargetType targetType,
        ProgressStatus status,
        AssessmentBasis basis,
        Double ratio,
        Integer baseYear,
        BigDecimal baseValue,
        Integer currentYear,
        BigDecimal currentValue,
        BigDecimal targetValue,
        Integer targetYear,
        Integer direction,
        Double observedGrowthRate,
        Double requiredGrowthRate,
        Double projectedValue,
        Boolean projectedToMeetTarget,
        BigDecimal approxTolerance,
        int dataPoints) {

    public ProgressAssessment {
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(basis, "basis");
    }
}
