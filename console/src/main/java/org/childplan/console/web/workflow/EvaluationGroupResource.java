package org.childplan.console.web.workflow;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.console.client.Etags;
import org.childplan.console.client.ServiceProblemException;
import org.childplan.console.client.WorkflowClient;
import org.childplan.console.client.evaluation.model.Evaluation;
import org.childplan.console.client.evaluation.model.EvaluationInput;
import org.childplan.console.client.evaluation.model.EvaluationStatus;
import org.childplan.console.client.evaluation.model.EvaluationType;
import org.childplan.console.client.evaluation.model.FindingsInput;
import org.childplan.console.client.evaluation.model.GoalRatingInput;
import org.childplan.console.client.evaluation.model.GoalRatingValue;
import org.childplan.console.web.Section;

/**
 * The evaluation group's and the leading group's pages: each evaluation's state and history, one button per step the
 * service says is allowed now (its {@code allowedActions}) and this person's role may take; the self-assessments per
 * agency; ratings of the qualitative goals and the findings, edited in place while compiling; the draft report's
 * preview; the feedback received.
 */
@Path("/evaluations")
public class EvaluationGroupResource {

    /**
     * Which role takes which step, as the contract's operations say ("Roles: …" of approve-plan, start-collecting, …).
     * Whether a step is allowed in the evaluation's state is the service's answer (allowedActions), not decided here.
     */
    static final Map<String, Set<String>> STEP_ROLES = Map.of(
            "approve-plan", Set.of("leadership"),
            "start-collecting", Set.of("evaluator"),
            "compile", Set.of("evaluator"),
            "submit-for-review", Set.of("evaluator"),
            "approve", Set.of("leadership"),
            "return", Set.of("leadership"),
            "publish", Set.of("evaluator", "leadership"));

    private final Template list;
    private final Template one;
    private final WorkflowClient workflow;
    private final Etags etags;
    private final SecurityIdentity identity;

    public EvaluationGroupResource(@Location("workflow/evaluations.html") Template list,
                                   @Location("workflow/evaluation.html") Template one, WorkflowClient workflow,
                                   Etags etags, SecurityIdentity identity) {
        this.list = list;
        this.one = one;
        this.workflow = workflow;
        this.etags = etags;
        this.identity = identity;
    }

