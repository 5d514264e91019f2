package org.childplan.evaluation.rest;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.util.Arrays;
import java.util.List;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.evaluation.EvaluationService;
import org.childplan.evaluation.report.CanonicalJson;
import org.childplan.evaluation.report.EvaluationReport;
import org.childplan.evaluation.report.EvaluationReportFormats;
import org.childplan.evaluation.report.PdfRenderer;
import org.childplan.evaluation.report.Spreadsheet;
import org.childplan.platform.problem.Problem;
import org.childplan.platform.problem.ProblemMapper;
import org.childplan.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evaluation report in each of its representations: one operation chooses by Accept, as the conventions ask, and
 * one per format at a URL of its own, so a generated client can ask for the PDF, XLSX or HTML by name.
 */
@Path("/api/v1/plans/{planCode}/evaluations/{code}")
@Tag(name = "Evaluation reports", description = "The mid-term and final reports, their publication and readers' feedback. 评估报告与反馈。")
// a published report is served to anyone; a draft or one under review needs a token: authentication is optional
@PermitAll
@SecurityRequirementsSet({})
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "304", description = "Not modified: a sealed report whose ETag the If-None-Match header names / 报告未变化")
@APIResponse(responseCode = "404", description = "No such evaluation, or no sealed version with that number / 评估或指定的报告版本不存在",
        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "No report yet: the evaluation has not been compiled / 评估尚未汇编，暂无报告",
        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token, for a report not yet published / 未发布的报告需要有效的访问令牌",
        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this / 角色无权执行此操作",
        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class EvaluationReportResource {

    private static final String VERSION = "A sealed version (1, 2, …) to read exactly as sealed, with its review; without it, the"
            + " report as it stands: the draft while compiling (also after a return), else the latest sealed version."
            + " The JSON lists every version under versions. A reader without an account reads only the published version."
            + " 指定封存版本号，读取该版本及其审核意见。";

    private static final MediaType PDF = MediaType.valueOf(PdfRenderer.MEDIA_TYPE);
    private static final MediaType XLSX = MediaType.valueOf(Spreadsheet.MEDIA_TYPE);
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            PDF, XLSX).build();

    private final EvaluationService evaluations;
    private final EvaluationReportFormats formats;
    private final CurrentUser user;

    public EvaluationReportResource(EvaluationService evaluations, EvaluationReportFormats formats, CurrentUser user) {
        this.evaluations = evaluations;
        this.formats = formats;
        this.user = user;
    }

    @GET
    @Path("/report")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PdfRenderer.MEDIA_TYPE, Spreadsheet.MEDIA_TYPE})
    @Operation(summary = "Get the evaluation report",
            description = "中期/终期评估报告（已发布的报告无需登录即可阅读）：按 Accept 返回 JSON、可打印的 HTML（中文在前、附英文标题）、PDF（嵌入中文字体，文字可复制检索）或 XLSX"
                    + "（汇总表、每年一列数值的指标表，及供数据透视表或 pandas 读取的长表）。While compiling it is a draft; once submitted for review it is sealed and every"
                    + " format renders the sealed content, with its checksum, and answers with an ETag per format, so a"
                    + " repeated download with If-None-Match gets 304 Not Modified.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PdfRenderer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response getEvaluationReport(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                        @Parameter(description = VERSION) @QueryParam("version") @Min(1) @Max(100_000) Integer version,
                                        @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        return representation(planCode, code, version, variant.getMediaType(), request);
    }

    @GET
    @Path("/report.pdf")
    @Produces(PdfRenderer.MEDIA_TYPE)
    @Operation(summary = "Download the evaluation report as PDF",
            description = "评估报告 PDF（嵌入中文字体，文字可复制检索）。The PDF representation of getEvaluationReport at a URL of its own,"
                    + " for clients that cannot choose it by Accept; the same access rules, ETag and 304 apply.")
    @APIResponse(responseCode = "200", description = "The report as PDF",
            content = @Content(mediaType = PdfRenderer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getEvaluationReportPdf(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                           @Parameter(description = VERSION) @QueryParam("version") @Min(1) @Max(100_000) Integer version,
                                           @Context Request request) {
        return representation(planCode, code, version, PDF, request);
    }

    @GET
    @Path("/report.xlsx")
    @Produces(Spreadsheet.MEDIA_TYPE)
    @Operation(summary = "Download the evaluation report as XLSX",
            description = "评估报告 Excel 工作簿（汇总表、每年一列数值的指标表，及供数据透视表或 pandas 读取的长表）。The XLSX representation of getEvaluationReport at a URL"
                    + " of its own; the same access rules, ETag and 304 apply.")
    @APIResponse(responseCode = "200", description = "The report as an XLSX workbook",
            content = @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getEvaluationReportXlsx(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                            @Parameter(description = VERSION) @QueryParam("version") @Min(1) @Max(100_000) Integer version,
                                            @Context Request request) {
        return representation(planCode, code, version, XLSX, request);
    }

    @GET
    @Path("/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Get the evaluation report as printable HTML",
            description = "评估报告网页版（可打印，中文在前、附英文标题）。The HTML representation of getEvaluationReport at a URL of its"
                    + " own; the same access rules, ETag and 304 apply.")
    // binary, so that a generated client hands the page over as it came (openapi-generator's Java client parses a
    // string answer as JSON)
    @APIResponse(responseCode = "200", description = "The report as an HTML page (UTF-8)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getEvaluationReportHtml(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                            @Parameter(description = VERSION) @QueryParam("version") @Min(1) @Max(100_000) Integer version,
                                            @Context Request request) {
        return representation(planCode, code, version, MediaType.TEXT_HTML_TYPE, request);
    }

    /** One representation of the report, for whichever operation chose it. */
    private Response representation(String planCode, String code, Integer version, MediaType type, Request request) {
        Evaluation evaluation = evaluations.evaluation(planCode, code);
        if (user.anonymous() && !evaluations.isPublic(evaluation, version)) {
            // the published version is public; drafts, versions under review and returned versions are not
            throw new UnauthorizedException();
        }
        EvaluationReport report = evaluations.report(evaluation, version, user.anonymous());
        String fileName = planCode + "-" + code + (report.draft() ? "-draft" : "-v" + report.version());
        EntityTag tag = report.reportChecksum() == null ? null : new EntityTag(report.reportChecksum() + "-"
                + type.getSubtype().replaceAll("[^a-z0-9]+", "-")
                // the JSON carries the version's review and the list of versions beside the sealed content, and both grow
                + (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? "-" + CanonicalJson.sha256(CanonicalJson.write(
                        Arrays.asList(report.review(), report.versions()))).substring(0, 16) : ""));
        if (tag != null) {
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            if (notModified != null) {
                return notModified.tag(tag).build();
            }
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(report, MediaType.APPLICATION_JSON).tag(tag).build();
        }
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(formats.html(report), MediaType.TEXT_HTML + ";charset=UTF-8").tag(tag).build();
        }
        if (type.isCompatible(PDF)) {
            Object body = report.draft() ? (StreamingOutput) out -> formats.writeDraftPdf(report,
            out) : formats.sealedPdf(report);
            return Response.ok(body, PdfRenderer.MEDIA_TYPE).tag(tag)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"").build();
        }
        StreamingOutput body = out -> formats.writeXlsx(report, out);
        return Response.ok(body, Spreadsheet.MEDIA_TYPE).tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
    }
}
