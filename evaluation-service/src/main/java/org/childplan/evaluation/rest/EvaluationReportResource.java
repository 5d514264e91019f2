package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.time.OffsetDateTime;
import java.util.List;
import org.childplan.evaluation.domain.EvaluationStatus;
import org.childplan.evaluation.domain.ReportFeedback;
import org.childplan.evaluation.evaluation.EvaluationService;
import org.childplan.evaluation.evaluation.FeedbackService;
import org.childplan.evaluation.report.EvaluationReport;
import org.childplan.evaluation.report.EvaluationReportFormats;
import org.childplan.evaluation.report.PdfRenderer;
import org.childplan.evaluation.report.Spreadsheet;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.problem.Problem;
import org.childplan.platform.problem.ProblemMapper;
import org.childplan.platform.security.CurrentUser;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Authenticated
@Path("/api/v1/plans/{planCode}/evaluations/{code}")
@Tag(name = "Evaluation reports", description = "The mid-term and final reports, their publication and readers' feedback. 评估报告与反馈。")
public class EvaluationReportResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            MediaType.valueOf(PdfRenderer.MEDIA_TYPE), MediaType.valueOf(Spreadsheet.MEDIA_TYPE)).build();

    private final EvaluationService evaluations;
    private final FeedbackService feedback;
    private final EvaluationReportFormats formats;
    private final CurrentUser user;

    public EvaluationReportResource(EvaluationService evaluations, FeedbackService feedback,
                                    EvaluationReportFormats formats, CurrentUser user) {
        this.evaluations = evaluations;
        this.feedback = feedback;
        this.formats = formats;
        this.user = user;
    }

    @GET
    @Path("/report")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PdfRenderer.MEDIA_TYPE, Spreadsheet.MEDIA_TYPE})
    @Operation(summary = "Get the evaluation report",
            description = "中期/终期评估报告（已发布的报告无需登录即可阅读）：按 Accept 返回 JSON、可打印的 HTML（中文在前、附英文标题）、PDF（嵌入中文字体，文字可复制检索）或 XLSX"
                    + "（每个领域一个工作表并附汇总表）。While compiling it is a draft; once submitted for review it is sealed and every"
                    + " format renders the sealed content, with its checksum, and answers with an ETag per format, so a"
                    + " repeated download with If-None-Match gets 304 Not Modified.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PdfRenderer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified: a sealed report whose ETag the If-None-Match header names / 报告未变化")
    @APIResponse(responseCode = "409", description = "No report yet: the evaluation has not been compiled / 评估尚未汇编，暂无报告",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token, for a report not yet published / 未发布的报告需要有效的访问令牌",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this / 角色无权执行此操作",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    // a published report is served to anyone; a draft or one under review needs a token: authentication is optional
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    public Response getEvaluationReport(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                        @Context Request request) {
        if (user.anonymous() && evaluations.evaluation(planCode, code).status != EvaluationStatus.PUBLISHED) {
            // published reports are public; drafts and reports under review are not
            throw new UnauthorizedException();
        }
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        EvaluationReport report = evaluations.report(planCode, code);
        MediaType type = variant.getMediaType();
        String fileName = planCode + "-" + code + (report.draft() ? "-draft" : "-v" + report.version());
        EntityTag tag = report.reportChecksum() == null ? null
                : new EntityTag(report.reportChecksum() + "-" + type.getSubtype().replaceAll("[^a-z0-9]+", "-"));
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
        if (type.isCompatible(MediaType.valueOf(PdfRenderer.MEDIA_TYPE))) {
            Object body = report.draft() ? (StreamingOutput) out -> formats.writeDraftPdf(report, out) : formats.sealedPdf(report);
            return Response.ok(body, PdfRenderer.MEDIA_TYPE).tag(tag)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"").build();
        }
        StreamingOutput body = out -> formats.writeXlsx(report, out);
        return Response.ok(body, Spreadsheet.MEDIA_TYPE).tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
    }

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave feedback on a published report", description = "对已发布的评估报告提交意见和建议。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "feedback",
            value = "{\"authorName\": \"张老师\", \"organisation\": \"某小学\", \"commentZh\": \"建议报告增加留守儿童心理健康服务情况。\"}")))
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public RestResponse<FeedbackView> leaveFeedback(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                    @NotNull @Valid EvaluationInputs.Feedback input) {
        ReportFeedback f = feedback.leave(planCode, code, new FeedbackService.NewFeedback(input.authorName(),
                input.organisation(), input.contact(), input.commentZh()));
        return RestResponse.status(RestResponse.Status.CREATED, FeedbackView.from(f));
    }

    @GET
    @Path("/feedback")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List feedback on a report", description = "查看读者对评估报告的反馈。")
    @RolesAllowed({Roles.EVALUATOR, Roles.LEADERSHIP, Roles.ADMIN})
    public PageView<FeedbackView> listFeedback(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                               @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(feedback.list(planCode, code), paging.request()), FeedbackView::from);
    }

    @Schema(name = "Feedback", description = "A reader's feedback on a published report.")
    public record FeedbackView(OffsetDateTime receivedAt, String authorName, String organisation, String contact,
                               String commentZh) {
        static FeedbackView from(ReportFeedback f) {
            return new FeedbackView(f.receivedAt, f.authorName, f.organisation, f.contact, f.commentZh);
        }
    }
}