    /** What the new-evaluation form holds: empty at first, what was typed after a refusal. */
    public record NewEvaluation(String type, String referenceYear, String planTextZh, String selfAssessmentDueOn,
                                String reportDueOn) {
        static final NewEvaluation EMPTY = new NewEvaluation("MIDTERM", "", "", "", "");

        public NewEvaluation {
            type = type == null ? "" : type;
            referenceYear = referenceYear == null ? "" : referenceYear;
            planTextZh = planTextZh == null ? "" : planTextZh;
            selfAssessmentDueOn = selfAssessmentDueOn == null ? "" : selfAssessmentDueOn;
            reportDueOn = reportDueOn == null ? "" : reportDueOn;
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance all() {
        Access.require(identity, "evaluator", "leadership");
        return listPage(NewEvaluation.EMPTY, null);
    }

    private TemplateInstance listPage(NewEvaluation form, ServiceProblemException problem) {
        return list.data("evaluations", Section.load(() -> workflow.evaluations().getItems()))
                // only the evaluation group creates (the contract's "Roles: evaluator" of createEvaluation)
                .data("canCreate", identity.hasRole("evaluator")).data("form", form)
                .data("types", List.of(EvaluationType.MIDTERM.toString(), EvaluationType.FINAL.toString()))
                .data("done", null).data("problem", problem).data("stale", false);
    }

    /** A new evaluation (a draft, with its plan and due dates); its page next, or this page again with the refusal. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@FormParam("type") String type, @FormParam("referenceYear") String referenceYear,
                           @FormParam("planTextZh") String planTextZh,
                           @FormParam("selfAssessmentDueOn") String selfAssessmentDueOn,
                           @FormParam("reportDueOn") String reportDueOn) {
        Access.require(identity, "evaluator");
        var form = new NewEvaluation(type, referenceYear, planTextZh, selfAssessmentDueOn, reportDueOn);
        return Forms.create(() -> {
            var input = new EvaluationInput()
                    .type(type == null || type.isBlank() ? null : EvaluationType.fromValue(type))
                    .referenceYear(year(referenceYear)).planTextZh(AgencyResource.blankToNull(planTextZh))
                    .selfAssessmentDueOn(BureauResource.date(selfAssessmentDueOn))
                    .reportDueOn(BureauResource.date(reportDueOn));
            return "/evaluations/" + workflow.createEvaluation(input).getCode();
        }, "evaluation-created", refused -> listPage(form, refused));
    }

    /** A typed year; what is not a whole number is refused here in the words the service would use. */
    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ServiceProblemException(WorkflowClient.SERVICE, 400, null, "Not a year: " + text,
                    "不是有效的年份：" + text, List.of());
        }
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance evaluation(@PathParam("code") String code, @QueryParam("done") String done) {
        Access.require(identity, "evaluator", "leadership");
        return page(code, done, null);
    }

    private TemplateInstance page(String code, String done, ServiceProblemException problem) {
        Section<Evaluation> evaluation = Section.load(() -> workflow.evaluation(code));
        String etag = etags.of("/evaluations/" + code).orElse("");
        List<String> steps = evaluation.ok() ? steps(evaluation.value()) : List.of();
        boolean compiling = evaluation.ok() && (evaluation.value().getStatus() == EvaluationStatus.COMPILING
                || evaluation.value().getStatus() == EvaluationStatus.RETURNED);
        boolean evaluator = identity.hasRole("evaluator");
        boolean published = evaluation.ok() && evaluation.value().getStatus() == EvaluationStatus.PUBLISHED;
        return one.data("code", code).data("evaluation", evaluation).data("etag", etag).data("steps", steps)
                .data("history", Section.load(() -> workflow.history(code).getItems()))
                .data("selfAssessments", Section.load(() -> workflow.selfAssessments(code).getItems()))
                .data("editable", compiling && evaluator)
                .data("goals", compiling ? Section.load(() -> workflow.report(code).getQualitativeGoals()) : null)
                .data("ratings", GoalRatingValue.values())
                .data("feedback", published ? Section.load(() -> workflow.feedback(code).getItems()) : null)
                .data("evaluator", evaluator)
                // the service takes a self-assessment back only while they are being collected
                .data("mayReturnSelfAssessments", evaluator && evaluation.ok()
                        && evaluation.value().getStatus() == EvaluationStatus.COLLECTING)
                .data("done", done).data("problem", problem).data("stale", problem != null && problem.status() == 412);
    }

    /** The steps allowed now (the service's word) that this person's role takes (the contract's word). */
    public List<String> steps(Evaluation evaluation) {
        return evaluation.getAllowedActions().stream()
                .filter(step -> STEP_ROLES.getOrDefault(step, Set.of()).stream().anyMatch(identity::hasRole))
                .toList();
    }

    @POST
    @Path("/{code}/steps/{step}")
    @Produces(MediaType.TEXT_HTML)
    public Response step(@PathParam("code") String code, @PathParam("step") String step, @FormParam("etag") String etag,
                         @FormParam("comment") String comment) {
        Access.require(identity, "evaluator", "leadership");
        return Forms.write(() -> workflow.act(code, step, AgencyResource.blankToNull(comment), Forms.ifMatch(etag)),
                "/evaluations/" + code, step, refused -> page(code, null, refused));
    }

    @POST
    @Path("/{code}/findings")
    @Produces(MediaType.TEXT_HTML)
    public Response findings(@PathParam("code") String code, @FormParam("etag") String etag,
                             @FormParam("findingsZh") String findingsZh, @FormParam("recommendationsZh") String recommendationsZh) {
        Access.require(identity, "evaluator", "leadership");
        var input = new FindingsInput().findingsZh(AgencyResource.blankToNull(findingsZh))
                .recommendationsZh(AgencyResource.blankToNull(recommendationsZh));
        return Forms.write(() -> workflow.writeFindings(code, input, Forms.ifMatch(etag)), "/evaluations/" + code,
                "findings", refused -> page(code, null, refused));
    }

    @POST
    @Path("/{code}/ratings/{goal}")
    @Produces(MediaType.TEXT_HTML)
    public Response rate(@PathParam("code") String code, @PathParam("goal") String goal, @FormParam("rating") String rating,
                         @FormParam("rationaleZh") String rationale) {
        Access.require(identity, "evaluator", "leadership");
        var input = new GoalRatingInput().rating(rating == null || rating.isBlank() ? null : GoalRatingValue.fromValue(rating))
                .rationaleZh(AgencyResource.blankToNull(rationale));
        return Forms.write(() -> workflow.rate(code, goal, input), "/evaluations/" + code, "rated",
                refused -> page(code, null, refused));
    }

    @POST
    @Path("/{code}/self-assessments/{agency}/return")
    @Produces(MediaType.TEXT_HTML)
    public Response returnSelfAssessment(@PathParam("code") String code, @PathParam("agency") String agency,
                                         @FormParam("reason") String reason) {
        Access.require(identity, "evaluator", "leadership");
        return Forms.write(() -> {
            workflow.selfAssessment(code, agency);
            String etag = etags.of("/self-assessments/" + agency).orElse(null);
            workflow.returnSelfAssessment(code, agency, AgencyResource.blankToNull(reason), etag);
        }, "/evaluations/" + code, "returned", refused -> page(code, null, refused));
    }

    /** The report as the service renders it (the draft while compiling), shown through the console. */
    @GET
    @Path("/{code}/preview")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@PathParam("code") String code) {
        Access.require(identity, "evaluator", "leadership");
        var file = workflow.reportHtml(code);
        try {
            byte[] html = Files.readAllBytes(file.toPath());
            Files.deleteIfExists(file.toPath());
            return Response.ok(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
