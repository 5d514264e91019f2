package org.childplan.console.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.childplan.console.client.ServiceProblemException;
import org.childplan.platform.peer.PeerUnavailableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The console's one error page style, for people rather than programs: a service that is down, a refusal with the
 * service's own words, a page one may not see, a page that does not exist. These mappers come before the platform's
 * problem+json ones (a lower priority number wins). A page that needs a signed-in user sends a visitor to sign-in.
 */
public class ConsoleErrors {

    private static final int BEFORE_THE_PLATFORM = Priorities.USER - 100;

    private final Template error;
    private final Page page;

    public ConsoleErrors(@Location("error.html") Template error, Page page) {
        this.error = error;
        this.page = page;
    }

    @ServerExceptionMapper(priority = BEFORE_THE_PLATFORM)
    public Response unavailable(PeerUnavailableException e) {
        Section<Object> section = new Section<>(null, Section.serviceOf(e), e.retryAfter().map(d -> d.toSeconds()).orElse(30L), null);
        return html(503, error.data("section", section).data("problem", null).data("kind", "unavailable"))
                .header(HttpHeaders.RETRY_AFTER, section.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper(priority = BEFORE_THE_PLATFORM)
    public Response refused(ServiceProblemException e) {
        if (e.status() == 401) {
            return signIn();
        }
        return html(e.status(), error.data("section", null).data("problem", e).data("kind", "problem")).build();
    }

    @ServerExceptionMapper(priority = BEFORE_THE_PLATFORM)
    public Response unauthorized(UnauthorizedException e) {
        return signIn();
    }

    /** A session cookie that cannot be read (expired, or signed by another key): sign in again, as a visitor would. */
    @ServerExceptionMapper(priority = BEFORE_THE_PLATFORM)
    public Response unreadableSession(AuthenticationFailedException e) {
        return signIn();
    }

    @ServerExceptionMapper(priority = BEFORE_THE_PLATFORM)
    public Response forbidden(ForbiddenException e) {
        return html(403, error.data("section", null).data("problem", null).data("kind", "forbidden")).build();
    }

    @ServerExceptionMapper(priority = BEFORE_THE_PLATFORM)
    public Response notFound(NotFoundException e) {
        return html(404, error.data("section", null).data("problem", null).data("kind", "not-found")).build();
    }

    private Response signIn() {
        return Response.seeOther(UriBuilder.fromPath("/sign-in").queryParam("next", page.here()).build()).build();
    }

    private static Response.ResponseBuilder html(int status, io.quarkus.qute.TemplateInstance body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body.render());
    }
}
