package org.childplan.evaluation.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.CHANGE_COUNT;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.GROWTH_RATE;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.LATEST_YEAR;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.MEAN_ABSOLUTE_DEVIATION;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.MEDIAN_ABSOLUTE_DEVIATION;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.MODIFIED_Z_SCORE;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.PREVIOUS_YEAR;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.PROJECTED_VALUE;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.RATIO;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.RELATIVE_CHANGE;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.TARGET_VALUE;
import static org.childplan.evaluation.domain.progress.EarlyWarningRules.TOLERANCE;
import static org.childplan.evaluation.domain.progress.ProgressTestData.series;
import static org.childplan.evaluation.domain.progress.ProgressTestData.target;
import static org.childplan.evaluation.domain.progress.TargetType.APPROX;
import static org.childplan.evaluation.domain.progress.TargetType.AT_LEAST;
import static org.childplan.evaluation.domain.progress.TargetType.AT_MOST;
import static org.childplan.evaluation.domain.progress.TargetType.DECREASE;
import static org.childplan.evaluation.domain.progress.TargetType.INCREASE;
import static org.childplan.evaluation.domain.progress.TargetType.MAINTAIN_AT_LEAST;
import static org.childplan.evaluation.domain.progress.TargetType.QUALITATIVE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarlyWarningRulesTest {

    private final ProgressCalculator calculator = new ProgressCalculator();
    private final EarlyWarningRules rules = new EarlyWarningRules();

    private Optional<Warning> expectedToMiss(Target target, ObservationSeries series) {
        return rules.expectedToMiss(calculator.assess(target, series));
    }

    // --- EXPECTED_TO_MISS ------------------------------------------------------------------------------------

    @Test
    void warnsOfAMissForLimitedProgress() {
        Warning w = expectedToMiss(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "81")).orElseThrow();

        assertThat(w.rule()).isEqualTo(WarningRule.EXPECTED_TO_MISS);
        assertThat(w.severity()).isEqualTo(WarningSeverity.MEDIUM);
        assertThat(w.criteria()).containsExactly(WarningCriterion.PROGRESS_STATUS);
        assertThat(w.evidence()).containsKeys(RATIO, TARGET_VALUE).doesNotContainKey(PROJECTED_VALUE);
        assertThat(w.evidence().get(RATIO).doubleValue()).isCloseTo(0.1741, within(0.00005));
        assertThat(w.messageEn()).isEqualTo("Expected to miss the target (≥ 90 by 2025): limited progress (R = 0.1741).");
        assertThat(w.messageZh()).isEqualTo("预计难以实现目标（2025年≥90）：进展有限（R = 0.1741）。");
    }

    @Test
    void warnsWithHighSeverityOfAMissForDeterioration() {
        Warning w = expectedToMiss(target(AT_MOST, "8", 2025, 2020), series(2020, "10", 2023, "11")).orElseThrow();

        assertThat(w.severity()).isEqualTo(WarningSeverity.HIGH);
        assertThat(w.criteria()).containsExactly(WarningCriterion.PROGRESS_STATUS);
        assertThat(w.messageEn()).isEqualTo("Expected to miss the target (≤ 8 by 2025): deterioration (R = -0.7396).");
        assertThat(w.messageZh()).contains("出现倒退");
    }

    @Test
    void warnsOfAMissWhenTheBaseMetTheTargetAndTheValueMovedAway() {
        Warning w = expectedToMiss(target(AT_MOST, "8", 2025, 2020), series(2020, "8", 2023, "9")).orElseThrow();

        assertThat(w.severity()).isEqualTo(WarningSeverity.HIGH);
        assertThat(w.evidence()).doesNotContainKey(RATIO);
        assertThat(w.messageEn()).contains("the base met the target");
    }

    @Test
    void doesNotWarnOfAMissForModerateProgressWithoutAProjection() {
        assertThat(expectedToMiss(target(AT_MOST, "8", 2025, 2020), series(2020, "10", 2023, "9"))).isEmpty();
    }

    @Test
    void doesNotWarnOfAMissForSubstantialProgressOrAnAchievedTarget() {
        assertThat(expectedToMiss(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "86"))).isEmpty();
        assertThat(expectedToMiss(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "91"))).isEmpty();
    }

    @Test
    void warnsOfAMissWhenTheProjectionMissesDespiteModerateProgress() {
        Warning w = expectedToMiss(target(AT_MOST, "8", 2025, 2020),
                series(2020, "10", 2021, "9.5", 2022, "9.2", 2023, "9")).orElseThrow();

        assertThat(w.criteria()).containsExactly(WarningCriterion.LINEAR_PROJECTION);
        assertThat(w.severity()).isEqualTo(WarningSeverity.MEDIUM);
        assertThat(w.evidence().get(PROJECTED_VALUE).doubleValue()).isCloseTo(8.27, within(1e-9));
        assertThat(w.evidence()).doesNotContainKey(RATIO);
        assertThat(w.messageEn()).isEqualTo("Expected to miss the target (≤ 8 by 2025): the linear trend projects 8.27 in 2025.");
        assertThat(w.messageZh()).isEqualTo("预计难以实现目标（2025年≤8）：按线性趋势，2025年预计为8.27。");
    }

    @Test
    void warnsOfAMissWhenTheProjectionMissesATargetAchievedToday() {
        // 99, 97, 96: still above 95 but the trend reaches 92.83 by 2025.
        ProgressAssessment a = calculator.assess(target(MAINTAIN_AT_LEAST, "95", 2025, 2021),
                series(2021, "99", 2022, "97", 2023, "96"));
        Warning w = rules.expectedToMiss(a).orElseThrow();

        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(w.criteria()).containsExactly(WarningCriterion.LINEAR_PROJECTION);
        assertThat(w.evidence().get(PROJECTED_VALUE).doubleValue()).isCloseTo(92.8333, within(0.00005));
    }

    @Test
    void listsBothCriteriaWhenStatusAndProjectionMiss() {
        Warning w = expectedToMiss(target(AT_LEAST, "90", 2025, 2020),
                series(2020, "80", 2021, "80.5", 2022, "80.2", 2023, "81")).orElseThrow();

        assertThat(w.criteria()).containsExactly(WarningCriterion.PROGRESS_STATUS, WarningCriterion.LINEAR_PROJECTION);
        assertThat(w.firedBy(WarningCriterion.LINEAR_PROJECTION)).isTrue();
        assertThat(w.messageEn()).contains("limited progress").contains("; the linear trend projects");
    }

    @Test
    void doesNotWarnWhenTheProjectionLandsExactlyOnTheTarget() {
        // Projection 90.0 exactly; R = 1.0114.
        assertThat(expectedToMiss(target(AT_LEAST, "90", 2025, 2021), series(2021, "86", 2022, "87", 2023, "88")))
                .isEmpty();
    }

    @Test
    void warnsWhenTheProjectionFallsJustShortOfTheTarget() {
        // Projection 89.82, R = 0.9611 (substantial): only the trend flags it.
        Warning w = expectedToMiss(target(AT_LEAST, "90", 2025, 2021),
                series(2021, "86", 2022, "87", 2023, "87.9")).orElseThrow();

        assertThat(w.criteria()).containsExactly(WarningCriterion.LINEAR_PROJECTION);
        assertThat(w.evidence().get(PROJECTED_VALUE).doubleValue()).isCloseTo(89.8167, within(0.00005));
    }

    @Test
    void judgesAnApproxProjectionAgainstTheTolerance() {
        Warning far = expectedToMiss(target(APPROX, "50", 2025, 2020),
                series(2020, "40", 2021, "41", 2022, "42")).orElseThrow();
        Optional<Warning> near = expectedToMiss(target(APPROX, "50", 2025, 2020),
                series(2020, "44", 2021, "45", 2022, "46"));

        assertThat(far.criteria()).contains(WarningCriterion.LINEAR_PROJECTION);
        assertThat(far.evidence().get(TOLERANCE)).isEqualTo(BigDecimal.ONE);
        assertThat(far.messageEn()).contains("about 50 ± 1 by 2025");
        assertThat(far.messageZh()).contains("2025年50左右（±1）");
        assertThat(near).isEmpty();
    }

    @Test
    void appliesOnlyTheStatusCriterionToAnIncrease() {
        ProgressAssessment limited = calculator.assess(target(INCREASE, null, 2025, 2020),
                series(2020, "100", 2021, "100.1", 2022, "100.2", 2023, "100.3"));
        Warning w = rules.expectedToMiss(limited).orElseThrow();

        assertThat(limited.projectedValue()).isNotNull();
        assertThat(w.criteria()).containsExactly(WarningCriterion.PROGRESS_STATUS);
        assertThat(w.evidence()).containsKey(GROWTH_RATE).doesNotContainKeys(RATIO, PROJECTED_VALUE, TARGET_VALUE);
        assertThat(w.messageEn()).isEqualTo("Expected to miss the target (increase by 2025): limited progress (average change +0.10% a year).");
        assertThat(w.messageZh()).isEqualTo("预计难以实现目标（2025年提高）：进展有限（年均变化+0.10%）。");
    }

    @Test
    void ignoresAProjectionVerdictOnADirectionOnlyTarget() {
        // The calculator never judges a projection without a target number; the rule does not rely on that.
        ProgressAssessment handMade = new ProgressAssessment(INCREASE, ProgressStatus.SUBSTANTIAL_PROGRESS,
                AssessmentBasis.GROWTH_RATE_THRESHOLDS, 0.02, 2020, BigDecimal.TEN, 2023, BigDecimal.ONE, null, 2025, 1,
                0.02, null, 5.0, Boolean.FALSE, null, 3);

        assertThat(rules.expectedToMiss(handMade)).isEmpty();
    }

    @Test
    void warnsWithHighSeverityWhenADecreaseTargetRises() {
        Warning w = expectedToMiss(target(DECREASE, null, 2025, 2020), series(2020, "100", 2022, "105")).orElseThrow();

        assertThat(w.severity()).isEqualTo(WarningSeverity.HIGH);
        assertThat(w.messageEn()).startsWith("Expected to miss the target (decrease by 2025): deterioration (average change +2.47% a year)");
        assertThat(w.messageZh()).startsWith("预计难以实现目标（2025年降低）");
    }

    @Test
    void doesNotWarnOfAMissForAnIncreaseMakingSubstantialProgress() {
        assertThat(expectedToMiss(target(INCREASE, null, 2025, 2020), series(2020, "100", 2023, "110"))).isEmpty();
    }

    @Test
    void doesNotWarnOfAMissWithoutEnoughDataOrForAQualitativeGoal() {
        assertThat(expectedToMiss(target(AT_LEAST, "90", 2025, 2020), series(2020, "80"))).isEmpty();
        assertThat(expectedToMiss(target(QUALITATIVE, null, null, null), series(2020, "1", 2021, "0"))).isEmpty();
    }

    @Test
    void warnsOfAMissFromTheProjectionEvenWhenTheStatusIsInsufficientData() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "5", 2025, 2020), series(2020, "-1", 2021, "0", 2022, "1"));
        Warning w = rules.expectedToMiss(a).orElseThrow();

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(w.criteria()).containsExactly(WarningCriterion.LINEAR_PROJECTION);
    }

    // --- VOLATILE: year-on-year change -----------------------------------------------------------------------

    @Test
    void doesNotWarnOfVolatilityForAChangeOfExactlyTheThreshold() {
        assertThat(rules.volatility(series(2022, "100", 2023, "115"))).isEmpty();
        assertThat(rules.volatility(series(2022, "100", 2023, "85"))).isEmpty();
    }

    @Test
    void warnsOfVolatilityForAChangeJustAboveTheThreshold() {
        Warning w = rules.volatility(series(2022, "100", 2023, "115.01")).orElseThrow();

        assertThat(w.rule()).isEqualTo(WarningRule.VOLATILE);
        assertThat(w.severity()).isEqualTo(WarningSeverity.LOW);
        assertThat(w.criteria()).containsExactly(WarningCriterion.YEAR_ON_YEAR_CHANGE);
        assertThat(w.evidence().get(RELATIVE_CHANGE).doubleValue()).isCloseTo(0.1501, within(1e-12));
        assertThat(w.evidence()).containsEntry(PREVIOUS_YEAR, 2022).containsEntry(LATEST_YEAR, 2023)
                .doesNotContainKey(MODIFIED_Z_SCORE);
        assertThat(w.messageEn()).isEqualTo("Volatile: the value changed by +15.0% from 2022 to 2023, beyond the threshold of 15%.");
        assertThat(w.messageZh()).isEqualTo("波动较大：2022年至2023年变化+15.0%，超过阈值15%。");
    }

    @Test
    void warnsOfVolatilityForALargeFall() {
        Warning w = rules.volatility(series(2022, "100", 2023, "80")).orElseThrow();

        assertThat(w.evidence().get(RELATIVE_CHANGE).doubleValue()).isEqualTo(-0.2);
        assertThat(w.messageEn()).contains("changed by −20.0%");
    }

    @Test
    void measuresTheChangeOfANegativeSeriesAgainstItsMagnitude() {
        Warning w = rules.volatility(series(2022, "-10", 2023, "-12")).orElseThrow();

        assertThat(w.evidence().get(RELATIVE_CHANGE).doubleValue()).isEqualTo(-0.2);
    }

    @Test
    void usesTheLastTwoDataPointsWhenAYearIsMissing() {
        Warning w = rules.volatility(series(2020, "100", 2021, "100", 2023, "120")).orElseThrow();

        assertThat(w.evidence()).containsEntry(PREVIOUS_YEAR, 2021).containsEntry(LATEST_YEAR, 2023);
        assertThat(w.messageEn()).contains("from 2021 to 2023");
    }

    @Test
    void skipsTheChangeFromAZeroValue() {
        assertThat(rules.volatility(series(2022, "0", 2023, "50"))).isEmpty();
    }

    @Test
    void skipsBothVolatilityCriteriaWhenTheLatestChangeStartsFromZero() {
        // Enough earlier changes for a z-score, but 0 → 50 has no relative size to score.
        assertThat(rules.volatility(series(2017, "100", 2018, "102", 2019, "104", 2020, "106", 2021, "108",
                2022, "0", 2023, "50"))).isEmpty();
    }

    @Test
    void needsTwoDataPointsForVolatility() {
        assertThat(rules.volatility(series(2023, "50"))).isEmpty();
        assertThat(rules.volatility(ObservationSeries.empty())).isEmpty();
    }

    @Test
    void appliesAConfiguredVolatilityThreshold() {
        EarlyWarningRules strict = new EarlyWarningRules(EarlyWarningConfig.DEFAULTS.withVolatilityThreshold(0.05));

        assertThat(strict.volatility(series(2022, "100", 2023, "106"))).isPresent();
        assertThat(strict.volatility(series(2022, "100", 2023, "105"))).isEmpty();
        assertThat(strict.volatility(series(2022, "100", 2023, "106")).orElseThrow().messageEn()).contains("threshold of 5%");
    }

    // --- VOLATILE: modified z-score --------------------------------------------------------------------------

    @Test
    void warnsOfVolatilityWhenTheLatestChangeIsAnOutlierAlthoughBelowTheThreshold() {
        // Changes +2.0%, +1.96%, +1.92%, +1.89%, then +9.26%: under 15%, but z ≈ 125.5.
        Warning w = rules.volatility(series(2018, "100", 2019, "102", 2020, "104", 2021, "106", 2022, "108", 2023, "118"))
                .orElseThrow();

        assertThat(w.criteria()).containsExactly(WarningCriterion.MODIFIED_Z_SCORE);
        assertThat(w.evidence().get(MODIFIED_Z_SCORE).doubleValue()).isCloseTo(125.5319, within(0.0001));
        assertThat(w.evidence()).containsEntry(CHANGE_COUNT, 5).containsKey(MEDIAN_ABSOLUTE_DEVIATION)
                .doesNotContainKey(MEAN_ABSOLUTE_DEVIATION);
        assertThat(w.messageEn()).isEqualTo("Volatile: the latest change is an outlier among 5 year-on-year changes "
                + "(modified z-score 125.53, beyond 3.5).");
        assertThat(w.messageZh()).isEqualTo("波动较大：最近一次变化在5次年度变化中属异常（修正z分数125.53，超过3.5）。");
    }

    @Test
    void listsBothVolatilityCriteriaWhenBothFire() {
        Warning w = rules.volatility(series(2018, "100", 2019, "102", 2020, "104", 2021, "106", 2022, "108", 2023, "130"))
                .orElseThrow();

        assertThat(w.criteria()).containsExactly(WarningCriterion.YEAR_ON_YEAR_CHANGE, WarningCriterion.MODIFIED_Z_SCORE);
        assertThat(w.messageEn()).contains("; the latest change is an outlier");
    }

    @Test
    void doesNotScoreWithFewerThanFourChanges() {
        // Three changes only: the +9.6% jump is judged by the threshold alone.
        assertThat(rules.volatility(series(2020, "100", 2021, "102", 2022, "104", 2023, "114"))).isEmpty();
    }

    @Test
    void doesNotWarnForAnOrdinaryLatestChange() {
        assertThat(rules.volatility(series(2018, "100", 2019, "102", 2020, "105", 2021, "106", 2022, "109", 2023, "111")))
                .isEmpty();
    }

    @Test
    void fallsBackToTheMeanAbsoluteDeviationWhenMostChangesAreEqual() {
        // Four changes of exactly +2% and one of +10%: MAD 0, meanAD 0.016, z = 3.9894 > 3.5.
        Warning w = rules.volatility(series(2018, "100", 2019, "102", 2020, "104.04", 2021, "106.1208",
                2022, "108.243216", 2023, "119.0675376")).orElseThrow();

        assertThat(w.criteria()).containsExactly(WarningCriterion.MODIFIED_Z_SCORE);
        assertThat(w.evidence().get(MODIFIED_Z_SCORE).doubleValue()).isCloseTo(3.9894, within(0.00005));
        assertThat(w.evidence().get(MEAN_ABSOLUTE_DEVIATION).doubleValue()).isCloseTo(0.016, within(1e-12));
        assertThat(w.evidence()).doesNotContainKey(MEDIAN_ABSOLUTE_DEVIATION);
    }

    @Test
    void doesNotWarnWhenTheFallbackScoreStaysBelowTheThreshold() {
        // Three changes of +2% and one of +10%: z = 3.1915.
        assertThat(rules.volatility(series(2019, "100", 2020, "102", 2021, "104.04", 2022, "106.1208",
                2023, "116.73288"))).isEmpty();
    }

    @Test
    void doesNotWarnWhenTheScoreEqualsTheThresholdButDoesJustAbove() {
        ObservationSeries s = series(2018, "100", 2019, "102", 2020, "104", 2021, "106", 2022, "108", 2023, "118");
        double score = ModifiedZScore.of(EarlyWarningRules.relativeChanges(s),
                EarlyWarningRules.relativeChanges(s).get(4)).score();

        assertThat(new EarlyWarningRules(EarlyWarningConfig.DEFAULTS.withModifiedZThreshold(score)).volatility(s)).isEmpty();
        assertThat(new EarlyWarningRules(EarlyWarningConfig.DEFAULTS.withModifiedZThreshold(Math.nextDown(score)))
                .volatility(s)).isPresent();
    }

    @Test
    void leavesChangesFromZeroOutOfTheScore() {
        // 0 → 100 has no relative size; the four remaining changes still allow a score.
        ObservationSeries s = series(2017, "0", 2018, "100", 2019, "102", 2020, "104", 2021, "106", 2022, "108", 2023, "118");

        assertThat(EarlyWarningRules.relativeChanges(s)).hasSize(5);
        assertThat(rules.volatility(s).orElseThrow().evidence()).containsEntry(CHANGE_COUNT, 5);
    }

    @Test
    void appliesAConfiguredMinimumNumberOfChanges() {
        EarlyWarningRules eager = new EarlyWarningRules(EarlyWarningConfig.DEFAULTS.withMinChangesForZScore(3));

        assertThat(eager.volatility(series(2020, "100", 2021, "102", 2022, "104", 2023, "114")).orElseThrow().criteria())
                .containsExactly(WarningCriterion.MODIFIED_Z_SCORE);
    }

    @Test
    void computesRelativeChangesBetweenConsecutiveDataPoints() {
        assertThat(EarlyWarningRules.relativeChanges(series(2020, "100", 2021, "110", 2023, "99", 2024, "0", 2025, "3")))
                .containsExactly(0.1, -0.1, -1.0);
    }

    // --- all rules together, configuration -------------------------------------------------------------------

    @Test
    void listsTheMissBeforeTheVolatility() {
        ObservationSeries s = series(2020, "10", 2021, "10.5", 2022, "10.4", 2023, "13");
        List<Warning> warnings = rules.evaluate(calculator.assess(target(AT_MOST, "8", 2025, 2020), s), s);

        assertThat(warnings).extracting(Warning::rule).containsExactly(WarningRule.EXPECTED_TO_MISS, WarningRule.VOLATILE);
        assertThat(warnings.get(0).severity()).isEqualTo(WarningSeverity.HIGH);
        assertThat(warnings.get(0).criteria())
                .containsExactly(WarningCriterion.PROGRESS_STATUS, WarningCriterion.LINEAR_PROJECTION);
    }

    @Test
    void returnsNoWarningsForASteadyIndicatorOnTrack() {
        ObservationSeries s = series(2020, "80", 2021, "82", 2022, "84", 2023, "86");

        assertThat(rules.evaluate(calculator.assess(target(AT_LEAST, "90", 2025, 2020), s), s)).isEmpty();
    }

    @Test
    void defaultsToFifteenPercentAndAZScoreOfThreePointFiveOverFourChanges() {
        assertThat(rules.config()).isEqualTo(new EarlyWarningConfig(0.15, 3.5, 4));
    }

    @Test
    void refusesNonsensicalThresholds() {
        assertThatThrownBy(() -> new EarlyWarningConfig(-0.01, 3.5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyWarningConfig(Double.NaN, 3.5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyWarningConfig(0.15, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyWarningConfig(0.15, Double.POSITIVE_INFINITY, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyWarningConfig(0.15, 3.5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyWarningRules(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesAWarningWithoutCriteriaOrWithAnotherRulesCriterion() {
        assertThatThrownBy(() -> new Warning(WarningRule.VOLATILE, WarningSeverity.LOW, List.of(), Map.of(), "z", "e"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Warning(WarningRule.VOLATILE, WarningSeverity.LOW,
                List.of(WarningCriterion.PROGRESS_STATUS), Map.of(), "z", "e"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheEvidenceUnmodifiable() {
        Warning w = rules.volatility(series(2022, "100", 2023, "130")).orElseThrow();

        assertThatThrownBy(() -> w.evidence().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> w.criteria().add(WarningCriterion.MODIFIED_Z_SCORE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
