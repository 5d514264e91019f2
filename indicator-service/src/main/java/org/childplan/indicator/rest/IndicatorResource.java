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
import org.childplan.indicator.domain.IndicatorVersion;
import org.childplan.indicator.domain.TargetType;
import org.childplan.indicator.repository.IndicatorRepository;
import org.childplan.indicator.service.CatalogueService;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.openapi.ContractConventions;
import org.childplan.platform.paging.Page;
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
@Path("/api/v1/plans/{planCode}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Indicators with their targets, versioned over the plan's life. 监测指标。")
public class IndicatorResource {

    private static final String CREATE_EXAMPLE = """
            {"code": "HEALTH-M1d", "domainCode": "HEALTH", "measureNumber": 1,
             "nameZh": "每千名儿童拥有儿科护士数", "nameEn": "Paediatric nurses per 1,000 children",
             "unit": "PER_1000_CHILDREN", "targetType": "AT_LEAST", "targetValue": 1.2, "targetYear": 2025,
             "disaggregations": ["AREA"], "dataSource": "市卫生健康局", "reportingFrequency": "ANNUAL"}""";
    private static final String REVISION_EXAMPLE = """
            {"nameZh": "5岁以下儿童死亡率", "nameEn": "Under-5 mortality rate", "unit": "PER_MILLE",
             "targetType": "AT_MOST", "targetValue": 5.5, "targetYear": 2025, "disaggregations": ["SEX", "RESIDENCE", "AREA"],
             "dataSource": "市卫生健康局", "reportingFrequency": "ANNUAL",
             "sourceTextZh": "5岁以下儿童死亡率控制在5.5‰以下", "effectiveFrom": "2024-01-01",
             "changeReason": "中期评估后按上级规划调整目标值"}""";

    private final CatalogueService catalogue;
    private final Representations representations;

    public IndicatorResource(CatalogueService catalogue, Representations representations) {
        this.catalogue = catalogue;
        this.representations = representations;
    }

    @GET
    @Operation(summary = "List a plan's indicators",
            description = "列出监测指标（按 asOf 日期生效的版本），可按领域、目标、目标类型、定量与否筛选，并按中英文名称或代码检索。")
    public PageView<IndicatorView> listIndicators(
            @PathParam("planCode") String planCode,
            @Parameter(description = "Domain code, e.g. HEALTH") @QueryParam("domain") String domain,
            @Parameter(description = "Goal code, e.g. HEALTH-3") @QueryParam("goal") String goal,
            @Parameter(schema = @Schema(implementation = TargetType.class)) @QueryParam("targetType") String targetType,
            @Parameter(description = "true: only indicators with a measurable target; false: only qualitative ones",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("quantitative") String quantitative,
            @Parameter(description = "Text to find in the Chinese or English name or the code") @QueryParam("q") String q,
            @Parameter(description = "Date the versions are in force on (YYYY-MM-DD); default today") @QueryParam("asOf") String asOf,
            @Valid @BeanParam Paging paging) {
        var filter = new IndicatorRepository.Filter(
                QueryParams.text("domain", domain, 32),
                QueryParams.enumValue("targetType", targetType, TargetType.class),
                QueryParams.bool("quantitative", quantitative),
                QueryParams.text("q", q, 200),
                QueryParams.text("goal", goal, 64));
        Page<IndicatorVersion> page = catalogue.indicators(planCode, filter, QueryParams.date("asOf", asOf), paging.request());
        return PageView.of(page, IndicatorView::from);
    }

    @GET
    @Path("/{indicatorCode}")
    @Operation(summary = "Get an indicator", description = "查看指标；asOf 指定日期时返回该日生效的版本。"
            + " The ETag is the indicator's revision and a digest of the answer (\"3.q1w2…\"): send it as If-Match to"
            + " revise the indicator (its revision is compared), or as If-None-Match to revalidate (304 when unchanged).")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @Extension(name = ContractConventions.PREPARED, value = "true")
    public Response getIndicator(
            @PathParam("planCode") String planCode,
            @PathParam("indicatorCode") String indicatorCode,
            @Parameter(description = "Date the version is in force on (YYYY-MM-DD); default today") @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        LocalDate date = catalogue.asOf(QueryParams.date("asOf", asOf));
        return representations.answer(headers, RepresentationKey.of("indicator", planCode, indicatorCode, date),
                CachePolicy.publicRevalidated().until(catalogue.endOfTodayMillis()), () -> {
                    IndicatorVersion version = catalogue.indicator(planCode, indicatorCode, date);
                    return representations.json(IndicatorView.from(version))
                            .withEtagPrefix(String.valueOf(version.indicator.revision));
                });
    }

    @GET
    @Path("/{indicatorCode}/versions")
    @Operation(summary = "List all versions of an indicator", description = "列出指标的全部历史版本，最早的在前。")
    public PageView<IndicatorView> listIndicatorVersions(@PathParam("planCode") String planCode,
                                                         @PathParam("indicatorCode") String indicatorCode,
                                                         @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(catalogue.versions(planCode, indicatorCode), paging.request()), IndicatorView::from);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @Operation(summary = "Add an indicator", description = "新增监测指标（第1版）。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "indicator", value = CREATE_EXAMPLE)))
    public RestResponse<IndicatorView> createIndicator(@PathParam("planCode") String planCode,
                                                       @NotNull @Valid IndicatorInput input) {
        IndicatorVersion version = catalogue.createIndicator(planCode, input.domainCode(), input.entry());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, IndicatorView.from(version))
                .location(URI.create("/api/v1/plans/" + planCode + "/indicators/" + version.indicator.code))
                .tag(new EntityTag(String.valueOf(version.indicator.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{indicatorCode}")
    @Operation(summary = "Change an indicator's definition or target",
            description = "调整指标定义或目标值：生成新版本，自 effectiveFrom 起生效，历史版本保留可查。"
                    + " Send the ETag from GET as If-Match. Sending the definition already in force changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "revision", value = REVISION_EXAMPLE)))
    public RestResponse<IndicatorView> reviseIndicator(@PathParam("planCode") String planCode,
                                                       @PathParam("indicatorCode") String indicatorCode,
                                                       @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                       @NotNull @Valid IndicatorRevisionInput input) {
        IndicatorVersion version = catalogue.reviseIndicator(planCode, indicatorCode, input.definition(),
                input.effectiveFrom(), input.changeReason(), ExpectedRevision.required(ifMatch));
        return withEtag(version, RestResponse.Status.OK);
    }

    private static RestResponse<IndicatorView> withEtag(IndicatorVersion version, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.create(status, IndicatorView.from(version))
                .tag(new EntityTag(String.valueOf(version.indicator.revision))).build();
    }
}
