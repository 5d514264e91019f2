package org.childplan.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.childplan.evaluation.domain.PublicFeedback;
import org.childplan.evaluation.domain.PublicFeedbackStatus;
import org.childplan.evaluation.evaluation.PublicFeedbackService;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The committee office's moderation of feedback sent without an account. The office (市妇儿工委办公室) leads the
 * evaluation group, whose role, evaluator, also publishes the reports; so it is the evaluator role that moderates.
 */
@Path("/api/v1/public-feedback")
@RolesAllowed(Roles.EVALUATOR)
@Tag(name = "Evaluation reports")
public class PublicFeedbackModerationResource {

    @Schema(name = "PublicFeedbackForModeration", description = "Feedback sent without an account, as the moderators see it. 待审核或已审核的公众反馈。")
    public record ModerationView(String code, String planCode, String evaluationCode, OffsetDateTime receivedAt,
                                 @Schema(nullable = true) String authorName, @Schema(nullable = true) String organisation,
                                 @Schema(nullable = true) String contact, String commentZh, PublicFeedbackStatus status,
                                 String statusZh, @Schema(nullable = true) OffsetDateTime moderatedAt,
                                 @Schema(nullable = true) String moderatedBy, @Schema(nullable = true) String moderationNote) {
        static ModerationView from(PublicFeedback f) {
            return new ModerationView(f.code, f.evaluation.planCode, f.evaluation.code, f.receivedAt, f.authorName, f.organisation,
                    f.contact, f.commentZh, f.status, f.status.nameZh(), f.moderatedAt, f.moderatedBy, f.moderationNote);
        }
    }

    @Schema(name = "FeedbackModerationInput", description = "Why the feedback is approved or rejected; optional. 审核说明。")
    public record ModerationInput(@Size(max = 1000) String note) {
    }

    private static final String MODERATION_EXAMPLE = "{\"note\": \"与报告内容相关，予以公开\"}";

    private final PublicFeedbackService feedback;

    public PublicFeedbackModerationResource(PublicFeedbackService feedback) {
        this.feedback = feedback;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List feedback sent without an account, for moderation",
            description = "公众反馈审核队列（市妇儿工委办公室）：按收到时间排列；status=PENDING 即待审核队列。Oldest first, with the"
                    + " contact details readers left for a reply.")
    public PageView<ModerationView> listPublicFeedbackForModeration(
            @Parameter(description = "Only feedback in this state; PENDING is the moderation queue",
                    schema = @Schema(implementation = PublicFeedbackStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only feedback on reports of this plan") @QueryParam("plan") String plan,
            @Parameter(description = "Only feedback on this evaluation's report") @QueryParam("evaluation") String evaluation,
            @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(feedback.forModeration(QueryParams.enumValue("status", status, PublicFeedbackStatus.class),
                QueryParams.text("plan", plan, 100), QueryParams.text("evaluation", evaluation, 100)), paging.request()),
                ModerationView::from);
    }

    @GET
    @Path("/{feedbackCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get one piece of feedback sent without an account", description = "查看一条公众反馈及其审核情况。")
    public ModerationView getPublicFeedback(@PathParam("feedbackCode") String feedbackCode) {
        return ModerationView.from(feedback.get(feedbackCode));
    }

    @POST
    @Path("/{feedbackCode}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve feedback sent without an account, so that it shows publicly",
            description = "审核通过，公开显示在报告的读者反馈中。PENDING → APPROVED; a decision once taken stands (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = MODERATION_EXAMPLE)))
    public ModerationView approvePublicFeedback(@PathParam("feedbackCode") String feedbackCode, @Valid ModerationInput input) {
        return ModerationView.from(feedback.moderate(feedbackCode, PublicFeedbackStatus.APPROVED, input == null ? null : input.note()));
    }

    @POST
    @Path("/{feedbackCode}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject feedback sent without an account; it never shows publicly",
            description = "审核不通过，不予公开（仍保留供工作参考）。PENDING → REJECTED; a decision once taken stands (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = "{\"note\": \"与报告内容无关\"}")))
    public ModerationView rejectPublicFeedback(@PathParam("feedbackCode") String feedbackCode, @Valid ModerationInput input) {
        return ModerationView.from(feedback.moderate(feedbackCode, PublicFeedbackStatus.REJECTED, input == null ? null : input.note()));
    }
}
