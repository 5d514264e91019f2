package org.childplan.evaluation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.monitoring.CompletenessService;
import org.childplan.evaluation.report.EvaluationReport.AgencyDigest;
import org.childplan.evaluation.report.EvaluationReport.GapPoint;
import org.childplan.evaluation.report.EvaluationReport.GapRow;
import org.childplan.evaluation.report.EvaluationReport.IndicatorRow;
import org.childplan.evaluation.report.EvaluationReport.QualitativeGoal;
import org.childplan.evaluation.report.EvaluationReport.WarningRow;
import org.childplan.evaluation.report.EvaluationReport.YearValue;

/**
 * Small reports for tests of the report formats, without a database: neonatal mortality in ‰ reported 2020–2023 with
 * an urban–rural gap, a kindergarten enrolment rate in % whose projection is 91.17999999999998 and that raised a
 * warning, and a qualitative goal rated by the group and by an agency.
 */
final class ReportFixtures {

    static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    static final String JURISDICTION = "430482";
    static final double PROJECTION = 91.17999999999998;

    static final UnitWriting PER_MILLE = new UnitWriting("PER_MILLE", "‰", 1, "‰", "个千分点");
    static final UnitWriting PERCENT = new UnitWriting("PERCENT", "%", 1, "%", "个百分点");
    static final List<UnitWriting> UNITS = List.of(PER_MILLE, PERCENT);

    private static final OffsetDateTime SEALED = OffsetDateTime.of(2024, 6, 30, 2, 0, 0, 0, ZoneOffset.UTC);

    private ReportFixtures() {
    }

    /** The rows as the frozen data keeps them, before the report writes their units, targets and statuses in words. */
    static List<IndicatorRow> rawRows() {
        return List.of(
                new IndicatorRow("HEALTH", "HEALTH-1", "HEALTH-1", "新生儿死亡率", "Neonatal mortality rate",
                        Vocabulary.Unit.PER_MILLE, null, "AT_MOST", null, null, 2020, new BigDecimal("3.5"),
                        values("2020", "3.5", "2021", "3.3", "2022", "3.14", "2023", "3.05"), 2023, new BigDecimal("3.05"),
                        new BigDecimal("3"), 2025, "SUBSTANTIAL_PROGRESS", null, 0.8333333333, 2.9000000000000004),
                new IndicatorRow("EDUCATION", "EDUCATION-1", "EDUCATION-1", "学前教育毛入园率", "Gross preschool enrolment rate",
                        Vocabulary.Unit.PERCENT, null, "AT_LEAST", null, null, 2020, new BigDecimal("86"),
                        values("2020", "86", "2021", "87.1", "2022", "88.3", "2023", "89.25"), 2023, new BigDecimal("89.25"),
                        new BigDecimal("92"), 2025, "MODERATE_PROGRESS", null, 0.4567, PROJECTION));
    }

    static List<IndicatorRow> rows() {
        // written as a sealed report keeps them; no catalogue here, and no reduction target that would need its statement
        return rawRows().stream().map(r -> r.written(ReportAssembler.writing(UNITS, r.unit()), null)).toList();
    }

    static List<WarningRow> warnings() {
        return List.of(new WarningRow("EDUCATION-1", "学前教育毛入园率", "EXPECTED_TO_MISS", null, "MEDIUM", null,
                "按近年趋势，2025年预计为91.2%，低于92%的目标。", "On the recent trend it reaches 91.2% in 2025, below the 92% target.",
                List.of("市教育局")).labelled());
    }

    static List<GapRow> gaps() {
        return List.of(new GapRow("HEALTH-1", "新生儿死亡率", "RESIDENCE", null, "URBAN", null, "RURAL", null, "NARROWING", null,
                2021, new BigDecimal("1.2"), 2023, new BigDecimal("0.8"), List.of(
                new GapPoint(2021, new BigDecimal("2.6"), new BigDecimal("3.8")),
                new GapPoint(2022, new BigDecimal("2.5"), new BigDecimal("3.45")),
                new GapPoint(2023, new BigDecimal("2.6"), new BigDecimal("3.4")))).labelled());
    }

