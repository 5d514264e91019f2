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
import org.childplan.indicator.domain.PlanDomain;
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
@Path("/api/v1/plans/{planCode}/domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Domains", description = "The development domains of a plan. 发展领域。")
public class DomainResource {

    private static final String EXAMPLE = """
            {"code": "HEALTH", "ordinal": 1, "nameZh": "儿童与健康", "nameEn": "Children and Health",
             "leadUnits": ["市卫生健康局"], "responsibleUnits": ["市教育局", "市妇联"]}""";

    private final CatalogueService catalogue;

    public DomainResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List a plan's domains", description = "列出规划的发展领域，含牵头单位和责任单位。")
    public PageView<DomainView> listDomains(@PathParam("planCode") String planCode, @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(catalogue.domains(planCode), paging.request()), DomainView::from);
    }

    @GET
    @Path("/{domainCode}")
    @Operation(summary = "Get a domain", description = "查看发展领域。")
    public RestResponse<DomainView> getDomain(@PathParam("planCode") String planCode, @PathParam("domainCode") String domainCode) {
        return withEtag(catalogue.domain(planCode, domainCode), RestResponse.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DomainView.class)))
    @Operation(summary = "Add a domain to a plan", description = "新增发展领域。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "domain", value = EXAMPLE)))
    public RestResponse<DomainView> createDomain(@PathParam("planCode") String planCode, @NotNull @Valid DomainInput input) {
        PlanDomain domain = catalogue.createDomain(planCode, input.entry(BodyChecks.required("code", input.code())));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, DomainView.from(domain))
                .location(URI.create("/api/v1/plans/" + planCode + "/domains/" + domain.code))
                .tag(new EntityTag(String.valueOf(domain.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{domainCode}")
    @Operation(summary = "Update a domain", description = "修改发展领域。Send the ETag from GET as If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "domain", value = EXAMPLE)))
    public RestResponse<DomainView> updateDomain(@PathParam("planCode") String planCode,
                                                 @PathParam("domainCode") String domainCode,
                                                 @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                 @NotNull @Valid DomainInput input) {
        BodyChecks.requireSameAsPath("code", input.code(), domainCode);
        return withEtag(catalogue.updateDomain(planCode, domainCode, input.entry(domainCode), ExpectedRevision.required(ifMatch)), RestResponse.Status.OK);
    }

    private static RestResponse<DomainView> withEtag(PlanDomain domain, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.create(status, DomainView.from(domain))
                .tag(new EntityTag(String.valueOf(domain.revision))).build();
    }
}
