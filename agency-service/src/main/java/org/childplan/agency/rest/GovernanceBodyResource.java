package org.childplan.agency.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import org.childplan.agency.domain.BodyKind;
import org.childplan.agency.service.GovernanceService;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Authenticated
@Path("/api/v1/governance-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Governance bodies", description = "The women-and-children committee, its office, the monitoring and evaluation leading group "
        + "and its groups, with their leads and members. Set by responsibility documents. 议事协调机构。")
public class GovernanceBodyResource {

    private final GovernanceService governance;

    public GovernanceBodyResource(GovernanceService governance) {
        this.governance = governance;
    }

    @GET
    @Operation(summary = "List governance bodies", description = "列出议事协调机构（市妇儿工委及其办公室、监测评估领导小组、监测组、评估组），含牵头单位和成员。")
    public PageView<GovernanceBodyView> listGovernanceBodies(
            @Parameter(schema = @Schema(implementation = BodyKind.class)) @QueryParam("kind") String kind,
            @Valid @BeanParam Paging paging) {
        return PageView.of(governance.bodies(QueryParams.enumValue("kind", kind, BodyKind.class), paging.request()),
                GovernanceBodyView::from);
    }

    @GET
    @Path("/{bodyCode}")
    @Operation(summary = "Get a governance body", description = "查看议事协调机构。")
    public RestResponse<GovernanceBodyView> getGovernanceBody(@PathParam("bodyCode") String bodyCode) {
        GovernanceService.Body body = governance.body(bodyCode);
        return RestResponse.ResponseBuilder.ok(GovernanceBodyView.from(body))
                .tag(new EntityTag(String.valueOf(body.body().revision))).build();
    }
}