    static List<QualitativeGoal> qualitativeGoals() {
        return List.of(new QualitativeGoal("HEALTH-9", "HEALTH", "完善儿童健康服务体系", "Improve child health services",
                GoalRatingValue.BASICALLY_ACHIEVED, "基本实现", "儿童保健服务网络基本建成。",
                List.of(new EvaluationReport.AgencyRating("health-bureau", "市卫生健康局", GoalRatingValue.ACHIEVED))));
    }

    static List<EvaluationReport.DomainSummary> summary(List<IndicatorRow> rows, List<QualitativeGoal> goals) {
        return List.of(
                ReportAssembler.summary(new CatalogueSnapshot.DomainInfo("HEALTH", 1, "儿童与健康", "Children and health"), rows, goals),
                ReportAssembler.summary(new CatalogueSnapshot.DomainInfo("EDUCATION", 3, "儿童与教育", "Children and education"), rows,
                        goals));
    }

    static EvaluationReport evaluationReport() {
        return evaluationReport(rows());
    }

    static EvaluationReport evaluationReport(List<IndicatorRow> rows) {
        return evaluationReport(rows, gaps());
    }

    /** A gap as reports sealed before its words and its groups' values were kept carry it. */
    static GapRow gapSealedWithoutPoints() {
        return new GapRow("HEALTH-1", "新生儿死亡率", "RESIDENCE", null, "URBAN", null, "RURAL", null, "NARROWING", null,
                2021, new BigDecimal("1.2"), 2023, new BigDecimal("0.8"), null);
    }

    static EvaluationReport evaluationReport(List<IndicatorRow> rows, List<GapRow> gaps) {
        var goals = qualitativeGoals();
        var selfAssessments = List.of(new AgencyDigest("health-bureau", "市卫生健康局", "SUBMITTED", null,
                SEALED.minusMonths(2), false, 1, 1, List.of()).labelled());
        return new EvaluationReport(PLAN, "MIDTERM-2023", "MIDTERM", "中期评估报告", "Mid-term Evaluation Report",
                "常宁市儿童发展规划（2021—2025年）", "Changning Children's Development Plan (2021–2025)", "常宁市", JURISDICTION,
                "常宁市妇女儿童工作委员会评估组", "Evaluation Group", 2021, 2025, 2023, false, 1, SEALED, "ab12".repeat(16),
                new EvaluationReport.Snapshot(SEALED.minusDays(10), "cd34".repeat(16), LocalDate.of(2024, 6, 1)), UNITS,
                summary(rows, goals), List.of(), rows, warnings(), gaps, goals, selfAssessments,
                new EvaluationReport.Findings(null, null, null, null), List.of(), null, null);
    }

    static AnnualReportService.AnnualReport annualReport() {
        var plan = new CatalogueSnapshot.PlanInfo(PLAN, "常宁市儿童发展规划（2021—2025年）", "Changning Children's Development Plan",
                JURISDICTION, "常宁市", "Changning", 2021, 2025, 2020);
        var cycle = new MonitoringCycle();
        cycle.planCode = PLAN;
        cycle.year = 2023;
        cycle.status = CycleStatus.CLOSED;
        var agency = new CompletenessService.Tally("health-bureau", "市卫生健康局", 8, 7, 6, 5, 2);
        var completeness = new CompletenessService.Completeness(cycle, LocalDate.of(2024, 4, 1), List.of(agency), List.of(),
                agency, List.of());
        var rows = rows();
        var body = new AnnualReportService.Body("常宁市妇女儿童工作委员会办公室", "Office of the Committee", UNITS,
                summary(rows, List.of()), List.of(), rows, warnings(), gaps());
        return new AnnualReportService.AnnualReport(plan, cycle, SEALED, completeness, List.of(), List.of(), List.of(), body,
                List.of());
    }

    private static List<YearValue> values(String... yearsAndValues) {
        List<YearValue> values = new java.util.ArrayList<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            values.add(new YearValue(Integer.parseInt(yearsAndValues[i]), new BigDecimal(yearsAndValues[i + 1])));
        }
        return values;
    }
}
