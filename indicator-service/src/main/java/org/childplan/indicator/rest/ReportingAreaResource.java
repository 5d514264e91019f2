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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.childplan.indicator.domain.ReportingArea;
import org.childplan.indicator.service.CatalogueService;
import org.childplan.platform.http.BodyChecks;
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

@PermitAll
@Path("/api/v1/plans/{planCode}/reporting-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting areas", description = "The plan's jurisdiction and its sub-areas (townships, sub-districts). 填报地区。")
public class ReportingAreaResource {

    private static final String EXAMPLE = """
            {"code": "430482-TOWNSHIP-01", "nameZh": "示例镇", "nameEn": "Example Town", "level": "TOWNSHIP", "parentCode": "430482"}""";

    private final CatalogueService catalogue;

    public ReportingAreaResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List a plan's reporting areas", description = "列出填报地区：辖区本级在前，其后为乡镇、街道。")
    public PageView<ReportingAreaView> listReportingAreas(@PathParam("planCode") String planCode, @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(catalogue.areas(planCode), paging.request()), ReportingAreaView::from);
    }

    @GET
    @Path("/{areaCode}")
    @Operation(summary = "Get a reporting area", description = "查看填报地区。")
    public RestResponse<ReportingAreaView> getReportingArea(@PathParam("planCode") String planCode,
                                                            @PathParam("areaCode") String areaCode) {
        return withEtag(catalogue.area(planCode, areaCode), RestResponse.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingAreaView.class)))
    @Operation(summary = "Add a reporting area", description = "新增填报地区（如乡镇、街道）。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "township", value = EXAMPLE)))
    public RestResponse<ReportingAreaView> createReportingArea(@PathParam("planCode") String planCode,
                                                               @NotNull @Valid ReportingAreaInput input) {
        ReportingArea area = catalogue.createArea(planCode, input.entry(BodyChecks.required("code", input.code())));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, ReportingAreaView.from(area))
                .location(URI.create("/api/v1/plans/" + planCode + "/reporting-areas/" + area.code))
                .tag(new EntityTag(String.valueOf(area.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{areaCode}")
    @Operation(summary = "Update a reporting area", description = "修改填报地区。Send the ETag from GET as If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "township", value = EXAMPLE)))
    public RestResponse<ReportingAreaView> updateReportingArea(@PathParam("planCode") String planCode,
                                                               @PathParam("areaCode") String areaCode,
                                                               @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                               @NotNull @Valid ReportingAreaInput input) {
        BodyChecks.requireSameAsPath("code", input.code(), areaCode);
        return withEtag(catalogue.updateArea(planCode, areaCode, input.entry(areaCode), ExpectedRevision.required(ifMatch)), RestResponse.Status.OK);
    }

    private static RestResponse<ReportingAreaView> withEtag(ReportingArea area, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.create(status, ReportingAreaView.from(area))
                .tag(new EntityTag(String.valueOf(area.revision))).build();
    }
}
