package org.childplan.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.progress.TargetType;
import org.junit.jupiter.api.Test;

class WritingTest {

    static final UnitWriting PERCENT = new UnitWriting("PERCENT", "%", 1, "%", "个百分点");
    static final UnitWriting PER_MILLE = new UnitWriting("PER_MILLE", "‰", 1, "‰", "个千分点");
    static final UnitWriting PER_100K = new UnitWriting("PER_100K", "1/10万", 1, "/10万", "个十万分点");

    @Test
    void writesTargetsAsThePlanDoes() {
        assertThat(TargetWriting.zh(TargetType.AT_MOST, new BigDecimal("3.00"), 2020, PER_MILLE)).isEqualTo("≤3‰");
        assertThat(TargetWriting.zh(TargetType.AT_LEAST, new BigDecimal("95"), 2020, PERCENT)).isEqualTo("≥95%");
        assertThat(TargetWriting.zh(TargetType.REDUCE_FROM_BASELINE_PCT, new BigDecimal("20"), 2020, PER_100K))
                .isEqualTo("下降20%（较2020年）");
        assertThat(TargetWriting.zh(TargetType.APPROX, new BigDecimal("98"), 2020, PERCENT)).isEqualTo("约98%");
        assertThat(TargetWriting.zh(TargetType.FULL_COVERAGE, null, 2020, PERCENT)).isEqualTo("全覆盖");
        assertThat(TargetWriting.zh(TargetType.MAINTAIN_AT_LEAST, new BigDecimal("98"), 2020, PERCENT)).isEqualTo("保持在98%以上");
        assertThat(TargetWriting.zh(TargetType.DECREASE, null, 2020, PERCENT)).isEqualTo("逐步降低");
        assertThat(TargetWriting.en(TargetType.AT_MOST, new BigDecimal("3"), 2020, PER_MILLE)).isEqualTo("at most 3‰");
        assertThat(TargetWriting.en(TargetType.REDUCE_FROM_BASELINE_PCT, new BigDecimal("20"), 2020, PER_100K))
                .isEqualTo("20% below 2020");
    }

    @Test
    void writesValuesAndChangesWithTheUnitsPrecision() {
        assertThat(PER_MILLE.value(new BigDecimal("3.14"))).isEqualTo("3.1‰");
        assertThat(PERCENT.value(new BigDecimal("86"))).isEqualTo("86.0%");
        assertThat(PERCENT.change(new BigDecimal("-1.94"))).isEqualTo("1.9个百分点");
        assertThat(PER_100K.value(new BigDecimal("16.15"))).isEqualTo("16.2/10万");
        assertThat(PERCENT.round(91.17999999999998)).isEqualByComparingTo("91.2");
        assertThat(PERCENT.excelFormat()).isEqualTo("0.0");
    }

    @Test
    void aUnitFromASnapshotWithoutWritingFallsBackToPlainNumbers() {
        var old = new CatalogueSnapshot.UnitInfo("PERCENT", "%", BigDecimal.ZERO, null, false, null, null, null, null);
        assertThat(UnitWriting.of(old).value(new BigDecimal("86.25"))).isEqualTo("86.25");
        assertThat(UnitWriting.of(null)).isEqualTo(UnitWriting.PLAIN);
    }

    @Test
    void writesAReductionAsThePlanStatesItAndAsACeilingWhereOnlyTheLevelIsKnown() {
        var row = new EvaluationReport.IndicatorRow("SAFETY", "SAFETY-2a", "SAFETY-2", "儿童伤害死亡率", null,
                org.childplan.evaluation.domain.Vocabulary.Unit.PER_100K, null, "REDUCE_FROM_BASELINE_PCT", null, null, 2020,
                new BigDecimal("16.8"), java.util.List.of(), 2023, new BigDecimal("14.2"), new BigDecimal("13.44"), 2025,
                "SUBSTANTIAL_PROGRESS", null, 0.97, 12.6);
        var stated = new CatalogueSnapshot.IndicatorInfo("SAFETY-2a", "SAFETY", 2, null, "儿童伤害死亡率", null, "PER_100K",
                TargetType.REDUCE_FROM_BASELINE_PCT, new BigDecimal("20"), 2025, 2020, null, java.util.Set.of(), "ANNUAL", 1);
        assertThat(row.written(PER_100K, stated).targetZh()).isEqualTo("下降20%（较2020年）");
        // a report sealed before targets were written keeps only the level the reduction works out to
        assertThat(row.written(PER_100K, null).targetZh()).isEqualTo("≤13.44/10万");
        assertThat(row.written(PER_100K, stated).statusZh()).isEqualTo("进展良好");
    }
}
