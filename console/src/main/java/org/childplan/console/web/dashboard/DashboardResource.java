package org.childplan.console.web.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.childplan.console.client.EvaluationClient;
import org.childplan.console.client.ReportFormat;
import org.childplan.console.client.ServiceProblemException;
import org.childplan.console.client.evaluation.model.PublicFeedbackInput;
import org.childplan.console.client.evaluation.model.PublicFeedbackReceipt;
import org.childplan.console.i18n.Msg;
import org.childplan.console.web.Page;
import org.childplan.console.web.Section;

/**
 * The public dashboard of a published report, without signing in: progress by domain, each indicator's trend against
 * its target, the warnings, the urban–rural and sex gaps, the report's files in every format the service offers, and
 * the readers' feedback with a form to send one. The service decides what a visitor may read (only published reports).
 */
@Path("/reports/{plan}/{code}")
public class DashboardResource {

    /** Plan and report codes as the services write them; anything else cannot name a report. */
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    private final Template dashboard;
    private final EvaluationClient evaluation;
    private final Page page;
    private final RoutingContext routing;

    public DashboardResource(@Location("public/dashboard.html") Template dashboard, EvaluationClient evaluation, Page page,
            RoutingContext routing) {
        this.dashboard = dashboard;
        this.evaluation = evaluation;
        this.page = page;
        this.routing = routing;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("plan") String plan, @PathParam("code") String code) {
        return page(plan, code, new Form(null, null, null, null), null, null, false);
    }

    /** A report file, the service's bytes with its media type, as an attachment named after the report. */
    @GET
    @Path("/download/{format}")
    public Response download(@PathParam("plan") String plan, @PathParam("code") String code,
            @PathParam("format") String extension) {
        checkCodes(plan, code);
        ReportFormat format = ReportFormat.ofExtension(extension).orElseThrow(NotFoundException::new);
        byte[] file = evaluation.reportFile(plan, code, format);
        return Response.ok(file, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + plan + "-" + code + "." + format.extension() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** A visitor's feedback: sent with the visitor's address; the page again with the service's receipt or problem. */
    @POST
    @Path("/feedback")
    @Produces(MediaType.TEXT_HTML)
    public Response sendFeedback(@PathParam("plan") String plan, @PathParam("code") String code,
            @FormParam("commentZh") String comment, @FormParam("authorName") String author,
            @FormParam("organisation") String organisation, @FormParam("contact") String contact) {
        Form form = new Form(comment, author, organisation, contact);
        if (blank(comment)) {
            return Response.status(400).entity(page(plan, code, form, null, null, true)).build();
        }
        PublicFeedbackInput input = new PublicFeedbackInput().commentZh(comment.strip());
        input.setAuthorName(orNull(author));
        input.setOrganisation(orNull(organisation));
        input.setContact(orNull(contact));
        try {
            PublicFeedbackReceipt receipt = evaluation.submitFeedback(plan, code, visitorAddress(), input);
            return Response.ok(page(plan, code, new Form(null, null, null, null), receipt, null, false)).build();
        } catch (ServiceProblemException refused) {
            return Response.status(refused.status()).entity(page(plan, code, form, null, refused, false)).build();
        }
    }

    private TemplateInstance page(String plan, String code, Form form, PublicFeedbackReceipt receipt,
            ServiceProblemException sendProblem, boolean commentMissing) {
        checkCodes(plan, code);
        boolean english = page.en();
        Msg msg = english ? MessageBundles.get(Msg.class, Localized.Literal.of("en")) : MessageBundles.get(Msg.class);
        Section<DashboardView> view = Section.load(() -> DashboardView.of(evaluation.report(plan, code), msg, english));
        if (view.problem() != null && (view.problem().status() == 404 || view.problem().status() == 401)) {
            // no such report, or one not published (the service asks a visitor for a token): for the public, not found
            throw new NotFoundException();
        }
        return dashboard.data("plan", plan).data("code", code).data("view", view)
                .data("feedback", Section.load(() -> evaluation.publicFeedback(plan, code)))
                .data("formats", List.of(ReportFormat.values()))
                .data("form", form).data("receipt", receipt).data("sendProblem", sendProblem)
                .data("commentMissing", commentMissing);
    }

    /** The visitor's address as the console sees it (behind the console's own proxy: see docs/console.md). */
    private String visitorAddress() {
        var remote = routing.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    private static void checkCodes(String plan, String code) {
        if (!plan.matches(CODE) || !code.matches(CODE)) {
            throw new NotFoundException();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** What the visitor typed, kept when the page comes back with a problem. */
    public record Form(String comment, String author, String organisation, String contact) {
    }
}
