package org.childplan.evaluation.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.childplan.evaluation.config.PublicFeedbackConfig;
import org.childplan.evaluation.domain.PublicFeedback;
import org.childplan.evaluation.domain.PublicFeedbackStatus;
import org.childplan.evaluation.evaluation.PublicFeedbackService;
import org.childplan.platform.http.ClientAddress;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.problem.Problem;
import org.childplan.platform.problem.ProblemMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Feedback on a published report from readers without an account (the plan's 反馈机制 on published results): sent by
 * anyone, limited per client address, and shown to public readers once the committee office has approved it.
 */
@Path("/api/v1/plans/{planCode}/evaluations/{code}/public-feedback")
@PermitAll
@Tag(name = "Evaluation reports")
public class PublicFeedbackResource {

    @Schema(name = "PublicFeedbackInput", description = "Feedback on a published report from a reader without an account."
            + " 公众对已发布评估报告的意见建议（无需登录，经审核后公开）。",
            examples = "{\"authorName\": \"李女士\", \"commentZh\": \"建议在报告中增加各乡镇的儿童入园率数据。\"}")
    public record PublicFeedbackInput(
            @Size(max = 100) @Schema(description = "Shown with the feedback once approved; may be left out") String authorName,
            @Size(max = 200) @Schema(description = "Shown with the feedback once approved") String organisation,
            @Size(max = 200) @Schema(description = "How the committee office may reply (telephone or e-mail); never shown publicly")
            String contact,
            @NotBlank @Size(max = 2000) @Schema(description = "The feedback, at most 2,000 characters") String commentZh) {
    }

    @Schema(name = "PublicFeedbackReceipt", description = "Feedback received and held for moderation. 已收到，待审核后公开。")
    public record ReceiptView(@Schema(examples = "PF-3F9A1C07B2E4") String code, PublicFeedbackStatus status, String statusZh,
                              OffsetDateTime receivedAt) {
    }

    @Schema(name = "PublicFeedback", description = "Approved feedback on a published report, as public readers see it. 已公开的读者反馈。")
    public record PublicView(String code, OffsetDateTime receivedAt, @Schema(nullable = true) String authorName,
                             @Schema(nullable = true) String organisation, String commentZh) {
        static PublicView from(PublicFeedback f) {
            return new PublicView(f.code, f.receivedAt, f.authorName, f.organisation, f.commentZh);
        }
    }

    private final PublicFeedbackService feedback;
    private final ClientAddress clients;

    public PublicFeedbackResource(PublicFeedbackService feedback, PublicFeedbackConfig config) {
        this.feedback = feedback;
        this.clients = ClientAddress.trusting(config.trustedProxies().orElse(List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave feedback on a published report without an account",
            description = "无需登录即可对已发布的评估报告提交意见建议；经市妇儿工委办公室审核通过后公开。Anyone may send it; it is held"
                    + " as PENDING until the committee office approves it, and only approved feedback is shown"
                    + " (listPublicFeedback). The comment is at most 2,000 characters and the body at most 16 KiB (413 above);"
                    + " one client address may send 5 per hour (configurable; 429 with Retry-After above). The client address"
                    + " is the direct peer of the connection, or, behind reverse proxies the operator names as trusted,"
                    + " the address they report in X-Forwarded-For. Signed-in readers may also use leaveFeedback.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicFeedbackInput.class)))
    @APIResponse(responseCode = "202", description = "Received and held for moderation / 已收到，待审核",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "404", description = "No published report with that code / 没有该已发布的报告",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This address has sent as much feedback as it may for now; retry after"
            + " Retry-After seconds / 提交过于频繁，请稍后重试",
            headers = @Header(name = "Retry-After", description = "Seconds until this address may send feedback again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ReceiptView> submitPublicFeedback(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                          @Context HttpServerRequest request,
                                                          @NotNull @Valid PublicFeedbackInput input) {
        String client = clients.of(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(),
                request.headers().getAll("X-Forwarded-For"));
        PublicFeedback f = feedback.leave(planCode, code, client, new PublicFeedbackService.NewFeedback(
                input.authorName(), input.organisation(), input.contact(), input.commentZh()));
        return RestResponse.status(RestResponse.Status.ACCEPTED,
                new ReceiptView(f.code, f.status, f.status.nameZh(), f.receivedAt));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the approved feedback on a published report",
            description = "查看已发布评估报告下经审核公开的读者反馈（无需登录）。Only feedback the committee office approved, oldest first;"
                    + " contact details are never shown.")
    public PageView<PublicView> listPublicFeedback(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                   @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(feedback.approved(planCode, code), paging.request()), PublicView::from);
    }
}
