package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.childplan.evaluation.report.AnnualReportFormats;
import org.childplan.evaluation.report.AnnualReportService;
import org.childplan.evaluation.report.PdfRenderer;
import org.childplan.evaluation.report.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/plans/{planCode}/monitoring-cycles/{year}")
@Tag(name = "Monitoring cycles")
public class AnnualReportResource {

    private static final MediaType XLSX = MediaType.valueOf(Spreadsheet.MEDIA_TYPE);
    private static final MediaType PDF = MediaType.valueOf(PdfRenderer.MEDIA_TYPE);
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE, PDF, XLSX).build();

    private final AnnualReportService reports;
    private final AnnualReportFormats formats;

    public AnnualReportResource(AnnualReportService reports, AnnualReportFormats formats) {
        this.reports = reports;
        this.formats = formats;
    }

    @GET
    @Path("/report")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PdfRenderer.MEDIA_TYPE, Spreadsheet.MEDIA_TYPE})
    @Operation(summary = "Get the annual monitoring report of a cycle",
            description = "年度监测报告：报送完整性、分领域指标进展、预警和城乡性别差距。By Accept: JSON, print-ready HTML, PDF or XLSX.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PdfRenderer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response getAnnualReport(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                    @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        return representation(planCode, year, variant.getMediaType());
    }

    @GET
    @Path("/report.xlsx")
    @Produces(Spreadsheet.MEDIA_TYPE)
    @Operation(summary = "Download the annual monitoring report as XLSX",
            description = "年度监测报告 Excel 工作簿。The XLSX representation of getAnnualReport at a URL of its own, for clients that"
                    + " cannot choose it by Accept.")
    @APIResponse(responseCode = "200", description = "The report as an XLSX workbook",
            content = @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getAnnualReportXlsx(@PathParam("planCode") String planCode, @PathParam("year") int year) {
        return representation(planCode, year, XLSX);
    }

    @GET
    @Path("/report.pdf")
    @Produces(PdfRenderer.MEDIA_TYPE)
    @Operation(summary = "Download the annual monitoring report as PDF",
            description = "年度监测报告 PDF 版。The PDF representation of getAnnualReport at a URL of its own.")
    @APIResponse(responseCode = "200", description = "The report as a PDF document",
            content = @Content(mediaType = PdfRenderer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getAnnualReportPdf(@PathParam("planCode") String planCode, @PathParam("year") int year) {
        return representation(planCode, year, PDF);
    }

    @GET
    @Path("/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Get the annual monitoring report as printable HTML",
            description = "年度监测报告网页版（可打印）。The HTML representation of getAnnualReport at a URL of its own.")
    // binary, so that a generated client hands the page over as it came (openapi-generator's Java client parses a
    // string answer as JSON)
    @APIResponse(responseCode = "200", description = "The report as an HTML page (UTF-8)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getAnnualReportHtml(@PathParam("planCode") String planCode, @PathParam("year") int year) {
        return representation(planCode, year, MediaType.TEXT_HTML_TYPE);
    }

    private Response representation(String planCode, int year, MediaType type) {
        AnnualReportService.AnnualReport report = reports.report(planCode, year);
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(formats.html(report), MediaType.TEXT_HTML + ";charset=UTF-8").build();
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(AnnualReportView.from(report), MediaType.APPLICATION_JSON).build();
        }
        String fileName = "annual-report-" + planCode + "-" + year;
        if (type.isCompatible(PDF)) {
            StreamingOutput pdf = out -> formats.writePdf(report, out);
            return Response.ok(pdf, PdfRenderer.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"").build();
        }
        StreamingOutput xlsx = out -> formats.writeXlsx(report, out);
        return Response.ok(xlsx, Spreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
                .build();
    }
}
