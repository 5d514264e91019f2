package org.childplan.evaluation.rest;

import static org.childplan.platform.revision.ExpectedRevision.IF_MATCH;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.OffsetDateTime;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.EvaluationAction;
import org.childplan.evaluation.domain.EvaluationEvent;
import org.childplan.evaluation.domain.EvaluationStatus;
import org.childplan.evaluation.domain.GoalRating;
import org.childplan.evaluation.evaluation.EvaluationService;
import org.childplan.evaluation.report.EvaluationReport;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Authenticated
@Path("/api/v1/plans/{planCode}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Mid-term and final evaluations by the women-and-children committee. 中期、终期评估。")
public class EvaluationResource {

    private static final String CREATE_EXAMPLE = """
            {"type": "MIDTERM", "referenceYear": 2023,
             "planTextZh": "按照《常宁市儿童发展规划（2021—2025年）》要求，对2021—2023年规划实施情况开展中期评估……",
             "selfAssessmentDueOn": "2024-05-31", "reportDueOn": "2024-08-31"}""";
    private static final String ACTION_EXAMPLE = "{\"comment\": \"经监测评估领导小组会议审议通过\"}";

    private final EvaluationService evaluations;

    public EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @Operation(summary = "List a plan's evaluations", description = "列出规划的中期、终期评估。")
    public PageView<EvaluationView> listEvaluations(@PathParam("planCode") String planCode,
                                                   @Parameter(schema = @Schema(implementation = EvaluationStatus.class))
                                                   @QueryParam("status") String status,
                                                   @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(evaluations.evaluations(planCode,
                QueryParams.enumValue("status", status, EvaluationStatus.class)), paging.request()), EvaluationView::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an evaluation", description = "新建中期或终期评估（草稿），含评估方案和截止日期。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mid-term", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created as DRAFT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<EvaluationView> createEvaluation(@PathParam("planCode") String planCode,
                                                         @NotNull @Valid EvaluationInputs.NewEvaluation input) {
        Evaluation e = evaluations.create(planCode, new EvaluationService.NewEvaluation(input.type(), input.referenceYear(),
                input.planTextZh(), input.planTextEn(), input.selfAssessmentDueOn(), input.reportDueOn()));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, EvaluationView.from(e))
                .location(URI.create("/api/v1/plans/" + planCode + "/evaluations/" + e.code))
                .tag(new EntityTag(String.valueOf(e.revision))).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get an evaluation", description = "查看评估及其当前状态。")
    public RestResponse<EvaluationView> getEvaluation(@PathParam("planCode") String planCode, @PathParam("code") String code) {
        return withEtag(evaluations.evaluation(planCode, code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft evaluation's plan", description = "修改评估方案（仅草稿状态）。Send the ETag as If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan",
            value = "{\"planTextZh\": \"……\", \"selfAssessmentDueOn\": \"2024-06-15\", \"reportDueOn\": \"2024-09-15\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<EvaluationView> updateEvaluationPlan(@PathParam("planCode") String planCode,
                                                             @PathParam("code") String code,
                                                             @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                             @NotNull @Valid EvaluationInputs.PlanChange input) {
        return withEtag(evaluations.updatePlan(planCode, code, input.planTextZh(), input.planTextEn(),
                input.selfAssessmentDueOn(), input.reportDueOn(), ExpectedRevision.required(ifMatch)));
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "The evaluation's workflow history", description = "评估流程记录：每一步由谁、何时、为何执行。")
    public PageView<EventView> getEvaluationHistory(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                    @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(evaluations.history(evaluations.evaluation(planCode, code)), paging.request()), EventView::from);
    }

    @Schema(name = "EvaluationEvent", description = "One workflow step: who took it, when, and why.")
    public record EventView(EvaluationAction action, String actionZh, EvaluationStatus fromStatus, EvaluationStatus toStatus,
                            String actor, OffsetDateTime at,
                            @Schema(nullable = true, description = "Why; absent when the step was taken without a comment")
                            String comment) {
        static EventView from(EvaluationEvent e) {
            return new EventView(e.action, e.action.nameZh(), e.fromStatus, e.toStatus, e.actor, e.at, e.comment);
        }
    }

    @POST
    @Path("/{code}/approve-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the evaluation plan (leading group)", description = "监测评估领导小组批准评估方案。DRAFT → PLAN_APPROVED.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment", value = ACTION_EXAMPLE)))
    @RolesAllowed(Roles.LEADERSHIP)
    public RestResponse<EvaluationView> approveEvaluationPlan(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                              @HeaderParam("If-Match") String ifMatch,
                                                              @Valid EvaluationInputs.Action input) {
        return act(planCode, code, EvaluationAction.APPROVE_PLAN, input, ExpectedRevision.fromIfMatch(ifMatch));
    }

    @POST
    @Path("/{code}/start-collecting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue self-assessment tasks",
            description = "向每个负有领域责任的成员单位下发自评任务，列出其负责的全部目标。PLAN_APPROVED → COLLECTING.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment", value = "{\"comment\": \"请各单位于5月31日前提交自评报告\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<EvaluationView> startCollecting(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                        @HeaderParam("If-Match") String ifMatch,
                                                        @Valid EvaluationInputs.Action input) {
        return act(planCode, code, EvaluationAction.START_COLLECTING, input, ExpectedRevision.fromIfMatch(ifMatch));
    }

    @POST
    @Path("/{code}/compile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start compiling the report (evaluation group)",
            description = "评估组开始编制报告：冻结报告所依据的全部数据（指标目录版本、责任矩阵、已审核数据、进展、预警、差距、自评）。COLLECTING → COMPILING.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment", value = "{\"comment\": \"自评收集完毕\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<EvaluationView> compileEvaluation(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                          @HeaderParam("If-Match") String ifMatch,
                                                          @Valid EvaluationInputs.Action input) {
        return act(planCode, code, EvaluationAction.COMPILE, input, ExpectedRevision.fromIfMatch(ifMatch));
    }

    @POST
    @Path("/{code}/submit-for-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the report for review",
            description = "提交领导小组审核：报告定稿并生成校验和，此后各格式均据此渲染。COMPILING or RETURNED → UNDER_REVIEW.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment", value = "{\"comment\": \"报告初稿已完成\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<EvaluationView> submitEvaluationForReview(@PathParam("planCode") String planCode,
                                                                  @PathParam("code") String code,
                                                                  @HeaderParam("If-Match") String ifMatch,
                                                                  @Valid EvaluationInputs.Action input) {
        return act(planCode, code, EvaluationAction.SUBMIT_FOR_REVIEW, input, ExpectedRevision.fromIfMatch(ifMatch));
    }

    @POST
    @Path("/{code}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the report (leading group)", description = "领导小组批准报告。UNDER_REVIEW → APPROVED.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment", value = ACTION_EXAMPLE)))
    @RolesAllowed(Roles.LEADERSHIP)
    public RestResponse<EvaluationView> approveEvaluation(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                          @HeaderParam("If-Match") String ifMatch,
                                                          @Valid EvaluationInputs.Action input) {
        return act(planCode, code, EvaluationAction.APPROVE, input, ExpectedRevision.fromIfMatch(ifMatch));
    }

    @POST
    @Path("/{code}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the report with comments (leading group)",
            description = "领导小组退回报告并提出修改意见（必填）。UNDER_REVIEW → RETURNED.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comments",
            value = "{\"comment\": \"请补充农村留守儿童关爱服务的评估内容\"}")))
    @RolesAllowed(Roles.LEADERSHIP)
    public RestResponse<EvaluationView> returnEvaluation(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                         @HeaderParam("If-Match") String ifMatch,
                                                         @NotNull @Valid EvaluationInputs.Action input) {
        return act(planCode, code, EvaluationAction.RETURN, input, ExpectedRevision.fromIfMatch(ifMatch));
    }

    @POST
    @Path("/{code}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the approved report", description = "发布报告：发布后公众可阅读并提交反馈。APPROVED → PUBLISHED.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment", value = "{\"comment\": \"经市妇儿工委同意发布\"}")))
    @RolesAllowed({Roles.LEADERSHIP, Roles.EVALUATOR})
    public RestResponse<EvaluationView> publishEvaluation(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                          @HeaderParam("If-Match") String ifMatch,
                                                          @Valid EvaluationInputs.Action input) {
        return act(planCode, code, EvaluationAction.PUBLISH, input, ExpectedRevision.fromIfMatch(ifMatch));
    }

    @PUT
    @Path("/{code}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the findings and recommendations", description = "评估组填写评估发现和对策建议（报告编制阶段）。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "findings",
            value = "{\"findingsZh\": \"儿童健康主要指标总体向好，农村5岁以下儿童死亡率仍偏高。\", \"recommendationsZh\": \"加大农村妇幼保健投入。\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<EvaluationView> writeEvaluationFindings(@PathParam("planCode") String planCode,
                                                                @PathParam("code") String code,
                                                                @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                                @NotNull @Valid EvaluationInputs.Findings input) {
        return withEtag(evaluations.writeFindings(planCode, code, new EvaluationReport.Findings(input.findingsZh(),
                input.findingsEn(), input.recommendationsZh(),
                input.recommendationsEn()), ExpectedRevision.required(ifMatch)));
    }

    @GET
    @Path("/{code}/ratings")
    @Operation(summary = "List the ratings of qualitative goals", description = "列出评估组对定性目标的评定。")
    public PageView<RatingView> listGoalRatings(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(evaluations.ratings(evaluations.evaluation(planCode, code)), paging.request()), RatingView::from);
    }

    @PUT
    @Path("/{code}/ratings/{goalCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a qualitative goal (evaluation group)",
            description = "评估组参考各单位自评，对定性目标作出最终评定（报告编制阶段）。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rating",
            value = "{\"rating\": \"BASICALLY_ACHIEVED\", \"rationaleZh\": \"出生缺陷三级防治网络已覆盖全市，婚前孕前保健一站式服务尚未全覆盖。\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RatingView rateGoal(@PathParam("planCode") String planCode, @PathParam("code") String code,
                               @PathParam("goalCode") String goalCode, @NotNull @Valid EvaluationInputs.Rating input) {
        return RatingView.from(evaluations.rate(planCode, code, goalCode, input.rating(), input.rationaleZh(), input.rationaleEn()));
    }

    @Schema(name = "GoalRating", description = "The evaluation group's rating of a qualitative goal.")
    public record RatingView(String goalCode, org.childplan.evaluation.domain.GoalRatingValue rating, String ratingZh,
                             @Schema(nullable = true) String rationaleZh, @Schema(nullable = true) String rationaleEn,
                             String ratedBy, OffsetDateTime ratedAt) {
        static RatingView from(GoalRating r) {
            return new RatingView(r.goalCode, r.rating, r.rating.nameZh(), r.rationaleZh, r.rationaleEn, r.ratedBy, r.ratedAt);
        }
    }

    @GET
    @Path("/{code}/narratives")
    @Operation(summary = "List the domains' narratives",
            description = "分领域评估情况（文字）：据冻结数据起草的文字，及评估组的修改。Each with its draft beside it; none"
                    + " before the evaluation is compiled.")
    public PageView<NarrativeView> listNarratives(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                  @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(evaluations.narratives(evaluations.evaluation(planCode, code)), paging.request()),
                NarrativeView::from);
    }

    @PUT
    @Path("/{code}/narratives/{domainCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite a domain's drafted narrative (evaluation group)",
            description = "评估组修改某一领域的评估情况文字（报告编制阶段），封存时随报告一并封存。Send the evaluation's ETag as"
                    + " If-Match; the answer carries its new one.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "narrative",
            value = "{\"textZh\": \"本领域纳入监测的定量指标共12项。新生儿死亡率为3.1‰（2023年），比上年下降0.3个千分点，已实现≤3‰的目标。\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<NarrativeView> rewriteNarrative(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                        @PathParam("domainCode") String domainCode,
                                                        @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                        @NotNull @Valid EvaluationInputs.NarrativeText input) {
        Evaluation e = evaluations.rewriteNarrative(planCode, code, domainCode, input.textZh(), ExpectedRevision.required(ifMatch));
        return narrative(e, domainCode);
    }

    @DELETE
    @Path("/{code}/narratives/{domainCode}")
    @Operation(summary = "Go back to a domain's drafted narrative (evaluation group)",
            description = "撤销评估组对某一领域评估情况文字的修改，恢复据冻结数据起草的文字（报告编制阶段）。Send the evaluation's"
                    + " ETag as If-Match.")
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<NarrativeView> restoreNarrative(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                        @PathParam("domainCode") String domainCode,
                                                        @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        Evaluation e = evaluations.restoreNarrative(planCode, code, domainCode, ExpectedRevision.required(ifMatch));
        return narrative(e, domainCode);
    }

    @Schema(name = "DomainNarrative", description = "A domain's narrative as it stands, with the draft it started from."
            + " 分领域评估情况（文字）。")
    public record NarrativeView(String domainCode, @Schema(nullable = true) String domainNameZh,
                                @Schema(description = "The text the report carries: the group's rewrite, or the draft") String textZh,
                                @Schema(description = "The text as drafted from the frozen data") String draftZh,
                                @Schema(description = "True when the evaluation group rewrote the draft") boolean edited,
                                @Schema(nullable = true) String editedBy, @Schema(nullable = true) OffsetDateTime editedAt) {
        static NarrativeView from(EvaluationService.NarrativeState n) {
            return new NarrativeView(n.domainCode(), n.domainNameZh(), n.textZh(), n.draftZh(), n.edited(), n.editedBy(),
                    n.editedAt());
        }
    }

    /** The narrative after a change, with the evaluation's new ETag for the next one. */
    private RestResponse<NarrativeView> narrative(Evaluation e, String domainCode) {
        return RestResponse.ResponseBuilder.ok(NarrativeView.from(evaluations.narrative(e, domainCode)))
                .tag(new EntityTag(String.valueOf(e.revision))).build();
    }

    private RestResponse<EvaluationView> act(String planCode, String code, EvaluationAction action,
                                             EvaluationInputs.Action input, ExpectedRevision expected) {
        return withEtag(evaluations.act(planCode, code, action, input == null ? null : input.comment(), expected));
    }

    private static RestResponse<EvaluationView> withEtag(Evaluation e) {
        return RestResponse.ResponseBuilder.ok(EvaluationView.from(e)).tag(new EntityTag(String.valueOf(e.revision))).build();
    }
}
