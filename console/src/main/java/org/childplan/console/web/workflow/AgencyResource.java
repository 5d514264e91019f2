package org.childplan.console.web.workflow;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childplan.console.client.CatalogueClient;
import org.childplan.console.client.Etags;
import org.childplan.console.client.ServiceProblemException;
import org.childplan.console.client.WorkflowClient;
import org.childplan.console.client.evaluation.model.CycleStatus;
import org.childplan.console.client.evaluation.model.EvaluationStatus;
import org.childplan.console.client.evaluation.model.ExpectedReport;
import org.childplan.console.client.evaluation.model.GoalRatingValue;
import org.childplan.console.client.evaluation.model.MonitoringCycle;
import org.childplan.console.client.evaluation.model.ObservationInput;
import org.childplan.console.client.evaluation.model.SelfAssessment;
import org.childplan.console.client.evaluation.model.SelfAssessmentItemInput;
import org.childplan.console.client.evaluation.model.Submission;
import org.childplan.console.client.evaluation.model.SubmissionInput;
import org.childplan.console.web.Page;
import org.childplan.console.web.Section;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The agency's page (role reporter; the agency is the token's): what it owes in the open cycle and where each of its
 * submissions stands; the Excel template, the upload (or values typed in), every refused row with its reason; submit;
 * a returned submission with the bureau's reason, corrected and submitted again; its self-assessments.
 */
@Path("/agency")
public class AgencyResource {

    private final Template home;
    private final Template submissionPage;
    private final Template selfAssessmentPage;
    private final WorkflowClient workflow;
    private final CatalogueClient catalogue;
    private final Etags etags;
    private final Page page;
    private final SecurityIdentity identity;

    public AgencyResource(@Location("workflow/agency.html") Template home,
                          @Location("workflow/agency-submission.html") Template submissionPage,
                          @Location("workflow/agency-self-assessment.html") Template selfAssessmentPage,
                          WorkflowClient workflow, CatalogueClient catalogue, Etags etags, Page page,
                          SecurityIdentity identity) {
        this.home = home;
        this.catalogue = catalogue;
        this.submissionPage = submissionPage;
        this.selfAssessmentPage = selfAssessmentPage;
        this.workflow = workflow;
        this.etags = etags;
        this.page = page;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@QueryParam("year") Integer year, @QueryParam("done") String done) {
        Access.require(identity, "reporter");
        return homePage(year, done, null);
    }

    private TemplateInstance homePage(Integer year, String done, ServiceProblemException problem) {
        String agency = page.agency();
        Section<MonitoringCycle> cycle = Section.load(() -> chosenCycle(year).orElse(null));
        Integer y = cycle.ok() && cycle.value() != null ? cycle.value().getYear() : null;
        Section<List<ExpectedReport>> owed = y == null ? null
                : Section.load(() -> workflow.expectedReports(y, agency).getItems());
        Section<List<Submission>> submissions = y == null ? null
                : Section.load(() -> workflow.submissions(y, agency, null).getItems());
        Section<List<SelfAssessment>> tasks = Section.load(() -> selfAssessmentTasks(agency));
        String agencyName = owed != null && owed.ok() && !owed.value().isEmpty() ? owed.value().get(0).getAgencyNameZh() : null;
        return home.data("agency", agencyName == null ? agency : agencyName + "（" + agency + "）")
                .data("names", names(owed)).data("cycle", cycle).data("year", y).data("owed", owed)
                .data("submissions", submissions).data("tasks", tasks).data("done", done).data("problem", problem)
                .data("stale", problem != null && problem.status() == 412)
                .data("idempotencyKey", Forms.idempotencyKey());
    }

