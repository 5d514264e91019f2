package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
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
        ReportWorkbook.write(parts(report), out);
    }

    static ReportWorkbook.Parts parts(EvaluationReport report) {
        EvaluationReport r = report.worded();
        var snapshot = r.snapshot();
        var heading = new ReportWorkbook.Heading(r.titleZh(), r.titleEn(), r.planCode(), r.planTitleZh(), r.planTitleEn(),
                r.jurisdictionCode(), r.jurisdictionZh(), r.issuerZh(), r.issuerEn(), r.referenceYear(), List.of(
                new ReportWorkbook.Fact("评估代码 Evaluation", r.evaluationCode()),
                new ReportWorkbook.Fact("规划期 Plan period", r.periodStart() + "—" + r.periodEnd()),
                new ReportWorkbook.Fact("版本 Version", r.draft() ? "草稿（未封存）Draft" : r.version()),
                new ReportWorkbook.Fact("封存日期 Sealed", r.sealedAt()),
                new ReportWorkbook.Fact("报告校验和 Report checksum (SHA-256)", r.reportChecksum()),
                new ReportWorkbook.Fact("数据冻结时间 Data frozen at", snapshot == null ? null : ReportWorkbook.time(snapshot.takenAt())),
                new ReportWorkbook.Fact("数据校验和 Data checksum (SHA-256)", snapshot == null ? null : snapshot.checksum()),
                new ReportWorkbook.Fact("指标目录日期 Catalogue as of", snapshot == null ? null : snapshot.catalogueAsOf())));
        return new ReportWorkbook.Parts(heading, r.units(), r.summary(), r.indicators(), r.warnings(), r.equityGaps(),
                r.qualitativeGoals(), r.selfAssessments(), null);
    }
}
