package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.childplan.evaluation.monitoring.SubmissionService;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
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
@Path("/api/v1/plans/{planCode}/monitoring-cycles/{year}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Corrections", description = "Corrections of accepted values, keeping the values they replace. 数据更正。")
public class CorrectionResource {

    private final SubmissionService submissions;

    public CorrectionResource(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @POST
    @Operation(summary = "Correct an accepted value",
            description = "更正已通过审核的数据（周期关闭后唯一的修改方式），须说明原因；原值保留在更正记录中。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "correction",
            value = "{\"indicatorCode\": \"HEALTH-3c\", \"value\": 5.6, \"reason\": \"卫生健康统计年报终审数据修订\"}")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)))
    @RolesAllowed(Roles.STATISTICS)
    public RestResponse<CorrectionView> correctObservation(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                                           @NotNull @Valid CorrectionInput input) {
        return RestResponse.status(RestResponse.Status.CREATED,
                CorrectionView.from(submissions.correct(planCode, year, input.correction())));
    }

    @GET
    @Operation(summary = "List the corrections of a cycle", description = "列出本周期的数据更正记录（含原值）。")
    public PageView<CorrectionView> listCorrections(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                                    @Parameter(description = "Indicator code") @QueryParam("indicator") String indicator,
                                                    @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(submissions.history(planCode, year, QueryParams.text("indicator", indicator, 64)),
                paging.request()), CorrectionView::from);
    }
}
