package org.childplan.evaluation.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.childplan.evaluation.domain.progress.ProgressTestData.bd;
import static org.childplan.evaluation.domain.progress.ProgressTestData.series;

import org.junit.jupiter.api.Test;

class EquityGapCalculatorTest {

    private final EquityGapCalculator calculator = new EquityGapCalculator();

    @Test
    void computesTheGapAndRatioForEachCommonYear() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "95", 2023, "96"), series(2020, "85", 2023, "92"));

        assertThat(a.years()).hasSize(2);
        EquityGapYear first = a.years().get(0);
        assertThat(first.year()).isEqualTo(2020);
        assertThat(first.valueA()).isEqualByComparingTo("95");
        assertThat(first.valueB()).isEqualByComparingTo("85");
        assertThat(first.gap()).isEqualByComparingTo("10");
        assertThat(first.absoluteGap()).isEqualByComparingTo("10");
        assertThat(first.ratio()).isCloseTo(95.0 / 85.0, within(1e-12));
        assertThat(a.years().get(1).gap()).isEqualByComparingTo("4");
    }

    @Test
    void reportsANarrowingUrbanRuralGap() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "95", 2023, "96"), series(2020, "85", 2023, "92"));

        assertThat(a.trend()).isEqualTo(GapTrend.NARROWING);
        assertThat(a.earliestYear()).isEqualTo(2020);
        assertThat(a.latestYear()).isEqualTo(2023);
        assertThat(a.earliestAbsoluteGap()).isEqualByComparingTo("10");
        assertThat(a.latestAbsoluteGap()).isEqualByComparingTo("4");
        assertThat(a.absoluteGapChange()).isEqualByComparingTo("-6");
        assertThat(a.gapReversed()).isFalse();
    }

    @Test
    void reportsAWideningGapBetweenBoysAndGirls() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "8.0", 2021, "8.4", 2022, "8.9"),
                series(2020, "7.5", 2021, "7.6", 2022, "7.7"));

        assertThat(a.trend()).isEqualTo(GapTrend.WIDENING);
        assertThat(a.absoluteGapChange()).isEqualByComparingTo("0.7");
    }

    @Test
    void reportsAStableGapWithinEpsilonIncludingTheBoundary() {
        EquityGapAnalysis exact = calculator.analyse(series(2020, "90", 2023, "92.1"), series(2020, "80", 2023, "82"));
        EquityGapAnalysis within = calculator.analyse(series(2020, "90", 2023, "91.95"), series(2020, "80", 2023, "82"));

        assertThat(exact.absoluteGapChange()).isEqualByComparingTo("0.1");
        assertThat(exact.trend()).isEqualTo(GapTrend.STABLE);
        assertThat(within.trend()).isEqualTo(GapTrend.STABLE);
    }

    @Test
    void reportsATrendJustBeyondEpsilon() {
        assertThat(calculator.analyse(series(2020, "90", 2023, "92.11"), series(2020, "80", 2023, "82")).trend())
                .isEqualTo(GapTrend.WIDENING);
        assertThat(calculator.analyse(series(2020, "90", 2023, "91.89"), series(2020, "80", 2023, "82")).trend())
                .isEqualTo(GapTrend.NARROWING);
    }

    @Test
    void appliesAConfiguredEpsilon() {
        EquityGapCalculator tolerant = new EquityGapCalculator(bd("1"));

        assertThat(tolerant.epsilon()).isEqualByComparingTo("1");
        assertThat(tolerant.analyse(series(2020, "90", 2023, "91"), series(2020, "80", 2023, "80")).trend())
                .isEqualTo(GapTrend.STABLE);
        assertThat(new EquityGapCalculator(bd("0")).analyse(series(2020, "90", 2023, "90.01"),
                series(2020, "80", 2023, "80")).trend()).isEqualTo(GapTrend.WIDENING);
    }

    @Test
    void defaultsEpsilonToOneTenth() {
        assertThat(calculator.epsilon()).isEqualByComparingTo("0.1");
    }

    @Test
    void comparesOnlyTheYearsBothGroupsHave() {
        EquityGapAnalysis a = calculator.analyse(series(2019, "50", 2020, "95", 2022, "97", 2023, "96"),
                series(2020, "85", 2021, "88", 2023, "92", 2024, "99"));

        assertThat(a.years()).extracting(EquityGapYear::year).containsExactly(2020, 2023);
        assertThat(a.trend()).isEqualTo(GapTrend.NARROWING);
    }

    @Test
    void comparesAbsoluteGapsWhenTheGapChangesSides() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "90", 2023, "88"), series(2020, "85", 2023, "91"));

        assertThat(a.years().get(1).gap()).isEqualByComparingTo("-3");
        assertThat(a.trend()).isEqualTo(GapTrend.NARROWING);
        assertThat(a.gapReversed()).isTrue();
    }

    @Test
    void reportsANarrowingGapWhenTheSecondGroupIsAhead() {
        // Girls ahead of boys by 10, then by 4: the signed gap rises from −10 to −4, the distance shrinks.
        EquityGapAnalysis a = calculator.analyse(series(2020, "80", 2023, "88"), series(2020, "90", 2023, "92"));

        assertThat(a.absoluteGapChange()).isEqualByComparingTo("-6");
        assertThat(a.trend()).isEqualTo(GapTrend.NARROWING);
        assertThat(a.gapReversed()).isFalse();
    }

    @Test
    void reportsAWideningGapWhenTheGapChangesSidesAndGrows() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "90", 2023, "85"), series(2020, "88", 2023, "90"));

        assertThat(a.years().get(1).gap()).isEqualByComparingTo("-5");
        assertThat(a.trend()).isEqualTo(GapTrend.WIDENING);
        assertThat(a.gapReversed()).isTrue();
    }

    @Test
    void leavesTheRatioOutWhenTheSecondGroupIsZero() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "3", 2023, "1"), series(2020, "0", 2023, "0.5"));

        assertThat(a.years().get(0).ratio()).isNull();
        assertThat(a.years().get(1).ratio()).isEqualTo(2.0);
        assertThat(a.trend()).isEqualTo(GapTrend.NARROWING);
    }

    @Test
    void reportsTheLeastSquaresSlopeOfTheAbsoluteGapFromThreeYears() {
        // |gap| 10, 2, 9: the end points say narrowing by 1, the path is shown by the slope (−0.5 per year).
        EquityGapAnalysis a = calculator.analyse(series(2020, "90", 2021, "90", 2022, "90"),
                series(2020, "80", 2021, "88", 2022, "81"));

        assertThat(a.trend()).isEqualTo(GapTrend.NARROWING);
        assertThat(a.absoluteGapSlope()).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void reportsNoSlopeWithTwoYears() {
        assertThat(calculator.analyse(series(2020, "90", 2023, "91"), series(2020, "80", 2023, "82")).absoluteGapSlope())
                .isNull();
    }

    @Test
    void reportsInsufficientDataWithOneCommonYear() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "90", 2021, "91"), series(2021, "80", 2022, "82"));

        assertThat(a.trend()).isEqualTo(GapTrend.INSUFFICIENT_DATA);
        assertThat(a.years()).hasSize(1);
        assertThat(a.earliestYear()).isEqualTo(2021);
        assertThat(a.latestYear()).isEqualTo(2021);
        assertThat(a.latestAbsoluteGap()).isEqualByComparingTo("11");
        assertThat(a.absoluteGapChange()).isNull();
    }

    @Test
    void reportsInsufficientDataWithoutCommonYears() {
        EquityGapAnalysis a = calculator.analyse(series(2020, "90"), series(2021, "80"));

        assertThat(a.trend()).isEqualTo(GapTrend.INSUFFICIENT_DATA);
        assertThat(a.years()).isEmpty();
        assertThat(a.earliestYear()).isNull();
        assertThat(a.earliestAbsoluteGap()).isNull();
        assertThat(calculator.analyse(ObservationSeries.empty(), ObservationSeries.empty()).trend())
                .isEqualTo(GapTrend.INSUFFICIENT_DATA);
    }

    @Test
    void refusesANegativeEpsilon() {
        assertThatThrownBy(() -> new EquityGapCalculator(bd("-0.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.analyse(null, ObservationSeries.empty())).isInstanceOf(NullPointerException.class);
    }
}
