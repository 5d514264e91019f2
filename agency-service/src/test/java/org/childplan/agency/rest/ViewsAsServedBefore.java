package org.childplan.agency.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.childplan.agency.service.ResponsibilityQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: the matrix and indicator-responsibilities as the service served them before prepared representations
 * (the view handed to the REST layer's own JSON writer), so {@link PreparedResponsibilityReadsTest} can compare the
 * bytes. Hidden from the contract.
 */
@Authenticated
@Path("/test-only/views-as-served-before/{planCode}")
@Produces(MediaType.APPLICATION_JSON)
public class ViewsAsServedBefore {

    private final ResponsibilityQueries queries;

    public ViewsAsServedBefore(ResponsibilityQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/responsibility-matrix")
    @Operation(hidden = true)
    public Response matrix(@PathParam("planCode") String planCode) {
        return Response.ok(ResponsibilityMatrixView.from(queries.matrix(planCode, null)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/indicator-responsibilities")
    @Operation(hidden = true)
    public Response indicatorResponsibilities(@PathParam("planCode") String planCode) {
        return Response.ok(IndicatorResponsibilitiesView.from(queries.allIndicators(planCode, null)), MediaType.APPLICATION_JSON)
                .build();
    }
}
