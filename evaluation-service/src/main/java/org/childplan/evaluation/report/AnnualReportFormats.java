package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.childplan.evaluation.domain.Responsibilities;

/** The annual monitoring report as print-ready HTML, PDF and a workbook; its JSON form is the API's view of it. */
@ApplicationScoped
public class AnnualReportFormats {

    private final ReportCharts charts;
    private final PdfRenderer pdf;

    public AnnualReportFormats(ReportCharts charts, PdfRenderer pdf) {
        this.charts = charts;
        this.pdf = pdf;
    }

    public String html(AnnualReportService.AnnualReport report) {
        return ReportTemplates.annualReport(AnnualReportPage.of(report, charts)).render();
    }

    /** The PDF of the report as generated now; dated with its generation time, so the same report gives the same bytes. */
    public void writePdf(AnnualReportService.AnnualReport report, OutputStream out) throws IOException {
        pdf.render(html(report), report.generatedAt(), out);
    }

    public void writeXlsx(AnnualReportService.AnnualReport report, OutputStream out) throws IOException {
        try (Spreadsheet book = workbook(report)) {
            book.write(out);
        }
    }

    private static Spreadsheet workbook(AnnualReportService.AnnualReport r) {
        Spreadsheet book = new Spreadsheet();
        List<List<Object>> agencies = new ArrayList<>();
        for (var t : r.completeness().byAgency()) {
            agencies.add(List.of(t.code(), t.nameZh() == null ? "" : t.nameZh(), t.expected(), t.submitted(), t.accepted(),
                    t.onTime(), t.late(), t.completeness()));
        }
        book.sheet("报送情况 Completeness", List.of("单位代码 Agency", "单位 Name", "应报 Expected", "已报 Submitted",
                "已通过 Accepted", "按时 On time", "逾期 Late", "完整率 Completeness"), agencies);
        List<List<Object>> progress = new ArrayList<>();
        for (var d : r.domains()) {
            for (var p : d.indicators()) {
                var i = p.indicator();
                var a = p.assessment();
                progress.add(Arrays.asList(d.domain().code(), i.code(), i.nameZh(), i.nameEn(), i.unit(),
                        String.valueOf(i.targetType()), a.baseYear(), a.baseValue(), a.currentYear(), a.currentValue(),
                        a.targetYear(), a.targetValue(), a.ratio(), String.valueOf(a.status()), a.status().labelZh(),
                        a.projectedValue()));
            }
        }
        book.sheet("指标进展 Progress", List.of("领域 Domain", "代码 Code", "指标 Indicator", "Indicator (EN)", "单位 Unit",
                "目标类型 Target type", "基期年 Base year", "基期值 Base", "最新年 Latest year", "最新值 Latest",
                "目标年 Target year", "目标值 Target", "R", "状态 Status", "状态（中文）", "预测值 Projection"), progress);
        List<List<Object>> warnings = new ArrayList<>();
        for (var raised : r.warnings()) {
            var i = raised.progress().indicator();
            var w = raised.warning();
            warnings.add(List.of(i.code(), i.nameZh(), String.valueOf(w.rule()), String.valueOf(w.severity()),
                    w.messageZh(), w.messageEn(),
                    String.join("、", raised.leadAgencies().stream().map(Responsibilities.AgencyRef::nameZh).toList())));
        }
        book.sheet("预警 Warnings", List.of("代码 Code", "指标 Indicator", "类型 Rule", "级别 Severity", "说明", "Explanation",
                "牵头单位 Lead agencies"), warnings);
        List<List<Object>> gaps = new ArrayList<>();
        for (var g : r.equityGaps()) {
            for (var y : g.analysis().years()) {
                gaps.add(Arrays.asList(g.indicator().code(), g.indicator().nameZh(), g.dimension(), g.groupA(), g.groupB(),
                        y.year(), y.valueA(), y.valueB(), y.gap(), y.ratio(), String.valueOf(g.analysis().trend())));
            }
        }
        book.sheet("差距 Equity gaps", List.of("代码 Code", "指标 Indicator", "维度 Dimension", "组A Group A", "组B Group B",
                "年份 Year", "A", "B", "差距 Gap", "比值 Ratio", "趋势 Trend"), gaps);
        return book;
    }
}
