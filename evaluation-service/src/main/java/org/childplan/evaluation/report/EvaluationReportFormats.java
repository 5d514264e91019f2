package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The evaluation report in its printed and analysts' formats: print-ready HTML, PDF rendered from that HTML (a sealed
 * report's PDF is rendered once and kept), and a workbook. The JSON form is the {@link EvaluationReport} itself.
 */
@ApplicationScoped
public class EvaluationReportFormats {

    private final PdfRenderer pdf;
    private final SealedReportPdfs sealedPdfs;

    private final ReportCharts charts;

    public EvaluationReportFormats(PdfRenderer pdf, SealedReportPdfs sealedPdfs, ReportCharts charts) {
        this.pdf = pdf;
        this.charts = charts;
        this.sealedPdfs = sealedPdfs;
    }

    public String html(EvaluationReport report) {
        return ReportTemplates.evaluationReport(EvaluationReportPage.of(report, charts)).render();
    }

    /** A draft's PDF, rendered while it is sent: a draft changes with every compile, so it is not kept. */
    public void writeDraftPdf(EvaluationReport report, OutputStream out) throws IOException {
        pdf.render(html(report), report.snapshot().takenAt(), out);
    }

    /** A sealed report's PDF, rendered the first time it is asked for and kept, since a sealed report never changes. */
    public byte[] sealedPdf(EvaluationReport report) {
        return sealedPdfs.pdf(report.reportChecksum(), html(report), report.sealedAt());
    }

    public void writeXlsx(EvaluationReport report, OutputStream out) throws IOException {
        try (Spreadsheet book = workbook(report)) {
            book.write(out);
        }
    }

    /** A summary sheet, then one sheet per domain with its indicators and its qualitative goals. */
    private static Spreadsheet workbook(EvaluationReport r) {
        Spreadsheet book = new Spreadsheet();
        List<List<Object>> summary = new ArrayList<>();
        for (var s : r.summary()) {
            summary.add(Arrays.asList(s.code(), s.nameZh(), s.nameEn(), s.quantitative(), s.achieved(), s.onTrack(),
                    s.achievedOrOnTrackShare(), s.statusCounts().get("MODERATE_PROGRESS"), s.statusCounts().get("LIMITED_PROGRESS"),
                    s.statusCounts().get("DETERIORATION"), s.statusCounts().get("INSUFFICIENT_DATA"),
                    s.qualitativeRatings().get("ACHIEVED"), s.qualitativeRatings().get("BASICALLY_ACHIEVED"),
                    s.qualitativeRatings().get("PROGRESSING"), s.qualitativeRatings().get("NOT_ACHIEVED"),
                    s.qualitativeRatings().get("UNRATED")));
        }
        book.sheet("汇总 Summary", List.of("领域代码 Domain", "领域 Name", "Name (EN)", "定量指标 Quantitative", "已达标 Achieved",
                "进展良好 On track", "达标或良好占比 Share", "进展较好 Moderate", "进展有限 Limited", "退步 Deteriorating",
                "数据不足 Insufficient", "已实现 Achieved (qual.)", "基本实现 Basically", "正在推进 Progressing",
                "未实现 Not achieved", "未评定 Unrated"), summary);
        int years = r.indicators().stream().mapToInt(i -> i.values().size()).max().orElse(0);
        for (var s : r.summary()) {
            List<List<Object>> rows = new ArrayList<>();
            for (var i : r.indicators()) {
                if (!i.domainCode().equals(s.code()) || "QUALITATIVE".equals(i.targetType())) {
                    continue;
                }
                List<Object> row = new ArrayList<>(Arrays.asList(i.code(), i.nameZh(), i.nameEn(), i.unit(), i.targetType(),
                        i.baselineYear(), i.baselineValue(), i.latestYear(), i.latestValue(), i.targetYear(), i.targetValue(),
                        i.ratio(), i.status(), i.statusZh(), i.projectedValue(), yearsText(i)));
                rows.add(row);
            }
            for (var g : r.qualitativeGoals()) {
                if (g.domainCode().equals(s.code())) {
                    rows.add(Arrays.asList(g.goalCode(), g.textZh(), g.textEn(), null, "QUALITATIVE", null, null, null, null,
                            null, null, null, g.rating(), g.ratingZh(), null, g.rationaleZh()));
                }
            }
            book.sheet(s.code() + " " + s.nameZh(), List.of("代码 Code", "指标或目标 Indicator / goal", "English", "单位 Unit",
                    "目标类型 Target type", "基期年 Base year", "基期值 Base", "最新年 Latest year", "最新值 Latest",
                    "目标年 Target year", "目标值 Target", "R", "状态 Status", "状态（中文）", "预测值 Projection",
                    "历年数值 Values by year / 评定依据 Rationale"), rows);
        }
        return book;
    }

    private static String yearsText(EvaluationReport.IndicatorRow i) {
        return String.join("; ", i.values().stream().map(v -> v.year() + ": " + v.value().stripTrailingZeros().toPlainString()).toList());
    }

}
