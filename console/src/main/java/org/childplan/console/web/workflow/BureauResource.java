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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.childplan.console.client.Etags;
import org.childplan.console.client.ServiceProblemException;
import org.childplan.console.client.WorkflowClient;
import org.childplan.console.client.evaluation.model.AgeGroup;
import org.childplan.console.client.evaluation.model.CorrectionInput;
import org.childplan.console.client.evaluation.model.CycleCloseInput;
import org.childplan.console.client.evaluation.model.CycleStatus;
import org.childplan.console.client.evaluation.model.MonitoringCycle;
import org.childplan.console.client.evaluation.model.MonitoringCycleInput;
import org.childplan.console.client.evaluation.model.Residence;
import org.childplan.console.client.evaluation.model.Sex;
import org.childplan.console.client.evaluation.model.Submission;
import org.childplan.console.client.evaluation.model.SubmissionStatus;
import org.childplan.console.web.Section;

/**
 * The statistics bureau's page: open a cycle; completeness by agency and by domain and the overdue list; the review
 * queue (accept, or return with a reason); closing the cycle, which says beforehand which drafts a forced close would
 * withdraw and asks for the reason; the corrections with their reasons.
 */
@Path("/bureau")
public class BureauResource {

    private final Template home;
    private final WorkflowClient workflow;
    private final Etags etags;
    private final SecurityIdentity identity;

    public BureauResource(@Location("workflow/bureau.html") Template home, WorkflowClient workflow, Etags etags,
                          SecurityIdentity identity) {
        this.home = home;
        this.workflow = workflow;
        this.etags = etags;
        this.identity = identity;
    }

