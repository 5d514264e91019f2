package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.childplan.evaluation.domain.Labels;

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
        ReportWorkbook.write(parts(report), out);
    }

    static ReportWorkbook.Parts parts(AnnualReportService.AnnualReport r) {
        var plan = r.plan();
        var body = r.body();
        var completeness = r.completeness();
        var heading = new ReportWorkbook.Heading(r.cycle().year + "年度监测报告", "Annual Monitoring Report " + r.cycle().year,
                plan.code(), plan.titleZh(), plan.titleEn(), plan.jurisdictionCode(), plan.jurisdictionZh(), body.issuerZh(),
                body.issuerEn(), r.cycle().year, List.of(
                new ReportWorkbook.Fact("规划期 Plan period", plan.periodStart() + "—" + plan.periodEnd()),
                new ReportWorkbook.Fact("报送状态 Cycle", Labels.zh(r.cycle().status)),
                new ReportWorkbook.Fact("生成时间 Generated at", ReportWorkbook.time(r.generatedAt())),
                new ReportWorkbook.Fact("报送统计日期 Completeness as of", completeness.asOf()),
                new ReportWorkbook.Fact("总体报送完整率 Overall completeness", completeness.total() == null ? null
                        : new Spreadsheet.Formatted(completeness.total().completeness(), "0.0%"))));
        return new ReportWorkbook.Parts(heading, body.units(), body.summary(), body.indicators(), body.warnings(),
                body.equityGaps(), null, null, completeness.byAgency(), r.scorecards());
    }
}
