package org.childplan.agency.rest;

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
import java.net.URI;
import org.childplan.agency.domain.Assignment;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.agency.repository.AssignmentRepository;
import org.childplan.agency.service.AssignmentService;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.problem.Problem;
import org.childplan.platform.problem.ProblemMapper;
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
@Path("/api/v1/plans/{planCode}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "Responsibility assignments: an agency's role (LEAD, RESPONSIBLE, DATA_PROVIDER) for the plan, "
        + "a domain, a goal or an indicator over a period. 职责分工。")
public class AssignmentResource {

    private static final String CREATE_EXAMPLE = """
            {"agencyCode": "statistics-bureau", "scopeType": "INDICATOR", "scopeCode": "HEALTH-3a", "role": "DATA_PROVIDER",
             "validFrom": "2022-01-01", "note": "年度监测数据由统计部门汇总报送"}""";
    private static final String UPDATE_EXAMPLE = """
            {"validTo": "2023-12-31", "note": "机构改革后职责划转"}""";

    private final AssignmentService assignments;

    public AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(summary = "List a plan's assignments",
            description = "列出职责分工，可按单位、角色、范围类型、范围代码、领域和生效日期筛选。Reads stored data only; works while indicator-service is down.")
    public PageView<AssignmentView> listAssignments(
            @PathParam("planCode") String planCode,
            @Parameter(description = "Agency code, e.g. civil-affairs-bureau") @QueryParam("agency") String agency,
            @Parameter(schema = @Schema(implementation = Role.class)) @QueryParam("role") String role,
            @Parameter(schema = @Schema(implementation = ScopeType.class)) @QueryParam("scopeType") String scopeType,
            @Parameter(description = "Scope code, e.g. HEALTH or HEALTH-3a") @QueryParam("scopeCode") String scopeCode,
            @Parameter(description = "Domain the scope lies in, e.g. HEALTH") @QueryParam("domain") String domain,
            @Parameter(description = "Only assignments in force on this date (YYYY-MM-DD); default: all") @QueryParam("asOf") String asOf,
            @Valid @BeanParam Paging paging) {
        var filter = new AssignmentRepository.Filter(
                QueryParams.text("agency", agency, 64),
                QueryParams.enumValue("role", role, Role.class),
                QueryParams.enumValue("scopeType", scopeType, ScopeType.class),
                QueryParams.text("scopeCode", scopeCode, 64),
                QueryParams.text("domain", domain, 32),
                QueryParams.date("asOf", asOf));
        return PageView.of(assignments.assignments(planCode, filter, paging.request()), AssignmentView::from);
    }

    @GET
    @Path("/{assignmentCode}")
    @Operation(summary = "Get an assignment", description = "查看职责分工。The ETag header is the value to send as If-Match when updating.")
    public RestResponse<AssignmentView> getAssignment(@PathParam("planCode") String planCode,
                                                      @PathParam("assignmentCode") String assignmentCode) {
        return withEtag(assignments.assignment(planCode, assignmentCode), RestResponse.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Assign a responsibility",
            description = "新增职责分工。范围（领域、目标、指标）须在 indicator-service 的指标目录中存在；指标层面的分工优先于领域层面。"
                    + " Answers 503 with Retry-After while indicator-service is unavailable.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "indicator data provider", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "503", description = "indicator-service is unavailable; try again after Retry-After / 指标目录服务暂不可用",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AssignmentView> createAssignment(@PathParam("planCode") String planCode,
                                                         @NotNull @Valid AssignmentInput input) {
        Assignment a = assignments.create(planCode, input.toNew());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, AssignmentView.from(a))
                .location(URI.create("/api/v1/plans/" + planCode + "/assignments/" + a.code))
                .tag(new EntityTag(String.valueOf(a.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{assignmentCode}")
    @Operation(summary = "End or re-open an assignment, or move its start earlier",
            description = "修改职责分工的截止日期（validTo，含当日）和备注：设定 validTo 即结束该分工，历史记录保留。"
                    + "validFrom 只能提前（补录往年监测时使用），不能推后。"
                    + " Send the ETag from GET as If-Match; a stale one is refused with 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "end", value = UPDATE_EXAMPLE)))
    public RestResponse<AssignmentView> updateAssignment(@PathParam("planCode") String planCode,
                                                         @PathParam("assignmentCode") String assignmentCode,
                                                         @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                         @NotNull @Valid AssignmentUpdateInput input) {
        return withEtag(assignments.update(planCode, assignmentCode, input.validFrom(), input.validTo(), input.note(), ExpectedRevision.required(ifMatch)), RestResponse.Status.OK);
    }

    private static RestResponse<AssignmentView> withEtag(Assignment a, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.create(status, AssignmentView.from(a))
                .tag(new EntityTag(String.valueOf(a.revision))).build();
    }
}