    /**
     * The names of the owed indicators and their domains in the page's language, by code; none when indicator-service
     * does not answer (the page then shows the codes alone, as the expected reports give them).
     */
    private Map<String, String> names(Section<List<ExpectedReport>> owed) {
        if (owed == null || !owed.ok() || owed.value().isEmpty()) {
            return Map.of();
        }
        Section<CatalogueClient.PlanNames> plan = Section.load(catalogue::names);
        if (!plan.ok()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (ExpectedReport r : owed.value()) {
            plan.value().indicator(r.getIndicatorCode()).ifPresent(n -> names.put(r.getIndicatorCode(), n.pick(page.en())));
            plan.value().domain(r.getDomainCode()).ifPresent(n -> names.put(r.getDomainCode(), n.pick(page.en())));
        }
        return names;
    }

    /** The asked year's cycle, or the open cycle of the latest year; empty when none is open. */
    private Optional<MonitoringCycle> chosenCycle(Integer year) {
        if (year != null) {
            return Optional.of(workflow.cycle(year));
        }
        var cycles = workflow.cycles().getItems();
        return cycles == null ? Optional.empty() : cycles.stream().filter(c -> c.getStatus() == CycleStatus.OPEN)
                .max(Comparator.comparing(MonitoringCycle::getYear));
    }

    /** The agency's self-assessments in evaluations that are collecting them. */
    private List<SelfAssessment> selfAssessmentTasks(String agency) {
        List<SelfAssessment> tasks = new ArrayList<>();
        for (var evaluation : Optional.ofNullable(workflow.evaluations().getItems()).orElse(List.of())) {
            if (evaluation.getStatus() != EvaluationStatus.COLLECTING) {
                continue;
            }
            for (var assessment : Optional.ofNullable(workflow.selfAssessments(evaluation.getCode()).getItems()).orElse(List.of())) {
                if (agency != null && agency.equals(assessment.getAgencyCode())) {
                    tasks.add(assessment);
                }
            }
        }
        return tasks;
    }

    /** The agency's Excel template for the year, streamed through the console (the service checks who may have it). */
    @GET
    @Path("/{year}/template")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response template(@PathParam("year") int year) {
        Access.require(identity, "reporter");
        String agency = page.agency();
        var file = workflow.template(year, agency);
        try {
            byte[] bytes = Files.readAllBytes(file.toPath());
            Files.deleteIfExists(file.toPath());
            return Response.ok(bytes).header("Content-Disposition", "attachment; filename=\"template-"
                    + workflow.plan() + "-" + year + "-" + agency + ".xlsx\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled workbook, as a new submission (a draft); every refused row is listed on the page. */
    @POST
    @Path("/{year}/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("year") int year, @RestForm("workbook") FileUpload workbook,
                           @RestForm("idempotencyKey") String key) {
        Access.require(identity, "reporter");
        byte[] bytes = read(workbook);
        Submission[] created = new Submission[1];
        return Forms.write(() -> created[0] = workflow.uploadWorkbook(year, bytes, key),
                "/agency?year=" + year, "uploaded", refused -> homePage(year, null, refused));
    }

    /** Values typed into the page's form (one per owed indicator, the jurisdiction's total), as a new submission. */
    @POST
    @Path("/{year}/values")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response values(@PathParam("year") int year, MultivaluedMap<String, String> form) {
        Access.require(identity, "reporter");
        List<ObservationInput> rows = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("value:") && !values.isEmpty() && !values.get(0).isBlank()) {
                rows.add(new ObservationInput().indicatorCode(name.substring("value:".length())).year(year)
                        .value(number(values.get(0))));
            }
        });
        String key = form.getFirst("idempotencyKey");
        return Forms.write(() -> workflow.createSubmission(year, new SubmissionInput().observations(rows), key),
                "/agency?year=" + year, "created", refused -> homePage(year, null, refused));
    }

    @GET
    @Path("/{year}/submissions/{code}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance submission(@PathParam("year") int year, @PathParam("code") String code,
                                       @QueryParam("done") String done) {
        Access.require(identity, "reporter");
        return submissionPage(year, code, done, null);
    }

    private TemplateInstance submissionPage(int year, String code, String done, ServiceProblemException problem) {
        Section<Submission> submission = Section.load(() -> workflow.submission(year, code));
        String etag = etags.of("/submissions/" + code).orElse("");
        Section<?> rows = Section.load(() -> workflow.observations(year, code).getItems());
        boolean canSubmit = submission.ok() && submission.value().getAllowedActions().contains("submit");
        return submissionPage.data("year", year).data("code", code).data("submission", submission).data("etag", etag)
                .data("rows", rows).data("canSubmit", canSubmit).data("done", done).data("problem", problem)
                .data("stale", problem != null && problem.status() == 412);
    }

    @POST
    @Path("/{year}/submissions/{code}/submit")
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("year") int year, @PathParam("code") String code, @FormParam("etag") String etag) {
        Access.require(identity, "reporter");
        return Forms.write(() -> workflow.submit(year, code, Forms.ifMatch(etag)),
                "/agency/" + year + "/submissions/" + code, "submitted", refused -> submissionPage(year, code, null, refused));
    }

