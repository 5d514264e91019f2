package org.childplan.evaluation.rest;

import static org.childplan.platform.revision.ExpectedRevision.IF_MATCH;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.childplan.evaluation.domain.SelfAssessment;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.evaluation.SelfAssessmentService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Authenticated
@Path("/api/v1/plans/{planCode}/evaluations/{code}/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-assessments", description = "Member agencies' self-assessment reports. 成员单位自评报告。")
public class SelfAssessmentResource {

    private final SelfAssessmentService selfAssessments;

    public SelfAssessmentResource(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    @GET
    @Operation(summary = "List an evaluation's self-assessments", description = "列出各成员单位的自评报告及其状态、是否逾期。")
    public PageView<SelfAssessmentView> listSelfAssessments(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                                           @Parameter(schema = @Schema(implementation = SelfAssessmentStatus.class))
                                                           @QueryParam("status") String status,
                                                           @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(selfAssessments.list(planCode, code,
                QueryParams.enumValue("status", status, SelfAssessmentStatus.class)), paging.request()), this::view);
    }

    @GET
    @Path("/{agencyCode}")
    @Operation(summary = "Get an agency's self-assessment", description = "查看单位自评报告（逐目标）。")
    public RestResponse<SelfAssessmentView> getSelfAssessment(@PathParam("planCode") String planCode,
                                                              @PathParam("code") String code,
                                                              @PathParam("agencyCode") String agencyCode) {
        return withEtag(selfAssessments.get(planCode, code, agencyCode));
    }

    @PUT
    @Path("/{agencyCode}/items/{goalCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the self-assessment of one goal",
            description = "填写单个目标的自评：进展、问题、下一步措施；定性目标须评定等级；可附佐证材料。Send the self-assessment's ETag as If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "goal", value = """
            {"progressZh": "全市建成出生缺陷三级防治网络，婚前医学检查率提高到82%。", "problemsZh": "农村地区孕前优生健康检查覆盖不足。",
             "nextStepsZh": "推广婚检孕检一站式服务。", "rating": "BASICALLY_ACHIEVED",
             "evidence": [{"titleZh": "2023年出生缺陷防治工作总结", "reference": "常卫发〔2024〕3号"}]}""")))
    @RolesAllowed(Roles.REPORTER)
    public RestResponse<SelfAssessmentView> writeSelfAssessmentItem(@PathParam("planCode") String planCode,
                                                                    @PathParam("code") String code,
                                                                    @PathParam("agencyCode") String agencyCode,
                                                                    @PathParam("goalCode") String goalCode,
                                                                    @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                                    @NotNull @Valid EvaluationInputs.Item input) {
        selfAssessments.writeItem(planCode, code, agencyCode, goalCode, new SelfAssessmentService.ItemInput(input.progressZh(),
                input.problemsZh(), input.nextStepsZh(), input.rating(),
                input.evidence() == null ? null : input.evidence().stream().map(EvaluationInputs.EvidenceRow::evidence).toList()),
                ExpectedRevision.required(ifMatch));
        return withEtag(selfAssessments.get(planCode, code, agencyCode));
    }

    @POST
    @Path("/{agencyCode}/submit")
    @Operation(summary = "Submit a self-assessment", description = "提交自评报告：每个目标都须填写进展，定性目标须评定等级。")
    @RolesAllowed(Roles.REPORTER)
    public RestResponse<SelfAssessmentView> submitSelfAssessment(@PathParam("planCode") String planCode,
                                                                 @PathParam("code") String code,
                                                                 @PathParam("agencyCode") String agencyCode,
                                                                 @HeaderParam("If-Match") String ifMatch) {
        return withEtag(selfAssessments.submit(planCode, code, agencyCode, ExpectedRevision.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/{agencyCode}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a self-assessment (evaluation group)", description = "评估组退回自评报告并说明原因。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason",
            value = "{\"reason\": \"请补充目标HEALTH-4的佐证材料\"}")))
    @RolesAllowed(Roles.EVALUATOR)
    public RestResponse<SelfAssessmentView> returnSelfAssessment(@PathParam("planCode") String planCode,
                                                                 @PathParam("code") String code,
                                                                 @PathParam("agencyCode") String agencyCode,
                                                                 @HeaderParam("If-Match") String ifMatch,
                                                                 @NotNull @Valid EvaluationInputs.ReturnReason input) {
        return withEtag(selfAssessments.returnForRevision(planCode, code, agencyCode, input.reason(), ExpectedRevision.fromIfMatch(ifMatch)));
    }

    private SelfAssessmentView view(SelfAssessment sa) {
        return SelfAssessmentView.from(sa, selfAssessments.late(sa), selfAssessments.items(sa));
    }

    private RestResponse<SelfAssessmentView> withEtag(SelfAssessment sa) {
        return RestResponse.ResponseBuilder.ok(view(sa)).tag(new EntityTag(String.valueOf(sa.revision))).build();
    }
}
