package org.childplan.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.evaluation.report.WritingTest.PERCENT;
import static org.childplan.evaluation.report.WritingTest.PER_100K;
import static org.childplan.evaluation.report.WritingTest.PER_MILLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.evaluation.domain.progress.ObservationSeries;
import org.childplan.evaluation.domain.progress.ProgressAssessment;
import org.childplan.evaluation.domain.progress.ProgressCalculator;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.progress.Target;
import org.childplan.evaluation.domain.progress.TargetType;
import org.childplan.evaluation.report.EvaluationReport.DomainNarrative;
import org.childplan.evaluation.report.EvaluationReport.DomainSummary;
import org.childplan.evaluation.report.EvaluationReport.GapRow;
import org.childplan.evaluation.report.EvaluationReport.IndicatorRow;
import org.childplan.evaluation.report.EvaluationReport.WarningRow;
import org.childplan.evaluation.report.EvaluationReport.YearValue;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    private static final List<UnitWriting> UNITS = List.of(PERCENT, PER_MILLE, PER_100K);
    private static final CatalogueSnapshot.DomainInfo HEALTH = new CatalogueSnapshot.DomainInfo("HEALTH", 1, "儿童与健康",
            "Health");
    private static final CatalogueSnapshot.DomainInfo SAFETY = new CatalogueSnapshot.DomainInfo("SAFETY", 2, "儿童与安全",
            "Safety");
    private static final CatalogueSnapshot.DomainInfo FAMILY = new CatalogueSnapshot.DomainInfo("FAMILY", 3, "儿童与家庭",
            "Family");

    // ---- one sentence per key indicator, by target type

    @Test
    void writesAnAchievedCeilingWithTheChangesSinceTheBaselineAndTheYearBefore() {
        IndicatorRow row = row("HEALTH-1a", "新生儿死亡率", Vocabulary.Unit.PER_MILLE, TargetType.AT_MOST, "3",
                ProgressStatus.TARGET_ACHIEVED, 2020, "4.0", "2021:3.6", "2022:3.4", "2023:2.9");

        assertThat(sentence(row)).isEqualTo(
                "新生儿死亡率为2.9‰（2023年），比2020年下降1.1个千分点，比上年下降0.5个千分点，已实现≤3‰的目标。");
    }

    @Test
    void writesTheDistanceToAFloorNotYetReachedWithTheStatusOfTheTables() {
        IndicatorRow row = row("HEALTH-2a", "3岁以下儿童系统管理率", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "95",
                ProgressStatus.SUBSTANTIAL_PROGRESS, 2020, "91.7", "2021:92.5", "2022:93.4", "2023:93.8");

        assertThat(sentence(row)).isEqualTo("3岁以下儿童系统管理率为93.8%（2023年），比2020年提高2.1个百分点，比上年提高0.4个百分点，"
                + "距≥95%的目标还差1.2个百分点，评估为“进展良好”。");
    }

    @Test
    void writesAPercentageReductionAsTheReductionAchievedSoFarAgainstTheOneThePlanAsksFor() {
        // the row carries the level the reduction works out to (20.0 × 0.8 = 16.0); the catalogue the 20% the plan states
        IndicatorRow row = row("SAFETY-1a", "儿童伤害死亡率", Vocabulary.Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "16.0",
                ProgressStatus.MODERATE_PROGRESS, 2020, "20.0", "2022:18.3", "2023:17.5");
        CatalogueSnapshot catalogue = catalogue(reduction("SAFETY-1a", "20", 2020, "20.0"));

        assertThat(Narrative.indicatorSentence(row, PER_100K, catalogue)).isEqualTo(
                "儿童伤害死亡率为17.5/10万（2023年），比2020年下降2.5个十万分点，比上年下降0.8个十万分点，较2020年下降12.5%，"
                        + "距下降20%的目标还差7.5个百分点，评估为“需加快进度”。");
    }

    @Test
    void writesAnAchievedReductionFromTheStatedBaselineValue() {
        // the stated baseline (20.0) is what the calculator reduced, not the first observation (19.0)
        IndicatorRow row = row("SAFETY-1a", "儿童伤害死亡率", Vocabulary.Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "16.0",
                ProgressStatus.TARGET_ACHIEVED, 2020, "19.0", "2022:16.4", "2023:15.0");
        CatalogueSnapshot catalogue = catalogue(reduction("SAFETY-1a", "20", 2020, "20.0"));

        assertThat(Narrative.indicatorSentence(row, PER_100K, catalogue)).isEqualTo(
                "儿童伤害死亡率为15.0/10万（2023年），比2020年下降4.0个十万分点，比上年下降1.4个十万分点，较2020年下降25.0%，"
                        + "已实现下降20%的目标。");
    }

    @Test
    void writesARiseAgainstAReductionTargetAsARise() {
        IndicatorRow row = row("SAFETY-1a", "儿童伤害死亡率", Vocabulary.Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "16.0",
                ProgressStatus.DETERIORATION, 2020, "20.0", "2023:21.0");
        CatalogueSnapshot catalogue = catalogue(reduction("SAFETY-1a", "20", 2020, null));

        assertThat(Narrative.indicatorSentence(row, PER_100K, catalogue)).isEqualTo(
                "儿童伤害死亡率为21.0/10万（2023年），比2020年提高1.0个十万分点，较2020年上升5.0%，"
                        + "距下降20%的目标还差25.0个百分点，评估为“出现倒退”。");
    }

    @Test
    void writesAReductionWithoutThePlansStatementAsTheCeilingItWorksOutTo() {
        IndicatorRow row = row("SAFETY-1a", "儿童伤害死亡率", Vocabulary.Unit.PER_100K, TargetType.REDUCE_FROM_BASELINE_PCT, "16.0",
                ProgressStatus.MODERATE_PROGRESS, 2020, "20.0", "2022:18.3", "2023:17.5");

        assertThat(Narrative.indicatorSentence(row, PER_100K, catalogue())).isEqualTo(
                "儿童伤害死亡率为17.5/10万（2023年），比2020年下降2.5个十万分点，比上年下降0.8个十万分点，"
                        + "距≤16/10万的目标还差1.5个十万分点，评估为“需加快进度”。");
    }

    @Test
    void writesHowFarAnApproximateTargetIsOnEitherSide() {
        IndicatorRow missed = row("HEALTH-5a", "住院分娩率", Vocabulary.Unit.PERCENT, TargetType.APPROX, "98",
                ProgressStatus.LIMITED_PROGRESS, 2020, "94.0", "2022:95.1", "2023:95.5");
        IndicatorRow met = row("HEALTH-5a", "住院分娩率", Vocabulary.Unit.PERCENT, TargetType.APPROX, "98",
                ProgressStatus.TARGET_ACHIEVED, 2020, "96.0", "2022:97.1", "2023:98.6");

        assertThat(sentence(missed)).isEqualTo("住院分娩率为95.5%（2023年），比2020年提高1.5个百分点，比上年提高0.4个百分点，"
                + "与约98%的目标相差2.5个百分点，评估为“进展有限”。");
        assertThat(sentence(met)).isEqualTo("住院分娩率为98.6%（2023年），比2020年提高2.6个百分点，比上年提高1.5个百分点，"
                + "已实现约98%的目标。");
    }

    @Test
    void writesFullCoverageAsAHundredPercent() {
        IndicatorRow row = row("HEALTH-6a", "儿童基本医疗保险参保率", Vocabulary.Unit.PERCENT, TargetType.FULL_COVERAGE, "100",
                ProgressStatus.MODERATE_PROGRESS, 2020, "95.0", "2022:96.6", "2023:97.0");

        assertThat(sentence(row)).isEqualTo("儿童基本医疗保险参保率为97.0%（2023年），比2020年提高2.0个百分点，比上年提高0.4个百分点，"
                + "距全覆盖的目标还差3.0个百分点，评估为“需加快进度”。");
    }

    @Test
    void writesALevelToMaintainAsThePlanStatesIt() {
        IndicatorRow row = row("HEALTH-7a", "适龄儿童免疫规划疫苗接种率", Vocabulary.Unit.PERCENT, TargetType.MAINTAIN_AT_LEAST, "98",
                ProgressStatus.TARGET_ACHIEVED, 2020, "99.1", "2022:99.3", "2023:99.3");

        assertThat(sentence(row)).isEqualTo("适龄儿童免疫规划疫苗接种率为99.3%（2023年），比2020年提高0.2个百分点，与上年持平，"
                + "已实现保持在98%以上的目标。");
    }

    @Test
    void writesADirectionWithoutANumberAsTheDirectionAndTheStatus() {
        IndicatorRow up = row("HEALTH-8a", "儿童体质健康达标率", Vocabulary.Unit.PERCENT, TargetType.INCREASE, null,
                ProgressStatus.SUBSTANTIAL_PROGRESS, 2020, "88.0", "2022:90.2", "2023:91.0");
        IndicatorRow down = row("HEALTH-8b", "儿童超重率", Vocabulary.Unit.PERCENT, TargetType.DECREASE, null,
                ProgressStatus.DETERIORATION, 2020, "10.0", "2022:10.4", "2023:10.6");

        assertThat(sentence(up)).isEqualTo("儿童体质健康达标率为91.0%（2023年），比2020年提高3.0个百分点，比上年提高0.8个百分点，"
                + "目标为逐步提高，评估为“进展良好”。");
        assertThat(sentence(down)).isEqualTo("儿童超重率为10.6%（2023年），比2020年提高0.6个百分点，比上年提高0.2个百分点，"
                + "目标为逐步降低，评估为“出现倒退”。");
    }

    @Test
    void leavesOutTheYearBeforeWhenItHasNoValue() {
        IndicatorRow row = row("HEALTH-1a", "新生儿死亡率", Vocabulary.Unit.PER_MILLE, TargetType.AT_MOST, "3",
                ProgressStatus.SUBSTANTIAL_PROGRESS, 2020, "4.0", "2023:3.2");

        assertThat(sentence(row)).isEqualTo("新生儿死亡率为3.2‰（2023年），比2020年下降0.8个千分点，"
                + "距≤3‰的目标还差0.2个千分点，评估为“进展良好”。");
    }

    @Test
    void saysTheYearBeforeOnceWhenItIsTheBaseline() {
        IndicatorRow row = row("HEALTH-1a", "新生儿死亡率", Vocabulary.Unit.PER_MILLE, TargetType.AT_MOST, "3",
                ProgressStatus.INSUFFICIENT_DATA, 2022, "3.4", "2023:3.4");

        assertThat(sentence(row)).isEqualTo("新生儿死亡率为3.4‰（2023年），与上年持平，距≤3‰的目标还差0.4个千分点，评估为“数据不足”。");
    }

    @Test
    void takesChangesBetweenTheValuesAsWritten() {
        // 3.45 − 3.14 = 0.31, but the reader sees 3.5‰ and 3.1‰: the change written is 0.4
        IndicatorRow row = row("HEALTH-1a", "新生儿死亡率", Vocabulary.Unit.PER_MILLE, TargetType.AT_MOST, "3",
                ProgressStatus.MODERATE_PROGRESS, 2020, "4.0", "2022:3.45", "2023:3.14");

        assertThat(sentence(row)).contains("新生儿死亡率为3.1‰（2023年）", "比上年下降0.4个千分点", "还差0.1个千分点");
    }

    @Test
    void writesADistanceThatRoundsToNothingAsLessThanTheSmallestStep() {
        IndicatorRow row = row("HEALTH-2a", "3岁以下儿童系统管理率", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "95",
                ProgressStatus.SUBSTANTIAL_PROGRESS, 2020, "91.7", "2023:94.96");

        assertThat(sentence(row)).contains("距≥95%的目标还差不到0.1个百分点");
    }

    // ---- the domain's count, warnings and gaps

    @Test
    void countsTheMonitorableIndicatorsAndTheShareAchievedOrOnTrackWithOneDecimal() {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            rows.add(row("HEALTH-1" + i, "指标" + i, Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "90",
                    ProgressStatus.TARGET_ACHIEVED, 2020, "91", "2023:92"));
        }
        rows.add(row("HEALTH-2", "指标甲", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "90", ProgressStatus.LIMITED_PROGRESS,
                2020, "80", "2023:81"));
        rows.add(row("HEALTH-3", "指标乙", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "90", ProgressStatus.DETERIORATION,
                2020, "80", "2023:79"));
        rows.add(row("HEALTH-4", "指标丙", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "90", ProgressStatus.INSUFFICIENT_DATA,
                2023, "80", "2023:80"));

        assertThat(Narrative.counts(ReportAssembler.summary(HEALTH, rows, List.of()))).isEqualTo(
                "本领域纳入监测的定量指标共34项。在可监测的33项指标中，已达标31项，进展有限1项，出现倒退1项，"
                        + "已达标或进展良好的占93.9%；另有1项数据不足。");
    }

    @Test
    void saysWhenNoIndicatorCouldBeAssessed() {
        List<IndicatorRow> rows = List.of(row("HEALTH-4", "指标丙", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "90",
                ProgressStatus.INSUFFICIENT_DATA, 2023, "80", "2023:80"));

        assertThat(Narrative.counts(ReportAssembler.summary(HEALTH, rows, List.of())))
                .isEqualTo("本领域纳入监测的定量指标共1项，均尚无可评估的进展。");
    }

    @Test
    void namesTheWarnedIndicatorsByRuleInTheWordsOfTheWarningTable() {
        List<WarningRow> warnings = List.of(warning("HEALTH-2a", "3岁以下儿童系统管理率", "EXPECTED_TO_MISS"),
                warning("HEALTH-1a", "新生儿死亡率", "VOLATILE"),
                warning("HEALTH-5a", "住院分娩率", "EXPECTED_TO_MISS"),
                warning("HEALTH-2a", "3岁以下儿童系统管理率", "EXPECTED_TO_MISS"));

        assertThat(Narrative.warningSentence(warnings))
                .isEqualTo("预计达标困难的指标有2项：3岁以下儿童系统管理率、住院分娩率；波动较大的指标有1项：新生儿死亡率。");
        assertThat(Narrative.warningSentence(List.of())).isEqualTo("本领域没有预警指标。");
    }

    @Test
    void writesAGapAsItsSizeInTheFirstAndLastYearWithTheTrend() {
        assertThat(Narrative.gapSentence(gap("RESIDENCE", "NARROWING", "5.2", "3.1"), PERCENT))
                .isEqualTo("3岁以下儿童系统管理率的城乡差距由2020年的5.2个百分点缩小到2023年的3.1个百分点。");
        assertThat(Narrative.gapSentence(gap("SEX", "WIDENING", "0.4", "0.9"), PERCENT))
                .isEqualTo("3岁以下儿童系统管理率的性别差距由2020年的0.4个百分点扩大到2023年的0.9个百分点。");
        assertThat(Narrative.gapSentence(gap("RESIDENCE", "STABLE", "2.04", "1.96"), PERCENT))
                .isEqualTo("3岁以下儿童系统管理率的城乡差距2020年和2023年均为2.0个百分点。");
        assertThat(Narrative.gapSentence(gap("RESIDENCE", "STABLE", "2.0", "2.1"), PERCENT))
                .isEqualTo("3岁以下儿童系统管理率的城乡差距由2020年的2.0个百分点变为2023年的2.1个百分点，基本持平。");
    }

    @Test
    void saysNothingOfAGapWithOnlyOneYear() {
        GapRow single = new GapRow("HEALTH-2a", "3岁以下儿童系统管理率", "RESIDENCE", null, "URBAN", null, "RURAL", null,
                "INSUFFICIENT_DATA", null, 2023, new BigDecimal("3"), 2023, new BigDecimal("3"), List.of()).labelled();

        assertThat(Narrative.gapSentence(single, PERCENT)).isEmpty();
    }

    // ---- whole domains

    @Test
    void draftsADomainFromItsCountsKeyIndicatorsWarningsAndGaps() {
        List<IndicatorRow> rows = List.of(
                row("HEALTH-1a", "新生儿死亡率", Vocabulary.Unit.PER_MILLE, TargetType.AT_MOST, "3",
                        ProgressStatus.TARGET_ACHIEVED, 2020, "4.0", "2022:3.4", "2023:2.9"),
                row("HEALTH-2a", "3岁以下儿童系统管理率", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "95",
                        ProgressStatus.MODERATE_PROGRESS, 2020, "91.7", "2023:93.8"),
                // from a strategy measure, not a goal: counted, not written out
                withoutGoal(row("HEALTH-9z", "儿童保健门诊数", Vocabulary.Unit.PERCENT, TargetType.INCREASE, null,
                        ProgressStatus.SUBSTANTIAL_PROGRESS, 2020, "10", "2023:12")),
                // a key indicator without any value
                row("HEALTH-3c", "儿童贫血患病率", Vocabulary.Unit.PERCENT, TargetType.AT_MOST, "10",
                        ProgressStatus.INSUFFICIENT_DATA, null, null),
                qualitative("HEALTH-4a", "出生缺陷防治体系"));

        List<DomainNarrative> narratives = Narrative.forEvaluation(catalogue(), 2023, UNITS,
                List.of(ReportAssembler.summary(HEALTH, rows, List.of())), rows,
                List.of(warning("HEALTH-2a", "3岁以下儿童系统管理率", "EXPECTED_TO_MISS")),
                List.of(gap("RESIDENCE", "NARROWING", "5.2", "3.1")));

        assertThat(narratives).containsExactly(new DomainNarrative("HEALTH",
                "本领域纳入监测的定量指标共4项。在可监测的3项指标中，已达标1项，进展良好1项，需加快进度1项，已达标或进展良好的占66.7%；"
                        + "另有1项数据不足。本领域还有1项定性目标，由评估组评定。\n"
                        + "新生儿死亡率为2.9‰（2023年），比2020年下降1.1个千分点，比上年下降0.5个千分点，已实现≤3‰的目标。"
                        + "3岁以下儿童系统管理率为93.8%（2023年），比2020年提高2.1个百分点，距≥95%的目标还差1.2个百分点，"
                        + "评估为“需加快进度”。"
                        + "截至2023年尚无监测数据的指标有1项：儿童贫血患病率。\n"
                        + "预计达标困难的指标有1项：3岁以下儿童系统管理率。\n"
                        + "3岁以下儿童系统管理率的城乡差距由2020年的5.2个百分点缩小到2023年的3.1个百分点。",
                false));
    }

    @Test
    void keepsEachDomainsWarningsAndGapsToItself() {
        List<IndicatorRow> rows = List.of(
                row("HEALTH-2a", "3岁以下儿童系统管理率", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST, "95",
                        ProgressStatus.MODERATE_PROGRESS, 2020, "91.7", "2023:93.8"),
                inDomain("SAFETY", row("SAFETY-2a", "儿童溺水死亡率", Vocabulary.Unit.PER_100K, TargetType.AT_MOST, "2",
                        ProgressStatus.TARGET_ACHIEVED, 2020, "2.5", "2023:1.8")));

        List<DomainNarrative> narratives = Narrative.forEvaluation(catalogue(), 2023, UNITS,
                List.of(ReportAssembler.summary(HEALTH, rows, List.of()), ReportAssembler.summary(SAFETY, rows, List.of())),
                rows, List.of(warning("HEALTH-2a", "3岁以下儿童系统管理率", "EXPECTED_TO_MISS")),
                List.of(gap("RESIDENCE", "NARROWING", "5.2", "3.1")));

        assertThat(narratives).extracting(DomainNarrative::domainCode).containsExactly("HEALTH", "SAFETY");
        assertThat(narratives.get(0).textZh()).contains("预计达标困难", "城乡差距");
        assertThat(narratives.get(1).textZh()).contains("儿童溺水死亡率为1.8/10万（2023年）", "本领域没有预警指标。")
                .doesNotContain("3岁以下儿童系统管理率");
    }

    @Test
    void saysADomainOfQualitativeGoalsOnlyIsRatedByTheGroupInAnEvaluationAndNotMonitoredInTheAnnualReport() {
        List<IndicatorRow> rows = List.of(inDomain("FAMILY", qualitative("FAMILY-1a", "家庭教育指导服务体系")));
        List<DomainSummary> summary = List.of(ReportAssembler.summary(FAMILY, rows, List.of()));

        assertThat(Narrative.forEvaluation(catalogue(), 2023, UNITS, summary, rows, List.of(), List.of()))
                .containsExactly(new DomainNarrative("FAMILY",
                        "本领域目标均为定性目标，不设定量指标，由评估组评定，评定情况见第五部分。", false));
        assertThat(Narrative.forAnnualReport(catalogue(), 2023, UNITS, summary, rows, List.of(), List.of()))
                .containsExactly(new DomainNarrative("FAMILY", "本领域目标均为定性目标，不作年度数据监测，在中期和终期评估中评定。", false));
    }

    @Test
    void draftsTheSameTextFromTheSameData() {
        List<IndicatorRow> rows = List.of(row("HEALTH-2a", "3岁以下儿童系统管理率", Vocabulary.Unit.PERCENT, TargetType.AT_LEAST,
                "95", ProgressStatus.MODERATE_PROGRESS, 2020, "91.7", "2023:93.8"));
        List<DomainSummary> summary = List.of(ReportAssembler.summary(HEALTH, rows, List.of()));
        List<WarningRow> warnings = List.of(warning("HEALTH-2a", "3岁以下儿童系统管理率", "EXPECTED_TO_MISS"),
                warning("HEALTH-2a", "3岁以下儿童系统管理率", "VOLATILE"));

        assertThat(Narrative.forEvaluation(catalogue(), 2023, UNITS, summary, rows, warnings, List.of()))
                .isEqualTo(Narrative.forEvaluation(catalogue(), 2023, UNITS, summary, rows, warnings,
                        List.of()));
    }

    @Test
    void takesTheGroupsRewriteOverTheDraftAndMarksItEdited() {
        List<DomainNarrative> drafts = List.of(new DomainNarrative("HEALTH", "起草的文字。", false),
                new DomainNarrative("SAFETY", "另一领域。", false));

        assertThat(Narrative.withEdits(drafts, Map.of("SAFETY", "评估组改写的文字。"))).containsExactly(
                new DomainNarrative("HEALTH", "起草的文字。", false), new DomainNarrative("SAFETY", "评估组改写的文字。", true));
    }

    @Test
    void givesTheAnnualReportTheDraftedNarrativesOfItsOwnRows() {
        CatalogueSnapshot.IndicatorInfo mortality = new CatalogueSnapshot.IndicatorInfo("HEALTH-3c", "HEALTH", 3, null,
                "5岁以下儿童死亡率", "Under-5 mortality rate", "PER_MILLE", TargetType.AT_MOST, new BigDecimal("6"), 2025, null,
                null, Set.of(), "ANNUAL", 1);
        CatalogueSnapshot catalogue = new CatalogueSnapshot(catalogue().plan(), LocalDate.of(2024, 1, 1), List.of(HEALTH),
                List.of(), List.of(mortality), List.of(), List.of(new CatalogueSnapshot.UnitInfo("PER_MILLE", "‰", null, null,
                false, new BigDecimal("1000"), 1, "‰", "个千分点")), List.of());
        ObservationSeries series = ObservationSeries.of(Map.of(2020, new BigDecimal("10.0"), 2021, new BigDecimal("9.6"),
                2022, new BigDecimal("9.3"), 2023, new BigDecimal("9.0")));
        ProgressAssessment assessment = new ProgressCalculator().assess(
                Target.of(TargetType.AT_MOST, new BigDecimal("6"), 2025, null), series, 2020);
        ProgressService.Assessment assessed = new ProgressService.Assessment(catalogue, 2023,
                List.of(new ProgressService.IndicatorProgress(mortality, series, assessment)), Map.of());

        AnnualReportService.Body body = AnnualReportService.body(assessed, List.of(), List.of(), null);

        assertThat(body.narratives()).singleElement().satisfies(n -> {
            assertThat(n.domainCode()).isEqualTo("HEALTH");
            assertThat(n.edited()).isFalse();
            assertThat(n.textZh()).contains("5岁以下儿童死亡率为9.0‰（2023年），比2020年下降1.0个千分点，比上年下降0.3个千分点，"
                    + "距≤6‰的目标还差3.0个千分点，评估为“进展有限”。");
        });
    }

    // ---- rows as the report has them

    private static String sentence(IndicatorRow row) {
        return Narrative.indicatorSentence(row, ReportAssembler.writing(UNITS, row.unit()), catalogue());
    }

    /**
     * A key indicator's row, written as the report writes it; {@code values} are "year:value", the last the latest, and
     * the baseline is also the first value.
     */
    private static IndicatorRow row(String code, String nameZh, Vocabulary.Unit unit, TargetType type, String target,
                                    ProgressStatus status, Integer baselineYear, String baselineValue, String... values) {
        List<YearValue> series = new ArrayList<>();
        if (baselineYear != null) {
            series.add(new YearValue(baselineYear, new BigDecimal(baselineValue)));
        }
        for (String v : values) {
            String[] parts = v.split(":");
            int year = Integer.parseInt(parts[0]);
            if (baselineYear == null || year != baselineYear) {
                series.add(new YearValue(year, new BigDecimal(parts[1])));
            }
        }
        YearValue latest = series.isEmpty() ? null : series.get(series.size() - 1);
        String domain = code.substring(0, code.indexOf('-'));
        String goal = code.substring(0, code.length() - 1);
        return new IndicatorRow(domain, code, goal, nameZh, nameZh, unit, null, type.name(), null, null, baselineYear,
                baselineValue == null ? null : new BigDecimal(baselineValue), series, latest == null ? null : latest.year(),
                latest == null ? null : latest.value(), target == null ? null : new BigDecimal(target), 2025, status.name(),
                null, null, null).written(ReportAssembler.writing(UNITS, unit), null);
    }

    private static IndicatorRow qualitative(String code, String nameZh) {
        return new IndicatorRow(code.substring(0, code.indexOf('-')), code, code.substring(0, code.length() - 1), nameZh, nameZh,
                null, null, TargetType.QUALITATIVE.name(), null, null, null, null, List.of(), null, null, null, null,
                ProgressStatus.NOT_ASSESSED.name(), null, null, null).written(UnitWriting.PLAIN, null);
    }

    private static IndicatorRow withoutGoal(IndicatorRow r) {
        return new IndicatorRow(r.domainCode(), r.code(), null, r.nameZh(), r.nameEn(), r.unit(), r.unitZh(), r.targetType(),
                r.targetZh(), r.targetEn(), r.baselineYear(), r.baselineValue(), r.values(), r.latestYear(), r.latestValue(),
                r.targetValue(), r.targetYear(), r.status(), r.statusZh(), r.ratio(), r.projectedValue());
    }

    private static IndicatorRow inDomain(String domain, IndicatorRow r) {
        return new IndicatorRow(domain, r.code(), r.goalCode(), r.nameZh(), r.nameEn(), r.unit(), r.unitZh(), r.targetType(),
                r.targetZh(), r.targetEn(), r.baselineYear(), r.baselineValue(), r.values(), r.latestYear(), r.latestValue(),
                r.targetValue(), r.targetYear(), r.status(), r.statusZh(), r.ratio(), r.projectedValue());
    }

    private static WarningRow warning(String code, String nameZh, String rule) {
        return new WarningRow(code, nameZh, rule, null, "MEDIUM", null, "预警", "warning", List.of("市卫生健康局")).labelled();
    }

    private static GapRow gap(String dimension, String trend, String earliest, String latest) {
        boolean sex = dimension.equals("SEX");
        return new GapRow("HEALTH-2a", "3岁以下儿童系统管理率", dimension, null, sex ? "MALE" : "URBAN", null,
                sex ? "FEMALE" : "RURAL", null, trend, null, 2020, new BigDecimal(earliest), 2023, new BigDecimal(latest),
                List.of()).labelled();
    }

    private static CatalogueSnapshot.IndicatorInfo reduction(String code, String percent, int baselineYear, String baselineValue) {
        return new CatalogueSnapshot.IndicatorInfo(code, "SAFETY", 1, null, "儿童伤害死亡率", "Child injury mortality",
                "PER_100K", TargetType.REDUCE_FROM_BASELINE_PCT, new BigDecimal(percent), 2025, baselineYear,
                baselineValue == null ? null : new BigDecimal(baselineValue), Set.of(), "ANNUAL", 1);
    }

    private static CatalogueSnapshot catalogue(CatalogueSnapshot.IndicatorInfo... indicators) {
        return new CatalogueSnapshot(new CatalogueSnapshot.PlanInfo("CN-TEST", "儿童发展规划", "Children's plan", "430482",
                "常宁市", "Changning", 2021, 2025, 2020), LocalDate.of(2024, 1, 1), List.of(HEALTH, SAFETY, FAMILY), List.of(),
                List.of(indicators), List.of(), List.of(), List.of());
    }
}
