package org.childplan.indicator.rest;

import static org.childplan.platform.revision.ExpectedRevision.IF_MATCH;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.childplan.indicator.domain.Plan;
import org.childplan.indicator.domain.PlanDocument;
import org.childplan.indicator.service.CatalogueService;
import org.childplan.indicator.service.PlanExporter;
import org.childplan.platform.http.BodyChecks;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.openapi.ContractConventions;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.representation.CachePolicy;
import org.childplan.platform.representation.RepresentationKey;
import org.childplan.platform.representation.Representations;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@PermitAll
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Development plans and their whole catalogue. 规划。")
public class PlanResource {

    static final String PLAN_EXAMPLE = """
            {"code": "CN-430482-CHILDREN-2021-2025", "titleZh": "常宁市儿童发展规划（2021—2025年）",
             "titleEn": "Changning City Children's Development Plan (2021–2025)", "jurisdictionCode": "430482",
             "jurisdictionZh": "常宁市", "jurisdictionEn": "Changning City", "periodStart": 2021, "periodEnd": 2025,
             "baselineYear": 2020, "documentNumber": "常政办发〔2021〕22号", "issuerZh": "常宁市人民政府办公室",
             "issuedOn": "2021-12-31"}""";

    private final CatalogueService catalogue;
    private final PlanExporter exporter;
    private final Representations representations;

    public PlanResource(CatalogueService catalogue, PlanExporter exporter, Representations representations) {
        this.catalogue = catalogue;
        this.exporter = exporter;
        this.representations = representations;
    }

    @GET
    @Operation(summary = "List plans", description = "列出规划。")
    public PageView<PlanView> listPlans(@Valid @BeanParam Paging paging) {
        return PageView.of(catalogue.plans(paging.request()), PlanView::from);
    }

    @GET
    @Path("/{planCode}")
    @Operation(summary = "Get a plan", description = "查看规划。The ETag header is the value to send as If-Match when updating.")
    public RestResponse<PlanView> getPlan(@PathParam("planCode") String planCode) {
        return withEtag(catalogue.plan(planCode), 200);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @Operation(summary = "Create a plan", description = "新建规划（仅规划本身；领域、目标、指标另行添加，或整体导入规划文件）。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    public RestResponse<PlanView> createPlan(@NotNull @Valid PlanInput input) {
        Plan plan = catalogue.createPlan(input.header(BodyChecks.required("code", input.code())));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, PlanView.from(plan))
                .location(URI.create("/api/v1/plans/" + plan.code))
                .tag(new EntityTag(String.valueOf(plan.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{planCode}")
    @Operation(summary = "Update a plan", description = "修改规划基本信息。Send the ETag from GET as If-Match; a stale one is refused with 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    public RestResponse<PlanView> updatePlan(@PathParam("planCode") String planCode,
                                             @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                             @NotNull @Valid PlanInput input) {
        BodyChecks.requireSameAsPath("code", input.code(), planCode);
        return withEtag(catalogue.updatePlan(planCode, input.header(planCode), ExpectedRevision.required(ifMatch)), 200);
    }

    @GET
    @Path("/{planCode}/catalogue")
    @Operation(summary = "Get a plan's whole catalogue in one response",
            description = "整体获取规划指标目录：领域、目标、策略措施、指标（按 asOf 日期生效的版本）和填报地区。"
                    + " Not paged: this is the bulk read other services use, one request per plan."
                    + " Revalidate with If-None-Match: an unchanged catalogue is answered 304 without a body.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueView.class)))
    @Extension(name = ContractConventions.PREPARED, value = "true")
    public Response getCatalogue(@PathParam("planCode") String planCode,
                                 @Parameter(description = "Date the indicator versions are in force on (YYYY-MM-DD); default today")
                                 @QueryParam("asOf") String asOf,
                                 @Context HttpHeaders headers) {
        LocalDate date = catalogue.asOf(QueryParams.date("asOf", asOf));
        return representations.answer(headers, RepresentationKey.of("catalogue", planCode, date),
                CachePolicy.publicRevalidated().until(catalogue.endOfTodayMillis()),
                () -> representations.json(CatalogueView.from(catalogue.catalogue(planCode, date))));
    }

    @GET
    @Path("/{planCode}/document")
    @Operation(summary = "Export a plan as a plan document",
            description = "导出规划文件（与导入格式相同，见 /api/v1/plan-document-schema）。Importing the export changes nothing.")
    public PlanDocument exportPlanDocument(@PathParam("planCode") String planCode,
                                           @Parameter(description = "Date the indicator versions are in force on (YYYY-MM-DD); default today")
                                           @QueryParam("asOf") String asOf) {
        return exporter.export(planCode, QueryParams.date("asOf", asOf));
    }

    private static RestResponse<PlanView> withEtag(Plan plan, int status) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(status), PlanView.from(plan))
                .tag(new EntityTag(String.valueOf(plan.revision))).build();
    }
}
