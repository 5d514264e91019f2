package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.childplan.evaluation.domain.ReportFeedback;
import org.childplan.evaluation.evaluation.FeedbackService;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Authenticated
@Path("/api/v1/plans/{planCode}/evaluations/{code}")
@Tag(name = "Evaluation reports")
public class ReportFeedbackResource {

    private final FeedbackService feedback;

    public ReportFeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
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
    public record FeedbackView(OffsetDateTime receivedAt, @Schema(nullable = true) String authorName, @Schema(nullable = true) String organisation, @Schema(nullable = true) String contact,
                               String commentZh) {
        static FeedbackView from(ReportFeedback f) {
            return new FeedbackView(f.receivedAt, f.authorName, f.organisation, f.contact, f.commentZh);
        }
    }
}
