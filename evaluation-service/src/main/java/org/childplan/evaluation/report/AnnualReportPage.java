package org.childplan.evaluation.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.monitoring.CompletenessService;
import org.childplan.evaluation.report.PrintedReport.Cover;
import org.childplan.evaluation.report.PrintedReport.DomainSection;
import org.childplan.evaluation.report.PrintedReport.GapSection;

/** The annual monitoring report (年度监测报告) arranged for the printed page, as the evaluation report is. */
public record AnnualReportPage(AnnualReportService.AnnualReport report, Cover cover, String completenessZh,
                               List<OverdueRow> overdue, String overviewZh, List<DomainSection> domains,
                               List<GapSection> gaps, String cycleZh, String generatedZh) {

    /** An owed indicator not yet reported, with its name and domain in words. */
    public record OverdueRow(String agencyNameZh, String indicatorCode, String indicatorNameZh, String domainNameZh) {
    }

    /** The gaps' charts, for the grid under the gaps' table. */
    public List<PrintedReport.ChartCell> gapCharts() {
        return PrintedReport.charts(gaps);
    }

    public static AnnualReportPage of(AnnualReportService.AnnualReport r, ReportCharts charts) {
        AnnualReportService.Body body = r.body();
        List<UnitWriting> units = body.units();
        int year = r.cycle().year;
        List<DomainSection> domains = PrintedReport.domains(body.summary(), body.indicators(), body.narratives(), List.of(),
                units, r.plan().periodEnd(), row -> charts.trend(row, ReportAssembler.writing(units, row.unit())),
                charts::statusBar, "中期和终期评估报告");
        boolean open = r.cycle().status == CycleStatus.OPEN;
        Cover cover = new Cover(r.plan().titleZh(), r.plan().titleEn(), year + "年度监测报告", "Annual Monitoring Report " + year,
                body.issuerZh(), body.issuerEn(), ReportDates.of(r.generatedAt()),
                open ? "（数据报送中，数据尚未最终确定）" : null);
        Map<String, String> indicatorNames = body.indicators().stream()
                .collect(Collectors.toMap(EvaluationReport.IndicatorRow::code, EvaluationReport.IndicatorRow::nameZh, (a, b) -> a));
        Map<String, String> domainNames = body.summary().stream()
                .collect(Collectors.toMap(EvaluationReport.DomainSummary::code, EvaluationReport.DomainSummary::nameZh, (a, b) -> a));
        List<OverdueRow> overdue = r.completeness().overdue().stream().map(o -> new OverdueRow(o.agencyNameZh(), o.indicatorCode(),
                indicatorNames.getOrDefault(o.indicatorCode(), ""), domainNames.getOrDefault(o.domainCode(), o.domainCode())))
                .toList();
        return new AnnualReportPage(r, cover, completeness(r.completeness(), year), overdue, PrintedReport.overviewZh(body.summary()),
                domains, PrintedReport.gaps(body.equityGaps(), body.indicators(), units, charts),
                Labels.zh(r.cycle().status) + "（报送截止" + ReportDates.of(r.cycle().dueOn) + "）", ReportDates.dateTime(r.generatedAt()));
    }

    static String completeness(CompletenessService.Completeness c, int year) {
        CompletenessService.Tally t = c.total();
        return year + "年度各成员单位应报送指标数据" + t.expected() + "项，已报送" + t.submitted() + "项，审核通过" + t.accepted()
                + "项；按时报送" + t.onTime() + "项，逾期报送" + t.late() + "项"
                + (t.backfilled() > 0 ? "，补报往年数据" + t.backfilled() + "项" : "") + "，报送完整率"
                + PrintedReport.share(t.submitted(), Math.max(1, t.expected())) + "。";
    }
}
