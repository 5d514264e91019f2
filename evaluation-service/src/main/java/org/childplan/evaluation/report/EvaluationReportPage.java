package org.childplan.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import org.childplan.evaluation.report.PrintedReport.Cover;
import org.childplan.evaluation.report.PrintedReport.DomainSection;
import org.childplan.evaluation.report.PrintedReport.GapSection;

/** The evaluation report arranged for the printed page (HTML and PDF), numbered 一、（一）1. throughout. */
public record EvaluationReportPage(EvaluationReport report, Cover cover, String overviewZh, List<DomainSection> domains,
                                   List<GapSection> gaps, List<GoalDomain> goalDomains, String selfAssessmentSummaryZh,
                                   List<AgencyPage> agencies, String catalogueAsOfZh, String snapshotTakenZh,
                                   String sealedZh) {

    /** The section that rates the qualitative goals; a domain with only such goals points there. */
    static final String GOALS_SECTION = "第五部分";

    /** A domain's qualitative goals, numbered within section 五. */
    public record GoalDomain(String number, String nameZh, String nameEn, List<EvaluationReport.QualitativeGoal> goals) {
    }

    /** An agency's answers, numbered within section 六. */
    public record AgencyPage(String number, EvaluationReport.AgencyDigest digest) {
    }

    /** The gaps' charts, for the grid under the gaps' table. */
    public List<PrintedReport.ChartCell> gapCharts() {
        return PrintedReport.charts(gaps);
    }

    public static EvaluationReportPage of(EvaluationReport report, ReportCharts charts) {
        EvaluationReport r = report.worded();
        List<UnitWriting> units = r.units() == null ? List.of() : r.units();
        List<EvaluationReport.IndicatorRow> rows = r.indicators();
        List<DomainSection> domains = PrintedReport.domains(r.summary(), rows, r.narratives(), r.qualitativeGoals(), units,
                r.periodEnd(), row -> charts.trend(row, ReportAssembler.writing(units, row.unit())), charts::statusBar,
                GOALS_SECTION);
        List<GoalDomain> goalDomains = new ArrayList<>();
        for (DomainSection d : domains) {
            if (!d.goals().isEmpty()) {
                goalDomains.add(new GoalDomain("（" + PrintedReport.numeral(goalDomains.size() + 1) + "）", d.nameZh(), d.nameEn(),
                        d.goals()));
            }
        }
        List<AgencyPage> agencies = new ArrayList<>();
        for (EvaluationReport.AgencyDigest a : r.selfAssessments()) {
            if (!a.items().isEmpty()) {
                agencies.add(new AgencyPage("（" + PrintedReport.numeral(agencies.size() + 1) + "）", a));
            }
        }
        Cover cover = new Cover(r.planTitleZh(), r.planTitleEn(), r.titleZh(), r.titleEn(), r.issuerZh(), r.issuerEn(),
                r.draft() ? ReportDates.of(r.snapshot().takenAt()) : ReportDates.of(r.sealedAt()),
                r.draft() ? "（编制中草稿，尚未封存）" : null);
        return new EvaluationReportPage(r, cover, PrintedReport.overviewZh(r.summary()), domains,
                PrintedReport.gaps(r.equityGaps(), rows, units, charts), goalDomains,
                selfAssessmentSummary(r.selfAssessments()), agencies, ReportDates.of(r.snapshot().catalogueAsOf()),
                ReportDates.dateTime(r.snapshot().takenAt()), ReportDates.dateTime(r.sealedAt()));
    }

    private static String selfAssessmentSummary(List<EvaluationReport.AgencyDigest> digests) {
        long submitted = digests.stream().filter(d -> "SUBMITTED".equals(d.status())).count();
        long late = digests.stream().filter(EvaluationReport.AgencyDigest::late).count();
        return "本次评估向" + digests.size() + "个成员单位下发自评任务，已提交" + submitted + "个"
                + (late == 0 ? "，均按时提交。" : "，其中逾期" + late + "个。");
    }
}
