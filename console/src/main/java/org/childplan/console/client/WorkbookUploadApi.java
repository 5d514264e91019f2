package org.childplan.console.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.childplan.console.client.evaluation.model.Submission;
import org.childplan.console.client.evaluation.api.ApiException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The two operations of evaluation-service's contract that take the filled Excel workbook as the body
 * (createSubmission, replaceSubmissionObservations with Content-Type xlsx). The generated interface types the body of
 * both as the JSON input for all three media types it accepts, so the workbook's bytes cannot go through it; this
 * interface has exactly the contract's paths, headers and media type for the XLSX case, under the same config key
 * (same URL, token forwarding and lenient JSON). It declares the generated ApiException, as the generated interfaces do,
 * so that a refusal (4xx) reaches ServiceCall as the service's problem rather than as an unreachable service.
 * Everything else goes through the generated interfaces.
 */
@RegisterRestClient(configKey = "evaluation-service")
@Path("/api/v1/plans/{planCode}/monitoring-cycles/{year}/submissions")
public interface WorkbookUploadApi {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @POST
    @Consumes(XLSX)
    @Produces({"application/json", "application/problem+json"})
    Submission upload(@PathParam("planCode") String planCode, @PathParam("year") Integer year, byte[] workbook,
                      @HeaderParam("Idempotency-Key") String idempotencyKey) throws ApiException;

    @PUT
    @Path("/{code}/observations")
    @Consumes(XLSX)
    @Produces({"application/json", "application/problem+json"})
    Submission replace(@PathParam("planCode") String planCode, @PathParam("year") Integer year,
                       @PathParam("code") String code, byte[] workbook, @HeaderParam("If-Match") String ifMatch)
            throws ApiException;
}
