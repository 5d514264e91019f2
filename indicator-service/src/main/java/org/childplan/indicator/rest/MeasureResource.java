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
import java.net.URI;
import org.childplan.indicator.domain.StrategyMeasure;
import org.childplan.indicator.service.CatalogueService;
import org.childplan.platform.http.BodyChecks;
import org.childplan.platform.http.QueryParams;
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

@PermitAll
@Path("/api/v1/plans/{planCode}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy measures", description = "The numbered strategy measures of each domain. 策略措施。")
public class MeasureResource {

    private static final String EXAMPLE = """
            {"domainCode": "HEALTH", "number": 14, "titleZh": "加强儿童青少年心理健康服务网络建设",
             "titleEn": "Strengthen the mental-health service network for children and adolescents"}""";

    private final CatalogueService catalogue;

    public MeasureResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List a plan's strategy measures", description = "列出策略措施，可按领域筛选。")
    public PageView<MeasureView> listMeasures(@PathParam("planCode") String planCode,
                                        @Parameter(description = "Domain code, e.g. HEALTH") @QueryParam("domain") String domain,
                                        @Valid @BeanParam Paging paging) {
        return PageView.of(catalogue.measures(planCode, QueryParams.text("domain", domain, 32), paging.request()), MeasureView::from);
    }

    @GET
    @Path("/{measureCode}")
    @Operation(summary = "Get a strategy measure", description = "查看策略措施。The measure code is the domain code, M and the measure number, e.g. HEALTH-M1.")
    public RestResponse<MeasureView> getMeasure(@PathParam("planCode") String planCode, @PathParam("measureCode") String measureCode) {
        return withEtag(catalogue.measure(planCode, measureCode), RestResponse.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @Operation(summary = "Add a strategy measure to a domain", description = "新增策略措施。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "measure", value = EXAMPLE)))
    public RestResponse<MeasureView> createMeasure(@PathParam("planCode") String planCode, @NotNull @Valid MeasureInput input) {
        StrategyMeasure measure = catalogue.createMeasure(planCode, BodyChecks.required("domainCode", input.domainCode()),
                input.entry(BodyChecks.required("number", input.number())));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, MeasureView.from(measure))
                .location(URI.create("/api/v1/plans/" + planCode + "/measures/" + measure.code()))
                .tag(new EntityTag(String.valueOf(measure.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{measureCode}")
    @Operation(summary = "Update a strategy measure's title", description = "修改策略措施标题。Send the ETag from GET as If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "measure", value = EXAMPLE)))
    public RestResponse<MeasureView> updateMeasure(@PathParam("planCode") String planCode, @PathParam("measureCode") String measureCode,
                                             @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MeasureInput input) {
        StrategyMeasure measure = catalogue.measure(planCode, measureCode);
        BodyChecks.requireSameAsPath("domainCode", input.domainCode(), measure.domain.code);
        BodyChecks.requireSameAsPath("number", input.number() == null ? null : String.valueOf(input.number()), String.valueOf(measure.number));
        return withEtag(catalogue.updateMeasure(planCode, measureCode, input.entry(measure.number), ExpectedRevision.required(ifMatch)), RestResponse.Status.OK);
    }

    private static RestResponse<MeasureView> withEtag(StrategyMeasure measure, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.create(status, MeasureView.from(measure))
                .tag(new EntityTag(String.valueOf(measure.revision))).build();
    }
}
