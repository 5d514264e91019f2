package org.childplan.indicator.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.childplan.indicator.service.CatalogueService;
import org.childplan.platform.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: the catalogue and an indicator as the service served them before prepared representations, the view
 * handed to the REST layer's own JSON writer, so {@link PreparedRepresentationsTest} can compare the bytes.
 * Hidden from the contract.
 */
@PermitAll
@Path("/test-only/views-as-served-before")
@Produces(MediaType.APPLICATION_JSON)
public class ViewsAsServedBefore {

    private final CatalogueService catalogue;

    public ViewsAsServedBefore(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/{planCode}/catalogue")
    @Operation(hidden = true)
    public CatalogueView catalogue(@PathParam("planCode") String planCode, @QueryParam("asOf") String asOf) {
        return CatalogueView.from(catalogue.catalogue(planCode, QueryParams.date("asOf", asOf)));
    }

    @GET
    @Path("/{planCode}/indicators/{code}")
    @Operation(hidden = true)
    public IndicatorView indicator(@PathParam("planCode") String planCode, @PathParam("code") String code,
                                   @QueryParam("asOf") String asOf) {
        return IndicatorView.from(catalogue.indicator(planCode, code, QueryParams.date("asOf", asOf)));
    }
}
