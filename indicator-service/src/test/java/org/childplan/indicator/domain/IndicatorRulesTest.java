package org.childplan.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.childplan.platform.error.FieldError;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {

    private static IndicatorDefinition definition(Unit unit, TargetType type, String target, Integer targetYear,
                                                  Integer baselineYear, String baselineValue) {
        ReportingFrequency frequency = type == TargetType.QUALITATIVE ? ReportingFrequency.AT_EVALUATION : ReportingFrequency.ANNUAL;
        return definition(unit, type, target, targetYear, baselineYear, baselineValue, frequency);
    }

    private static IndicatorDefinition definition(Unit unit, TargetType type, String target, Integer targetYear,
                                                  Integer baselineYear, String baselineValue, ReportingFrequency frequency) {
        return new IndicatorDefinition("指标", "Indicator", unit, type, target == null ? null : new BigDecimal(target),
                targetYear, baselineYear, baselineValue == null ? null : new BigDecimal(baselineValue),
                List.of(Dimension.SEX), "市统计局", frequency, null, null);
    }

    private static List<String> fields(IndicatorDefinition d) {
        return IndicatorRules.check(d, 2021, 2025).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsAPercentageTargetWithinRange() {
        assertThat(fields(definition(Unit.PERCENT, TargetType.AT_LEAST, "90", 2025, null, null))).isEmpty();
    }

    @Test
    void rejectsAPercentageTargetAbove100() {
        assertThat(fields(definition(Unit.PERCENT, TargetType.AT_LEAST, "100.5", 2025, null, null))).containsExactly("targetValue");
    }

    @Test
    void rejectsANegativeRate() {
        assertThat(fields(definition(Unit.PER_MILLE, TargetType.AT_MOST, "-1", 2025, null, null))).containsExactly("targetValue");
    }

    @Test
    void rejectsAFractionalCount() {
        assertThat(fields(definition(Unit.COUNT, TargetType.AT_LEAST, "2.5", 2025, null, null))).containsExactly("targetValue");
        assertThat(fields(definition(Unit.COUNT, TargetType.AT_LEAST, "3.00", 2025, null, null))).isEmpty();
    }

    @Test
    void requiresABaselineYearForAReductionFromBaseline() {
        assertThat(fields(definition(Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "20", 2025, null, null)))
                .containsExactly("baselineYear");
        assertThat(fields(definition(Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "20", 2025, 2020, null))).isEmpty();
    }

    @Test
    void readsTheReductionAsAPercentageOfTheBaseline() {
        assertThat(fields(definition(Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "0", 2025, 2020, null)))
                .containsExactly("targetValue");
        assertThat(fields(definition(Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "150", 2025, 2020, null)))
                .containsExactly("targetValue");
    }

    @Test
    void fullCoverageMeansOneHundredPercent() {
        assertThat(fields(definition(Unit.PERCENT, TargetType.FULL_COVERAGE, "100", 2025, null, null))).isEmpty();
        assertThat(fields(definition(Unit.PERCENT, TargetType.FULL_COVERAGE, "95", 2025, null, null))).containsExactly("targetValue");
        assertThat(fields(definition(Unit.COUNT, TargetType.FULL_COVERAGE, "100", 2025, null, null))).containsExactly("targetValue");
    }

    @Test
    void directionalTargetsHaveNoTargetValue() {
        assertThat(fields(definition(Unit.PERCENT, TargetType.DECREASE, null, 2025, null, null))).isEmpty();
        assertThat(fields(definition(Unit.PERCENT, TargetType.INCREASE, "50", 2025, null, null))).containsExactly("targetValue");
    }

    @Test
    void measurableTargetsNeedAValueAUnitAndAYear() {
        assertThat(fields(definition(null, TargetType.AT_LEAST, null, null, null, null)))
                .containsExactlyInAnyOrder("unit", "targetValue", "targetYear");
    }

    @Test
    void qualitativeIndicatorsCarryNoTarget() {
        assertThat(fields(definition(null, TargetType.QUALITATIVE, null, null, null, null))).isEmpty();
        assertThat(fields(definition(Unit.PERCENT, TargetType.QUALITATIVE, "90", 2025, null, null)))
                .containsExactlyInAnyOrder("unit", "targetValue", "targetYear");
    }

    @Test
    void qualitativeIndicatorsAreRatedAtEvaluationOnly() {
        List<FieldError> errors = IndicatorRules.check(
                definition(null, TargetType.QUALITATIVE, null, null, null, null, ReportingFrequency.ANNUAL), 2021, 2025);
        assertThat(errors).extracting(FieldError::field).containsExactly("reportingFrequency");
        assertThat(errors.get(0).message()).contains("AT_EVALUATION").contains("ANNUAL");
        assertThat(errors.get(0).messageZh()).contains("定性指标").contains("AT_EVALUATION");
        assertThat(fields(definition(null, TargetType.QUALITATIVE, null, null, null, null, ReportingFrequency.AT_EVALUATION)))
                .isEmpty();
    }

    @Test
    void targetYearMustLieInThePlanPeriod() {
        assertThat(fields(definition(Unit.PERCENT, TargetType.AT_LEAST, "90", 2030, null, null))).containsExactly("targetYear");
    }

    @Test
    void baselineMustPrecedeTheTarget() {
        assertThat(fields(definition(Unit.PERCENT, TargetType.AT_LEAST, "90", 2025, 2025, null))).containsExactly("baselineYear");
        assertThat(fields(definition(Unit.PERCENT, TargetType.AT_LEAST, "90", 2025, null, "80"))).containsExactly("baselineYear");
    }

    @Test
    void everyErrorIsExplainedInBothLanguages() {
        assertThat(IndicatorRules.check(definition(null, TargetType.AT_LEAST, null, null, null, null), 2021, 2025))
                .allSatisfy(e -> {
                    assertThat(e.message()).isNotBlank();
                    assertThat(e.messageZh()).isNotBlank();
                });
    }

    @Test
    void derivesDirectionFromTargetType() {
        assertThat(TargetType.AT_LEAST.direction()).isEqualTo(Direction.INCREASE);
        assertThat(TargetType.FULL_COVERAGE.direction()).isEqualTo(Direction.INCREASE);
        assertThat(TargetType.MAINTAIN_AT_LEAST.direction()).isEqualTo(Direction.INCREASE);
        assertThat(TargetType.INCREASE.direction()).isEqualTo(Direction.INCREASE);
        assertThat(TargetType.AT_MOST.direction()).isEqualTo(Direction.DECREASE);
        assertThat(TargetType.REDUCE_FROM_BASELINE_PCT.direction()).isEqualTo(Direction.DECREASE);
        assertThat(TargetType.DECREASE.direction()).isEqualTo(Direction.DECREASE);
        assertThat(TargetType.APPROX.direction()).isEqualTo(Direction.NONE);
        assertThat(TargetType.QUALITATIVE.direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void comparesDefinitionsByValueNotScale() {
        var a = definition(Unit.PERCENT, TargetType.AT_LEAST, "90", 2025, null, null);
        var b = definition(Unit.PERCENT, TargetType.AT_LEAST, "90.00", 2025, null, null);
        var c = definition(Unit.PERCENT, TargetType.AT_LEAST, "91", 2025, null, null);
        assertThat(a.sameAs(b)).isTrue();
        assertThat(a.sameAs(c)).isFalse();
    }
}
