package org.childplan.evaluation.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.childplan.evaluation.domain.progress.ProgressTestData.bd;
import static org.childplan.evaluation.domain.progress.ProgressTestData.series;
import static org.childplan.evaluation.domain.progress.ProgressTestData.target;
import static org.childplan.evaluation.domain.progress.TargetType.APPROX;
import static org.childplan.evaluation.domain.progress.TargetType.AT_LEAST;
import static org.childplan.evaluation.domain.progress.TargetType.AT_MOST;
import static org.childplan.evaluation.domain.progress.TargetType.DECREASE;
import static org.childplan.evaluation.domain.progress.TargetType.FULL_COVERAGE;
import static org.childplan.evaluation.domain.progress.TargetType.INCREASE;
import static org.childplan.evaluation.domain.progress.TargetType.MAINTAIN_AT_LEAST;
import static org.childplan.evaluation.domain.progress.TargetType.QUALITATIVE;
import static org.childplan.evaluation.domain.progress.TargetType.REDUCE_FROM_BASELINE_PCT;

import java.math.BigDecimal;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

    /** R and p are checked to 4 decimals. */
    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    private final ProgressCalculator calculator = new ProgressCalculator();

    // --- worked examples -------------------------------------------------------------------------------------

    @Test
    void reportsModerateProgressForUnderFiveMortalityWorkedExample() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "8", 2025, 2020), series(2020, "10", 2023, "9"));

        assertThat(a.ratio()).isCloseTo(0.7907, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.RATIO_THRESHOLDS);
        assertThat(a.targetType()).isEqualTo(AT_MOST);
        assertThat(a.baseYear()).isEqualTo(2020);
        assertThat(a.baseValue()).isEqualByComparingTo("10");
        assertThat(a.currentYear()).isEqualTo(2023);
        assertThat(a.currentValue()).isEqualByComparingTo("9");
        assertThat(a.targetValue()).isEqualByComparingTo("8");
        assertThat(a.targetYear()).isEqualTo(2025);
        assertThat(a.direction()).isEqualTo(-1);
        assertThat(a.observedGrowthRate()).isCloseTo(-0.034511, within(0.0000005));
        assertThat(a.requiredGrowthRate()).isCloseTo(-0.043648, within(0.0000005));
        assertThat(a.projectedValue()).isNull();
        assertThat(a.projectedToMeetTarget()).isNull();
        assertThat(a.approxTolerance()).isNull();
        assertThat(a.dataPoints()).isEqualTo(2);
    }

    @Test
    void reportsSubstantialProgressForCoverageWorkedExample() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "86"));

        assertThat(a.ratio()).isCloseTo(1.0236, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(a.direction()).isEqualTo(1);
        assertThat(a.observedGrowthRate()).isCloseTo(0.024400, within(0.0000005));
        assertThat(a.requiredGrowthRate()).isCloseTo(0.023836, within(0.0000005));
    }

    // --- statuses with a target ------------------------------------------------------------------------------

    @Test
    void reportsLimitedProgressWhenTheRatioIsBelowPointSix() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "81"));

        assertThat(a.ratio()).isCloseTo(0.1741, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    }

    @Test
    void reportsLimitedProgressWhenTheValueDoesNotMove() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "80"));

        assertThat(a.ratio()).isEqualTo(0.0);
        assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    }

    @Test
    void reportsDeteriorationWhenTheValueMovesAwayFromTheTarget() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "8", 2025, 2020), series(2020, "10", 2023, "11"));

        assertThat(a.ratio()).isCloseTo(-0.7396, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void reportsTargetAchievedWhenAnAtLeastTargetIsReachedExactly() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "90.00"));

        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.TARGET_REACHED);
        assertThat(a.ratio()).isNull();
        assertThat(a.observedGrowthRate()).isNotNull();
    }

    @Test
    void doesNotReportAnAtLeastTargetAsAchievedJustBelowIt() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2023, "89.99"));

        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    }

    @Test
    void reportsTargetAchievedWhenAnAtMostTargetIsReachedExactly() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "8", 2025, 2020), series(2020, "10", 2023, "8"));

        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(a.direction()).isEqualTo(-1);
    }

    @Test
    void reportsTargetAchievedWhenAnAtMostTargetIsBeaten() {
        assertThat(calculator.assess(target(AT_MOST, "8", 2025, 2020), series(2020, "10", 2023, "7.5")).status())
                .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(calculator.assess(target(AT_MOST, "8", 2025, 2020), series(2020, "10", 2023, "8.01")).status())
                .isNotEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    @Test
    void reportsTargetAchievedForAMaintainedLevel() {
        ProgressAssessment a = calculator.assess(target(MAINTAIN_AT_LEAST, "95", 2025, 2020), series(2020, "97", 2023, "96"));

        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(a.direction()).isEqualTo(1);
    }

    @Test
    void reportsDeteriorationWhenAMaintainedLevelFallsBelowTheTarget() {
        // The base already exceeded the target, so the required rate points down; |·| keeps R's sign honest.
        ProgressAssessment a = calculator.assess(target(MAINTAIN_AT_LEAST, "95", 2025, 2020), series(2020, "97", 2023, "94"));

        assertThat(a.requiredGrowthRate()).isNegative();
        assertThat(a.ratio()).isCloseTo(-2.5053, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void measuresFullCoverageAgainstOneHundredWhenNoValueIsStated() {
        ProgressAssessment a = calculator.assess(target(FULL_COVERAGE, null, 2025, 2020), series(2020, "90", 2023, "95"));

        assertThat(a.targetValue()).isEqualByComparingTo("100");
        assertThat(a.ratio()).isCloseTo(0.8540, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        assertThat(a.direction()).isEqualTo(1);
    }

    @Test
    void measuresFullCoverageAgainstTheStatedValue() {
        ProgressAssessment a = calculator.assess(target(FULL_COVERAGE, "100", 2025, 2020), series(2020, "90", 2023, "95"));

        assertThat(a.ratio()).isCloseTo(0.8540, FOUR_DECIMALS);
    }

    @Test
    void reportsFullCoverageAchievedAtOneHundred() {
        ProgressAssessment a = calculator.assess(target(FULL_COVERAGE, null, 2025, 2020), series(2020, "90", 2023, "100"));

        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    // --- REDUCE_FROM_BASELINE_PCT ----------------------------------------------------------------------------

    @Test
    void convertsAReductionWithTheStatedBaselineValue() {
        // The plan states 20 for 2020; the observation of 2020 (21) is the base of the growth rates, not of the target.
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "10", 2025, 2020, "20"),
                series(2020, "21", 2023, "19"));

        assertThat(a.targetValue()).isEqualByComparingTo("18");
        assertThat(a.baseValue()).isEqualByComparingTo("21");
        assertThat(a.ratio()).isCloseTo(1.0807, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(a.direction()).isEqualTo(-1);
    }

    @Test
    void convertsAReductionWithTheObservedBaselineValueWhenNoneIsStated() {
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "10", 2025, 2020),
                series(2020, "20", 2023, "19"));

        assertThat(a.targetValue()).isEqualByComparingTo("18");
        assertThat(a.ratio()).isCloseTo(0.8130, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    }

    @Test
    void convertsAReductionWithAFractionalPercentageExactly() {
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "6.5", 2025, 2020, "40"),
                series(2020, "40", 2023, "39"));

        assertThat(a.targetValue()).isEqualByComparingTo("37.4");
    }

    @Test
    void convertsAReductionWithThePlanBaselineYearWhenTheTargetHasNone() {
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "10", 2025, null),
                series(2019, "50", 2020, "20", 2023, "19"), 2020);

        assertThat(a.targetValue()).isEqualByComparingTo("18");
        assertThat(a.baseYear()).isEqualTo(2020);
    }

    @Test
    void keepsTheStatedBaselineValueWhenTheBaselineYearHasNoData() {
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "10", 2025, 2020, "20"),
                series(2021, "21", 2023, "19"));

        assertThat(a.targetValue()).isEqualByComparingTo("18");
        assertThat(a.baseYear()).isEqualTo(2021);
        assertThat(a.ratio()).isCloseTo(1.2911, FOUR_DECIMALS);
    }

    @Test
    void reportsInsufficientDataForAReductionWithoutAnyBaselineValue() {
        // No stated value and no observation in 2020 itself: a later year is not the reference of "以2020年为基数".
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "10", 2025, 2020),
                series(2021, "21", 2023, "19"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.NO_BASELINE_VALUE_FOR_REDUCTION);
        assertThat(a.targetValue()).isNull();
        assertThat(a.baseYear()).isEqualTo(2021);
    }

    @Test
    void reportsInsufficientDataForAReductionWithoutAnyBaselineYear() {
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "10", 2025, null),
                series(2020, "20", 2023, "19"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.NO_BASELINE_VALUE_FOR_REDUCTION);
    }

    @Test
    void reportsTargetAchievedWhenTheReductionIsReached() {
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, "10", 2025, 2020),
                series(2020, "20", 2023, "18.0"));

        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    // --- APPROX ----------------------------------------------------------------------------------------------

    @Test
    void reportsAnApproxTargetAchievedWithinTheToleranceOnEitherSide() {
        Target t = target(APPROX, "50", 2025, 2020);

        ProgressAssessment above = calculator.assess(t, series(2020, "40", 2023, "51.0"));
        ProgressAssessment below = calculator.assess(t, series(2020, "60", 2023, "49"));

        assertThat(above.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(above.basis()).isEqualTo(AssessmentBasis.WITHIN_APPROX_TOLERANCE);
        assertThat(above.approxTolerance()).isEqualByComparingTo("1");
        assertThat(above.direction()).isNull();
        assertThat(below.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    @Test
    void doesNotReportAnApproxTargetAchievedJustOutsideTheTolerance() {
        ProgressAssessment a = calculator.assess(target(APPROX, "50", 2025, 2020), series(2020, "40", 2023, "51.01"));

        assertThat(a.status()).isNotEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.RATIO_THRESHOLDS);
    }

    @Test
    void movesAnApproxTargetUpwardsWhenTheBaseIsBelowIt() {
        ProgressAssessment a = calculator.assess(target(APPROX, "50", 2025, 2020), series(2020, "40", 2023, "45"));

        assertThat(a.direction()).isEqualTo(1);
        assertThat(a.ratio()).isCloseTo(0.8774, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    }

    @Test
    void movesAnApproxTargetDownwardsWhenTheBaseIsAboveIt() {
        ProgressAssessment a = calculator.assess(target(APPROX, "50", 2025, 2020), series(2020, "60", 2023, "55"));

        assertThat(a.direction()).isEqualTo(-1);
        assertThat(a.ratio()).isCloseTo(0.7984, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    }

    @Test
    void reportsDeteriorationWhenAnApproxValueMovesAwayFromTheTarget() {
        ProgressAssessment a = calculator.assess(target(APPROX, "50", 2025, 2020), series(2020, "60", 2023, "65"));

        assertThat(a.ratio()).isCloseTo(-0.7551, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void reportsDeteriorationWhenAnApproxBaseOnTheTargetLeavesTheTolerance() {
        ProgressAssessment a = calculator.assess(target(APPROX, "50", 2025, 2020), series(2020, "50.0", 2023, "48"));

        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.BASE_ALREADY_AT_TARGET);
        assertThat(a.ratio()).isNull();
        assertThat(a.requiredGrowthRate()).isZero();
        assertThat(a.direction()).isNull();
    }

    @Test
    void ratesAnApproxOvershootBeyondTheToleranceAsProgressNotAchievement() {
        // Documented limitation: d stays the one chosen from the base.
        ProgressAssessment a = calculator.assess(target(APPROX, "50", 2025, 2020), series(2020, "60", 2023, "45"));

        assertThat(a.ratio()).isCloseTo(2.5536, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    }

    @Test
    void appliesAConfiguredApproxTolerance() {
        ProgressCalculator wide = new ProgressCalculator(bd("2.5"));

        ProgressAssessment a = wide.assess(target(APPROX, "50", 2025, 2020), series(2020, "40", 2023, "52.5"));
        ProgressAssessment b = wide.assess(target(APPROX, "50", 2025, 2020), series(2020, "40", 2023, "52.6"));

        assertThat(wide.approxTolerance()).isEqualByComparingTo("2.5");
        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(a.approxTolerance()).isEqualByComparingTo("2.5");
        assertThat(b.status()).isNotEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    @Test
    void appliesAZeroApproxToleranceAsExactMatch() {
        ProgressCalculator exact = new ProgressCalculator(BigDecimal.ZERO);

        assertThat(exact.assess(target(APPROX, "50", 2025, 2020), series(2020, "40", 2023, "50.00")).status())
                .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(exact.assess(target(APPROX, "50", 2025, 2020), series(2020, "40", 2023, "50.5")).status())
                .isNotEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    @Test
    void defaultsTheApproxToleranceToOne() {
        assertThat(calculator.approxTolerance()).isEqualByComparingTo("1.0");
        assertThat(ProgressCalculator.DEFAULT_APPROX_TOLERANCE).isEqualByComparingTo("1");
    }

    @Test
    void refusesANegativeApproxTolerance() {
        assertThatThrownBy(() -> new ProgressCalculator(bd("-0.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressCalculator(null)).isInstanceOf(NullPointerException.class);
    }

    // --- INCREASE / DECREASE ---------------------------------------------------------------------------------

    @Test
    void reportsSubstantialProgressForAnIncreaseOfAtLeastOnePointFivePercentAYear() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "100", 2023, "104.6"));

        assertThat(a.ratio()).isCloseTo(0.0151, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.GROWTH_RATE_THRESHOLDS);
        assertThat(a.targetValue()).isNull();
        assertThat(a.requiredGrowthRate()).isNull();
        assertThat(a.direction()).isEqualTo(1);
    }

    @Test
    void reportsModerateProgressForAnIncreaseOfOnePercentAYear() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "100", 2022, "102.01"));

        assertThat(a.ratio()).isCloseTo(0.0100, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    }

    @Test
    void reportsLimitedProgressForAnIncreaseBelowHalfAPercentAYear() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "100", 2023, "100.5"));

        assertThat(a.ratio()).isCloseTo(0.0017, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    }

    @Test
    void reportsDeteriorationWhenAnIncreaseTargetFalls() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "100", 2023, "99"));

        assertThat(a.ratio()).isNegative();
        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void reportsSubstantialProgressForADecreaseThatFalls() {
        ProgressAssessment a = calculator.assess(target(DECREASE, null, 2025, 2020), series(2020, "100", 2022, "95"));

        assertThat(a.ratio()).isCloseTo(0.0253, FOUR_DECIMALS);
        assertThat(a.observedGrowthRate()).isCloseTo(-0.0253, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(a.direction()).isEqualTo(-1);
    }

    @Test
    void reportsDeteriorationWhenADecreaseTargetRises() {
        ProgressAssessment a = calculator.assess(target(DECREASE, null, 2025, 2020), series(2020, "100", 2022, "105"));

        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void assessesAnIncreaseWithoutATargetYear() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, null, 2020), series(2020, "100", 2023, "104.6"));

        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    }

    // --- QUALITATIVE and incomplete targets ------------------------------------------------------------------

    @Test
    void leavesAQualitativeTargetNotAssessedWhateverTheData() {
        ProgressAssessment a = calculator.assess(target(QUALITATIVE, null, null, 2020), series(2020, "1", 2023, "2"));

        assertThat(a.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.QUALITATIVE_TARGET);
        assertThat(a.baseYear()).isNull();
        assertThat(a.currentYear()).isNull();
        assertThat(a.ratio()).isNull();
        assertThat(a.dataPoints()).isZero();
    }

    @Test
    void leavesATargetWithoutItsNumberNotAssessed() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, null, 2025, 2020), series(2020, "80", 2023, "86"));

        assertThat(a.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.TARGET_VALUE_MISSING);
        assertThat(a.currentValue()).isEqualByComparingTo("86");
    }

    @Test
    void leavesAReductionWithoutItsPercentageNotAssessed() {
        ProgressAssessment a = calculator.assess(target(REDUCE_FROM_BASELINE_PCT, null, 2025, 2020, "20"),
                series(2020, "20", 2023, "19"));

        assertThat(a.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.TARGET_VALUE_MISSING);
    }

    @Test
    void leavesATargetWithoutItsYearNotAssessedUnlessAlreadyAchieved() {
        ProgressAssessment pending = calculator.assess(target(AT_LEAST, "90", null, 2020), series(2020, "80", 2023, "86"));
        ProgressAssessment achieved = calculator.assess(target(AT_LEAST, "90", null, 2020), series(2020, "80", 2023, "91"));

        assertThat(pending.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
        assertThat(pending.basis()).isEqualTo(AssessmentBasis.TARGET_YEAR_MISSING);
        assertThat(achieved.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    }

    // --- base year and data sufficiency ----------------------------------------------------------------------

    @Test
    void startsFromTheFirstLaterYearWithDataWhenTheBaselineYearHasNone() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020),
                series(2019, "10", 2021, "80", 2023, "86"));

        assertThat(a.baseYear()).isEqualTo(2021);
        assertThat(a.baseValue()).isEqualByComparingTo("80");
        assertThat(a.dataPoints()).isEqualTo(2);
        assertThat(a.ratio()).isCloseTo(1.2322, FOUR_DECIMALS);
    }

    @Test
    void ignoresDataBeforeTheBaselineYear() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020),
                series(2018, "5", 2019, "99", 2020, "80", 2023, "86"));

        assertThat(a.baseYear()).isEqualTo(2020);
        assertThat(a.ratio()).isCloseTo(1.0236, FOUR_DECIMALS);
    }

    @Test
    void reportsInsufficientDataWhenAllDataPrecedeTheBaselineYear() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2018, "80", 2019, "86"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.NO_DATA_FROM_BASE_YEAR);
        assertThat(a.baseYear()).isNull();
    }

    @Test
    void reportsInsufficientDataForAnEmptySeries() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), ObservationSeries.empty());

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.NO_DATA_FROM_BASE_YEAR);
    }

    @Test
    void reportsInsufficientDataWithASingleYearEvenIfItMeetsTheTarget() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2019, "50", 2023, "95"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.FEWER_THAN_TWO_YEARS);
        assertThat(a.baseYear()).isEqualTo(2023);
        assertThat(a.currentYear()).isEqualTo(2023);
        assertThat(a.targetValue()).isEqualByComparingTo("90");
        assertThat(a.dataPoints()).isEqualTo(1);
    }

    @Test
    void usesThePlanBaselineYearWhenTheTargetHasNone() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, null),
                series(2019, "70", 2020, "80", 2023, "86"), 2020);

        assertThat(a.baseYear()).isEqualTo(2020);
        assertThat(a.ratio()).isCloseTo(1.0236, FOUR_DECIMALS);
    }

    @Test
    void prefersTheTargetsBaselineYearOverThePlans() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020),
                series(2019, "70", 2020, "80", 2023, "86"), 2019);

        assertThat(a.baseYear()).isEqualTo(2020);
    }

    @Test
    void startsFromTheFirstYearWithDataWithoutAnyBaselineYear() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, null), series(2020, "80", 2023, "86"));

        assertThat(a.baseYear()).isEqualTo(2020);
        assertThat(a.ratio()).isCloseTo(1.0236, FOUR_DECIMALS);
    }

    @Test
    void reportsInsufficientDataWhenTheTargetYearIsNotAfterTheBaseYear() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2025, "80", 2026, "86"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.TARGET_YEAR_NOT_AFTER_BASE_YEAR);
        assertThat(a.observedGrowthRate()).isNotNull();
    }

    // --- zero values and signs -------------------------------------------------------------------------------

    @Test
    void takesAZeroTargetAsOneThousandth() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "0", 2025, 2020), series(2020, "10", 2023, "5"));

        assertThat(a.requiredGrowthRate()).isCloseTo(Math.pow(0.001 / 10, 0.2) - 1, within(1e-12));
        assertThat(a.ratio()).isCloseTo(0.2452, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(a.targetValue()).isEqualByComparingTo("0");
    }

    @Test
    void takesAZeroBaseAsOneThousandth() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "10", 2025, 2020), series(2020, "0", 2023, "2"));

        assertThat(a.ratio()).isCloseTo(2.1846, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(a.baseValue()).isEqualByComparingTo("0");
    }

    @Test
    void showsNoChangeForASeriesRestingAtZero() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "0", 2023, "0"));

        assertThat(a.ratio()).isZero();
        assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    }

    @Test
    void reportsTargetAchievedForAZeroTargetReached() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "0", 2025, 2020), series(2020, "3", 2023, "0"));

        assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        assertThat(a.observedGrowthRate()).isCloseTo(Math.pow(0.001 / 3, 1.0 / 3) - 1, within(1e-12));
    }

    @Test
    void flipsTheGrowthRateForANegativeBase() {
        // From −10 to −8 is an increase although |value| fell: s = −1 turns CAGR's sign round.
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "-10", 2022, "-8"));

        assertThat(a.observedGrowthRate()).isNegative();
        assertThat(a.ratio()).isCloseTo(0.1056, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    }

    @Test
    void computesTheRatioWithANegativeBaseAndTarget() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "-5", 2025, 2020), series(2020, "-10", 2023, "-8"));

        assertThat(a.ratio()).isCloseTo(0.5537, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    }

    @Test
    void reportsDeteriorationForANegativeBaseMovingAwayFromTheTarget() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "-5", 2025, 2020), series(2020, "-10", 2023, "-12"));

        assertThat(a.ratio()).isNegative();
        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void takesAZeroLatestValueWithTheSignOfANegativeBase() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "-10", 2022, "0"));

        assertThat(a.ratio()).isCloseTo(0.99, FOUR_DECIMALS);
        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    }

    @Test
    void reportsInsufficientDataWhenTheValueChangesSign() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020), series(2020, "-2", 2023, "3"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.SIGN_CHANGE);
        assertThat(a.ratio()).isNull();
        assertThat(a.observedGrowthRate()).isNull();
    }

    @Test
    void reportsInsufficientDataWhenAZeroBaseIsFollowedByANegativeValue() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "-5", 2025, 2020), series(2020, "0", 2023, "-1"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.SIGN_CHANGE);
    }

    @Test
    void reportsInsufficientDataWhenTheTargetHasTheOtherSignThanTheBase() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "5", 2025, 2020), series(2020, "-10", 2023, "-8"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.TARGET_SIGN_DIFFERS_FROM_BASE);
    }

    // --- required growth rate of zero ------------------------------------------------------------------------

    @Test
    void reportsDeteriorationWhenTheBaseMetTheTargetAndTheValueMovedAway() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "8", 2025, 2020), series(2020, "8", 2023, "9"));

        assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.BASE_ALREADY_AT_TARGET);
        assertThat(a.requiredGrowthRate()).isZero();
        assertThat(a.ratio()).isNull();
    }

    @Test
    void reportsSubstantialProgressWhenTheRequiredGrowthIsZeroAndTheValueMovesTowardsTheTarget() {
        // Target 0 and base 0 both enter as 0.001; 0.0005 is not yet ≤ 0 but is moving the right way.
        ProgressAssessment a = calculator.assess(target(AT_MOST, "0", 2025, 2020), series(2020, "0", 2023, "0.0005"));

        assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(a.basis()).isEqualTo(AssessmentBasis.BASE_ALREADY_AT_TARGET);
        assertThat(a.ratio()).isNull();
    }

    // --- projection ------------------------------------------------------------------------------------------

    @Test
    void projectsTheLeastSquaresLineToTheTargetYear() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "8", 2025, 2020),
                series(2020, "10", 2021, "9.5", 2022, "9.2", 2023, "9"));

        assertThat(a.projectedValue()).isCloseTo(8.27, within(1e-9));
        assertThat(a.projectedToMeetTarget()).isFalse();
        assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        assertThat(a.dataPoints()).isEqualTo(4);
    }

    @Test
    void projectsOnlyFromTheBaseYearOn() {
        ProgressAssessment a = calculator.assess(target(AT_MOST, "8", 2025, 2020),
                series(2015, "100", 2020, "10", 2021, "9.5", 2022, "9.2", 2023, "9"));

        assertThat(a.projectedValue()).isCloseTo(8.27, within(1e-9));
    }

    @Test
    void projectsWithThreeYearsButNotWithTwo() {
        ProgressAssessment three = calculator.assess(target(AT_LEAST, "90", 2025, 2020),
                series(2020, "80", 2021, "84", 2022, "88"));
        ProgressAssessment two = calculator.assess(target(AT_LEAST, "90", 2025, 2020), series(2020, "80", 2022, "88"));

        assertThat(three.projectedValue()).isCloseTo(100.0, within(1e-9));
        assertThat(three.projectedToMeetTarget()).isTrue();
        assertThat(two.projectedValue()).isNull();
        assertThat(two.projectedToMeetTarget()).isNull();
    }

    @Test
    void countsAProjectionExactlyOnTheTargetAsMeetingIt() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", 2025, 2021),
                series(2021, "86", 2022, "87", 2023, "88"));

        assertThat(a.projectedValue()).isEqualTo(90.0);
        assertThat(a.projectedToMeetTarget()).isTrue();
    }

    @Test
    void judgesAnApproxProjectionByTheTolerance() {
        ProgressAssessment near = calculator.assess(target(APPROX, "50", 2025, 2020),
                series(2020, "44", 2021, "45", 2022, "46"));
        ProgressAssessment far = calculator.assess(target(APPROX, "50", 2025, 2020),
                series(2020, "40", 2021, "41", 2022, "42"));

        assertThat(near.projectedValue()).isCloseTo(49.0, within(1e-9));
        assertThat(near.projectedToMeetTarget()).isTrue();
        assertThat(far.projectedValue()).isCloseTo(45.0, within(1e-9));
        assertThat(far.projectedToMeetTarget()).isFalse();
    }

    @Test
    void projectsAnIncreaseWithoutJudgingIt() {
        ProgressAssessment a = calculator.assess(target(INCREASE, null, 2025, 2020),
                series(2020, "10", 2021, "11", 2022, "12"));

        assertThat(a.projectedValue()).isCloseTo(15.0, within(1e-9));
        assertThat(a.projectedToMeetTarget()).isNull();
    }

    @Test
    void projectsEvenWhenTheSeriesChangesSign() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "3", 2025, 2020),
                series(2020, "-1", 2021, "0", 2022, "1"));

        assertThat(a.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(a.projectedValue()).isCloseTo(4.0, within(1e-9));
        assertThat(a.projectedToMeetTarget()).isTrue();
    }

    @Test
    void doesNotProjectWithoutATargetYear() {
        ProgressAssessment a = calculator.assess(target(AT_LEAST, "90", null, 2020),
                series(2020, "80", 2021, "84", 2022, "88"));

        assertThat(a.projectedValue()).isNull();
    }

    // --- building blocks -------------------------------------------------------------------------------------

    @Test
    void computesTheCompoundAnnualGrowthRate() {
        assertThat(ProgressCalculator.cagr(121, 100, 2022, 2020)).isCloseTo(0.1, within(1e-12));
        assertThat(ProgressCalculator.cagr(9, 10, 2023, 2020)).isCloseTo(-0.034511, within(0.0000005));
        assertThat(ProgressCalculator.cagr(0, 10, 2023, 2020)).isEqualTo(-1.0);
        assertThat(ProgressCalculator.cagr(-8, -10, 2021, 2020)).isCloseTo(-0.2, within(1e-12));
    }

    @Test
    void refusesAGrowthRateWithinOneYearOrAcrossZero() {
        assertThatThrownBy(() -> ProgressCalculator.cagr(2, 1, 2020, 2020)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressCalculator.cagr(-2, 1, 2021, 2020)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressCalculator.cagr(2, 0, 2021, 2020)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classifiesTheRatioAtItsThresholds() {
        assertThat(ProgressCalculator.classifyRatio(3.0)).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(ProgressCalculator.classifyRatio(0.95)).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(ProgressCalculator.classifyRatio(Math.nextDown(0.95))).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        assertThat(ProgressCalculator.classifyRatio(0.6)).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        assertThat(ProgressCalculator.classifyRatio(Math.nextDown(0.6))).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(ProgressCalculator.classifyRatio(0.0)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(ProgressCalculator.classifyRatio(-0.0)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(ProgressCalculator.classifyRatio(-Double.MIN_VALUE)).isEqualTo(ProgressStatus.DETERIORATION);
        assertThatThrownBy(() -> ProgressCalculator.classifyRatio(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classifiesTheGrowthRateAtItsThresholds() {
        assertThat(ProgressCalculator.classifyGrowthRate(0.015)).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
        assertThat(ProgressCalculator.classifyGrowthRate(Math.nextDown(0.015))).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        assertThat(ProgressCalculator.classifyGrowthRate(0.005)).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        assertThat(ProgressCalculator.classifyGrowthRate(Math.nextDown(0.005))).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(ProgressCalculator.classifyGrowthRate(0.0)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(ProgressCalculator.classifyGrowthRate(-1e-9)).isEqualTo(ProgressStatus.DETERIORATION);
    }

    @Test
    void exposesTheEffectiveTargetValueOfEachType() {
        ObservationSeries data = series(2020, "20", 2023, "19");

        assertThat(ProgressCalculator.effectiveTargetValue(target(AT_LEAST, "90", 2025, 2020), data, null))
                .isEqualByComparingTo("90");
        assertThat(ProgressCalculator.effectiveTargetValue(target(FULL_COVERAGE, null, 2025, 2020), data, null))
                .isEqualByComparingTo("100");
        assertThat(ProgressCalculator.effectiveTargetValue(target(REDUCE_FROM_BASELINE_PCT, "25", 2025, null), data, 2020))
                .isEqualByComparingTo("15");
        assertThat(ProgressCalculator.effectiveTargetValue(target(REDUCE_FROM_BASELINE_PCT, "25", 2025, null), data, null))
                .isNull();
        assertThat(ProgressCalculator.effectiveTargetValue(target(INCREASE, null, 2025, 2020), data, null)).isNull();
        assertThat(ProgressCalculator.effectiveTargetValue(target(QUALITATIVE, null, null, null), data, null)).isNull();
        assertThat(ProgressCalculator.effectiveTargetValue(target(AT_MOST, null, 2025, 2020), data, null)).isNull();
    }

    @Test
    void refusesMissingInputs() {
        assertThatThrownBy(() -> calculator.assess(null, ObservationSeries.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> calculator.assess(target(AT_LEAST, "1", 2025, 2020), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Target(null, null, null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