    /** A corrected workbook replaces all rows of a draft or returned submission (If-Match: the page's ETag). */
    @POST
    @Path("/{year}/submissions/{code}/replace")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response replace(@PathParam("year") int year, @PathParam("code") String code,
                            @RestForm("workbook") FileUpload workbook, @RestForm("etag") String etag) {
        Access.require(identity, "reporter");
        byte[] bytes = read(workbook);
        return Forms.write(() -> workflow.replaceWithWorkbook(year, code, bytes, Forms.ifMatch(etag)),
                "/agency/" + year + "/submissions/" + code, "replaced", refused -> submissionPage(year, code, null, refused));
    }

    // ---- self-assessments

    @GET
    @Path("/self-assessments/{evaluation}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance selfAssessment(@PathParam("evaluation") String evaluation, @QueryParam("done") String done) {
        Access.require(identity, "reporter");
        return selfAssessmentPage(evaluation, done, null);
    }

    private TemplateInstance selfAssessmentPage(String evaluation, String done, ServiceProblemException problem) {
        String agency = page.agency();
        Section<SelfAssessment> assessment = Section.load(() -> workflow.selfAssessment(evaluation, agency));
        String etag = etags.of("/self-assessments/" + agency).orElse("");
        return selfAssessmentPage.data("evaluation", evaluation).data("assessment", assessment).data("etag", etag)
                .data("ratings", GoalRatingValue.values()).data("done", done).data("problem", problem)
                .data("stale", problem != null && problem.status() == 412);
    }

    @POST
    @Path("/self-assessments/{evaluation}/items/{goal}")
    @Produces(MediaType.TEXT_HTML)
    public Response writeItem(@PathParam("evaluation") String evaluation, @PathParam("goal") String goal,
                              @FormParam("etag") String etag, @FormParam("progressZh") String progress,
                              @FormParam("problemsZh") String problems, @FormParam("nextStepsZh") String nextSteps,
                              @FormParam("rating") String rating) {
        Access.require(identity, "reporter");
        var input = new SelfAssessmentItemInput().progressZh(blankToNull(progress)).problemsZh(blankToNull(problems))
                .nextStepsZh(blankToNull(nextSteps))
                .rating(rating == null || rating.isBlank() ? null : GoalRatingValue.fromValue(rating));
        return Forms.write(() -> workflow.writeSelfAssessmentItem(evaluation, page.agency(), goal, input, Forms.ifMatch(etag)),
                "/agency/self-assessments/" + evaluation, "saved", refused -> selfAssessmentPage(evaluation, null, refused));
    }

    @POST
    @Path("/self-assessments/{evaluation}/submit")
    @Produces(MediaType.TEXT_HTML)
    public Response submitSelfAssessment(@PathParam("evaluation") String evaluation, @FormParam("etag") String etag) {
        Access.require(identity, "reporter");
        return Forms.write(() -> workflow.submitSelfAssessment(evaluation, page.agency(), Forms.ifMatch(etag)),
                "/agency/self-assessments/" + evaluation, "submitted", refused -> selfAssessmentPage(evaluation, null, refused));
    }

    private static byte[] read(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A typed value; what is not a number is sent as it is refused by the service would be: shown as its 400. */
    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ServiceProblemException(WorkflowClient.SERVICE, 400, null, "Not a number: " + text,
                    "不是数字：" + text, List.of());
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
