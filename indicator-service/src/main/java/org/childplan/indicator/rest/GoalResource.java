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
import org.childplan.indicator.domain.Goal;
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
@Path("/api/v1/plans/{planCode}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "The numbered main goals of each domain, in the plan's exact words. 主要目标。")
public class GoalResource {

    private static final String EXAMPLE = """
            {"domainCode": "HEALTH", "number": 14, "textZh": "儿童青少年心理健康服务网络基本建成。",
             "textEn": "Basically complete a mental-health service network for children and adolescents."}""";

    private final CatalogueService catalogue;

    public GoalResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List a plan's goals", description = "列出主要目标，可按领域筛选。")
    public PageView<GoalView> listGoals(@PathParam("planCode") String planCode,
                                        @Parameter(description = "Domain code, e.g. HEALTH") @QueryParam("domain") String domain,
                                        @Valid @BeanParam Paging paging) {
        return PageView.of(catalogue.goals(planCode, QueryParams.text("domain", domain, 32), paging.request()), GoalView::from);
    }

    @GET
    @Path("/{goalCode}")
    @Operation(summary = "Get a goal", description = "查看主要目标。The goal code is the domain code and the goal number, e.g. HEALTH-3.")
    public RestResponse<GoalView> getGoal(@PathParam("planCode") String planCode, @PathParam("goalCode") String goalCode) {
        return withEtag(catalogue.goal(planCode, goalCode), RestResponse.Status.OK);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @Operation(summary = "Add a goal to a domain", description = "新增主要目标。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "goal", value = EXAMPLE)))
    public RestResponse<GoalView> createGoal(@PathParam("planCode") String planCode, @NotNull @Valid GoalInput input) {
        Goal goal = catalogue.createGoal(planCode, BodyChecks.required("domainCode", input.domainCode()),
                input.entry(BodyChecks.required("number", input.number())));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, GoalView.from(goal))
                .location(URI.create("/api/v1/plans/" + planCode + "/goals/" + goal.code()))
                .tag(new EntityTag(String.valueOf(goal.revision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{goalCode}")
    @Operation(summary = "Update a goal's text", description = "修改主要目标的表述。Send the ETag from GET as If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "goal", value = EXAMPLE)))
    public RestResponse<GoalView> updateGoal(@PathParam("planCode") String planCode, @PathParam("goalCode") String goalCode,
                                             @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch, @NotNull @Valid GoalInput input) {
        Goal goal = catalogue.goal(planCode, goalCode);
        BodyChecks.requireSameAsPath("domainCode", input.domainCode(), goal.domain.code);
        BodyChecks.requireSameAsPath("number", input.number() == null ? null : String.valueOf(input.number()), String.valueOf(goal.number));
        return withEtag(catalogue.updateGoal(planCode, goalCode, input.entry(goal.number), ExpectedRevision.required(ifMatch)), RestResponse.Status.OK);
    }

    private static RestResponse<GoalView> withEtag(Goal goal, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.create(status, GoalView.from(goal))
                .tag(new EntityTag(String.valueOf(goal.revision))).build();
    }
}