    /** A submission waiting for review, with the ETag its accept or return must send. */
    public record Queued(Submission submission, String etag) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@QueryParam("year") Integer year, @QueryParam("done") String done) {
        Access.require(identity, "statistics");
        return page(year, done, null);
    }

    /** What the correction form holds: empty at first, what was typed after a refusal. */
    public record CorrectionForm(String indicatorCode, String areaCode, String sex, String residence, String ageGroup,
                                 String value, String reason) {
        static final CorrectionForm EMPTY = new CorrectionForm("", "", "", "", "", "", "");

        public CorrectionForm {
            indicatorCode = indicatorCode == null ? "" : indicatorCode;
            areaCode = areaCode == null ? "" : areaCode;
            sex = sex == null ? "" : sex;
            residence = residence == null ? "" : residence;
            ageGroup = ageGroup == null ? "" : ageGroup;
            value = value == null ? "" : value;
            reason = reason == null ? "" : reason;
        }
    }

    /** The breakdowns a correction names (the contract's Sex, Residence, AgeGroup); none chosen: the service's default. */
    static final List<String> SEXES = List.of(Sex.MALE.toString(), Sex.FEMALE.toString(), Sex.TOTAL.toString());
    static final List<String> RESIDENCES = List.of(Residence.URBAN.toString(), Residence.RURAL.toString(), Residence.TOTAL.toString());
    static final List<String> AGE_GROUPS = java.util.Arrays.stream(AgeGroup.values()).map(AgeGroup::toString)
            .filter(a -> !a.startsWith("unknown_default")).toList();

    private TemplateInstance page(Integer year, String done, ServiceProblemException problem) {
        return page(year, done, problem, CorrectionForm.EMPTY);
    }

    private TemplateInstance page(Integer year, String done, ServiceProblemException problem, CorrectionForm correction) {
        Section<List<MonitoringCycle>> cycles = Section.load(() -> Optional.ofNullable(workflow.cycles().getItems()).orElse(List.of()));
        Integer y = year != null ? year : cycles.ok() ? cycles.value().stream().filter(c -> c.getStatus() == CycleStatus.OPEN)
                .map(MonitoringCycle::getYear).max(Comparator.naturalOrder()).orElse(null) : null;
        TemplateInstance t = home.data("cycles", cycles).data("year", y).data("done", done).data("problem", problem)
                .data("correction", correction).data("sexes", SEXES).data("residences", RESIDENCES).data("ageGroups", AGE_GROUPS)
                .data("stale", problem != null && problem.status() == 412).data("nextYear", LocalDate.now().getYear() - 1);
        if (y == null) {
            return t.data("cycle", null).data("cycleEtag", "").data("completeness", null).data("queue", null)
                    .data("drafts", null).data("corrections", null);
        }
        Section<MonitoringCycle> cycle = Section.load(() -> workflow.cycle(y));
        String cycleEtag = etags.of("/monitoring-cycles/" + y).orElse("");
        Section<?> completeness = Section.load(() -> workflow.completeness(y));
        Section<List<Queued>> queue = Section.load(() -> queued(y));
        // what a forced close would withdraw: the drafts and returned submissions still open
        Section<List<Submission>> drafts = Section.load(() -> {
            List<Submission> open = new ArrayList<>(items(workflow.submissions(y, null, SubmissionStatus.DRAFT).getItems()));
            open.addAll(items(workflow.submissions(y, null, SubmissionStatus.RETURNED).getItems()));
            return open;
        });
        Section<?> corrections = Section.load(() -> workflow.corrections(y).getItems());
        return t.data("cycle", cycle).data("cycleEtag", cycleEtag).data("completeness", completeness).data("queue", queue)
                .data("drafts", drafts).data("corrections", corrections);
    }

    private List<Queued> queued(int year) {
        List<Queued> queue = new ArrayList<>();
        for (Submission listed : items(workflow.submissions(year, null, SubmissionStatus.SUBMITTED).getItems())) {
            Submission one = workflow.submission(year, listed.getCode());
            queue.add(new Queued(one, etags.of("/submissions/" + listed.getCode()).orElse("")));
        }
        return queue;
    }

    private static <T> List<T> items(List<T> items) {
        return items == null ? List.of() : items;
    }

    @POST
    @Path("/cycles")
    @Produces(MediaType.TEXT_HTML)
    public Response open(@FormParam("year") Integer year, @FormParam("opensOn") String opensOn, @FormParam("dueOn") String dueOn) {
        Access.require(identity, "statistics");
        return Forms.write(() -> workflow.openCycle(new MonitoringCycleInput().year(year).opensOn(date(opensOn)).dueOn(date(dueOn))),
                "/bureau" + (year == null ? "" : "?year=" + year), "opened", refused -> page(year, null, refused));
    }

    @POST
    @Path("/{year}/submissions/{code}/accept")
    @Produces(MediaType.TEXT_HTML)
    public Response accept(@PathParam("year") int year, @PathParam("code") String code, @FormParam("etag") String etag) {
        Access.require(identity, "statistics");
        return Forms.write(() -> workflow.accept(year, code, Forms.ifMatch(etag)), "/bureau?year=" + year, "accepted",
                refused -> page(year, null, refused));
    }

    @POST
    @Path("/{year}/submissions/{code}/return")
    @Produces(MediaType.TEXT_HTML)
    public Response returnSubmission(@PathParam("year") int year, @PathParam("code") String code,
                                     @FormParam("etag") String etag, @FormParam("reason") String reason) {
        Access.require(identity, "statistics");
        return Forms.write(() -> workflow.returnSubmission(year, code, AgencyResource.blankToNull(reason), Forms.ifMatch(etag)),
                "/bureau?year=" + year, "returned", refused -> page(year, null, refused));
    }

    @POST
    @Path("/{year}/close")
    @Produces(MediaType.TEXT_HTML)
    public Response close(@PathParam("year") int year, @FormParam("etag") String etag, @FormParam("force") String force,
                          @FormParam("reason") String reason) {
        Access.require(identity, "statistics");
        boolean forced = "true".equals(force);
        var input = new CycleCloseInput().force(forced).reason(AgencyResource.blankToNull(reason));
        return Forms.write(() -> workflow.closeCycle(year, Forms.ifMatch(etag), input), "/bureau?year=" + year, "closed",
                refused -> page(year, null, refused));
    }

    /** A correction of an accepted value, with its reason; the replaced value stays in the corrections list. */
    @POST
    @Path("/{year}/corrections")
    @Produces(MediaType.TEXT_HTML)
    public Response correct(@PathParam("year") int year, @FormParam("indicatorCode") String indicatorCode,
                            @FormParam("areaCode") String areaCode, @FormParam("sex") String sex,
                            @FormParam("residence") String residence, @FormParam("ageGroup") String ageGroup,
                            @FormParam("value") String value, @FormParam("reason") String reason) {
        Access.require(identity, "statistics");
        var form = new CorrectionForm(indicatorCode, areaCode, sex, residence, ageGroup, value, reason);
        return Forms.write(() -> workflow.correct(year, new CorrectionInput()
                        .indicatorCode(AgencyResource.blankToNull(indicatorCode)).areaCode(AgencyResource.blankToNull(areaCode))
                        .sex(blank(sex) ? null : Sex.fromValue(sex))
                        .residence(blank(residence) ? null : Residence.fromValue(residence))
                        .ageGroup(blank(ageGroup) ? null : AgeGroup.fromValue(ageGroup))
                        .value(blank(value) ? null : AgencyResource.number(value)).reason(AgencyResource.blankToNull(reason))),
                "/bureau?year=" + year, "corrected", refused -> page(year, null, refused, form));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ServiceProblemException(WorkflowClient.SERVICE, 400, null, "Not a date (YYYY-MM-DD): " + text,
                    "日期格式应为 YYYY-MM-DD：" + text, List.of());
        }
    }
}
