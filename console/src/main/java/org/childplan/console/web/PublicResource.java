package org.childplan.console.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.childplan.console.client.EvaluationClient;

/** The public part: published reports and their dashboards, readable without signing in. */
@Path("/")
public class PublicResource {

    private final Template reports;
    private final EvaluationClient evaluation;

    public PublicResource(@Location("public/reports.html") Template reports, EvaluationClient evaluation) {
        this.reports = reports;
        this.evaluation = evaluation;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance publishedReports() {
        return reports.data("reports", Section.load(evaluation::publishedReports));
    }
}
