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
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.AgencyKind;
import org.childplan.agency.domain.Role;
import org.childplan.agency.repository.AgencyRepository;
import org.childplan.agency.service.AgencyService;
import org.childplan.agency.service.ResponsibilityQueries;
import org.childplan.platform.http.BodyChecks;
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
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "The agency registry: units with every name plans use for them, and what each answers for. 责任单位。")
public class AgencyResource {

    private static final String EXAMPLE = """
            {"code": "civil-affairs-bureau", "nameZh": "市民政局", "nameEn": "Municipal Civil Affairs Bureau",
             "aliases": ["民政局"], "kind": "GOVERNMENT_BUREAU", "committeeMember": true,
             "contactPerson": "张三", "contactPhone": "0734-7222222", "contactEmail": "mzj@example.gov.cn",
             "address": "常宁市宜阳街道", "active": true}""";

    private final AgencyService agencies;
    private final ResponsibilityQueries queries;

    public AgencyResource(AgencyService agencies, ResponsibilityQueries queries) {
        this.agencies = agencies;
        this.queries = queries;
    }

    @GET
    @Operation(summary = "List agencies", description = "列出单位，可按名称、别名或代码检索，并按类别、是否妇儿工委成员单位、是否在用筛选。")
    public PageView<AgencyView> listAgencies(
            @Parameter(description = "Text to find in the Chinese name, an alias, the English name or the code") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = AgencyKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "true: only member units of the women-and-children committee",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("committeeMember") String committeeMember,
            @Parameter(schema = @Schema(implementation = Boolean.class)) @QueryParam("active") String active,
            @Valid @BeanParam Paging paging) {
        var filter = new AgencyRepository.Filter(
                QueryParams.text("q", q, 200),
                QueryParams.enumValue("kind", kind, AgencyKind.class),
                QueryParams.bool("committeeMember", committeeMember),
                QueryParams.bool("active", active));
        return PageView.of(agencies.agencies(filter, paging.request()), AgencyView::from);
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Find the agency a name means",
            description = "按名称或别名查找单位，例如“民政局”找到市民政局、“市发展改革局”找到市发展和改革委员会。忽略空格和全角/半角差异。")
    @APIResponse(responseCode = "200", description = "The agency the name means",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "No agency has that name or alias / 没有单位使用该名称或别名",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AgencyView> lookupAgency(
            @Parameter(description = "A name as some plan writes it", required = true, example = "民政局")
            @QueryParam("name") String name) {
        String text = BodyChecks.required("name", QueryParams.text("name", name, 200));
        return withEtag(agencies.lookup(text), RestResponse.Status.OK);
    }

    @GET
    @Path("/{agencyCode}")
    @Operation(summary = "Get an agency", description = "查看单位。The ETag header is the value to send as If-Match when updating.")
    public RestResponse<AgencyView> getAgency(@PathParam("agencyCode") String agencyCode) {
        return withEtag(agencies.agency(agencyCode), RestResponse.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an agency", description = "新增单位。名称和别名不能与其他单位的名称或别名相同（409）。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "agency", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public RestResponse<AgencyView> createAgency(@NotNull @Valid AgencyInput input) {
        Agency agency = agencies.create(BodyChecks.required("code", input.code()), input.details(), input.aliasList());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, AgencyView.from(agency))
                .location(URI.create("/api/v1/agencies/" + agency.code))
                .tag(new EntityTag(String.valueOf(agency.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{agencyCode}")
    @Operation(summary = "Update an agency",
            description = "修改单位（含别名、联系方式、是否在用）。Send the ETag from GET as If-Match; a stale one is refused with 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "agency", value = EXAMPLE)))
    public RestResponse<AgencyView> updateAgency(@PathParam("agencyCode") String agencyCode,
                                                 @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                 @NotNull @Valid AgencyInput input) {
        BodyChecks.requireSameAsPath("code", input.code(), agencyCode);
        return withEtag(agencies.update(agencyCode, input.details(), input.aliasList(), ExpectedRevision.required(ifMatch)), RestResponse.Status.OK);
    }

    @GET
    @Path("/{agencyCode}/responsibilities")
    @Operation(summary = "What an agency answers for in a plan",
            description = "查询单位在规划中承担的职责，细化到指标：指标层面、目标层面的分工优先于领域层面的分工（按角色分别判断）。"
                    + " Uses indicator-service's catalogue when it answers, else the stored copy; `catalogue.source` says which.")
    @APIResponse(responseCode = "200", description = "The agency's responsibilities in the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyResponsibilitiesView.class)))
    @APIResponse(responseCode = "503", description = ResponsibilityResource.UNAVAILABLE,
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public AgencyResponsibilitiesView getAgencyResponsibilities(
            @PathParam("agencyCode") String agencyCode,
            @Parameter(description = "Plan code", required = true) @QueryParam("plan") String plan,
            @Parameter(description = "Date the assignments are in force on (YYYY-MM-DD); default today (Asia/Shanghai)") @QueryParam("asOf") String asOf,
            @Parameter(schema = @Schema(implementation = Role.class)) @QueryParam("role") String role,
            @Parameter(description = "Only this domain, e.g. HEALTH") @QueryParam("domain") String domain) {
        String planCode = BodyChecks.required("plan", QueryParams.text("plan", plan, 64));
        return AgencyResponsibilitiesView.from(queries.responsibilities(agencyCode, planCode, QueryParams.date("asOf", asOf),
                QueryParams.enumValue("role", role, Role.class), QueryParams.text("domain", domain, 32)));
    }

    private static RestResponse<AgencyView> withEtag(Agency agency, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.create(status, AgencyView.from(agency))
                .tag(new EntityTag(String.valueOf(agency.revision))).build();
    }
}
