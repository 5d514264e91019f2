package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.childplan.evaluation.monitoring.ObservationExportService;

/**
 * Puts the year's upward package together: the annual monitoring report as PDF and XLSX, and the year's accepted data
 * as SDMX-CSV, with the manifest and checksums of {@link UpwardPackage}. The statistics bureau sends it as it is.
 */
@ApplicationScoped
public class UpwardPackageService {

    private final AnnualReportService reports;
    private final AnnualReportFormats formats;
    private final ObservationExportService observations;

    public UpwardPackageService(AnnualReportService reports, AnnualReportFormats formats, ObservationExportService observations) {
        this.reports = reports;
        this.formats = formats;
        this.observations = observations;
    }

    public static String fileName(String planCode, int year) {
        return "upward-package-" + planCode + "-" + year + ".zip";
    }

    /**
     * The whole package, built before anything is sent: an unknown plan or cycle is a 404 problem, never a broken
     * download, and the package is a few megabytes at most.
     */
    public byte[] build(String planCode, int year) throws IOException {
        AnnualReportService.AnnualReport report = reports.report(planCode, year);
        String base = planCode + "-" + year;
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        formats.writePdf(report, pdf);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        formats.writeXlsx(report, xlsx);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(csv, StandardCharsets.UTF_8)) {
            SdmxCsv.write(writer, planCode, observations.accepted(planCode, year, null), observations.catalogue(planCode));
        }
        List<UpwardPackage.Entry> entries = List.of(
                new UpwardPackage.Entry("annual-report-" + base + ".pdf", PdfRenderer.MEDIA_TYPE,
                        year + "年度监测报告（PDF）", pdf.toByteArray()),
                new UpwardPackage.Entry("annual-report-" + base + ".xlsx", Spreadsheet.MEDIA_TYPE,
                        year + "年度监测报告数据表（XLSX，含长表）", xlsx.toByteArray()),
                new UpwardPackage.Entry("observations-" + base + ".csv", SdmxCsv.MEDIA_TYPE,
                        year + "年度审核通过的监测数据（SDMX-CSV 2.0）", csv.toByteArray()));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        UpwardPackage.write(new UpwardPackage.About(planCode, report.plan().titleZh(), year, report.body().issuerZh(),
                report.generatedAt()), entries, zip);
        return zip.toByteArray();
    }
}
