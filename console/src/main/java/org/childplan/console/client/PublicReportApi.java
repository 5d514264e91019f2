package org.childplan.console.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.childplan.console.client.evaluation.model.PublicFeedbackInput;
import org.childplan.console.client.evaluation.model.PublicFeedbackReceipt;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The two public report operations the generated EvaluationReportsApi cannot express as the dashboard needs them: the
 * report's files as the service's own bytes (the generated methods give a temporary File and no JSON bytes at all), and
 * public feedback with the visitor's address in X-Forwarded-For (the service limits feedback per address; without it,
 * every visitor of the console would share the console's one allowance). Same config key, so same URL and providers.
 */
@RegisterRestClient(configKey = "evaluation-service")
@Path("/api/v1/plans/{planCode}/evaluations/{code}")
public interface PublicReportApi {

    @GET
    @Path("/report")
    @Produces(MediaType.APPLICATION_JSON)
    byte[] json(@PathParam("planCode") String planCode, @PathParam("code") String code);

    @GET
    @Path("/report.html")
    @Produces(MediaType.TEXT_HTML)
    byte[] html(@PathParam("planCode") String planCode, @PathParam("code") String code);

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    byte[] pdf(@PathParam("planCode") String planCode, @PathParam("code") String code);

    @GET
    @Path("/report.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    byte[] xlsx(@PathParam("planCode") String planCode, @PathParam("code") String code);

    @POST
    @Path("/public-feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    PublicFeedbackReceipt submitFeedback(@PathParam("planCode") String planCode, @PathParam("code") String code,
            @HeaderParam("X-Forwarded-For") String visitor, PublicFeedbackInput input);
}
