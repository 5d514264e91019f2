package org.childplan.console.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.childplan.console.client.AgencyClient;
import org.childplan.console.security.DevSignIn;

/**
 * Sign-in and sign-out. With the development sign-in: a page listing the roles and agency-service's agencies, whose
 * form mints a token with the dev key into an HttpOnly session cookie. With OpenID Connect: /sign-in goes on to
 * /sign-in/oidc, which the authorization code flow protects (quarkus.http.auth.permission.oidc-login).
 */
@Path("/sign-in")
public class SignInResource {

    private final Template signIn;
    private final DevSignIn devSignIn;
    private final AgencyClient agencies;
    private final HttpServerRequest request;

    public SignInResource(@Location("sign-in.html") Template signIn, DevSignIn devSignIn, AgencyClient agencies,
                          HttpServerRequest request) {
        this.signIn = signIn;
        this.devSignIn = devSignIn;
        this.agencies = agencies;
        this.request = request;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("next") String next) {
        if (!devSignIn.enabled()) {
            // the code flow restores /sign-in/oidc with its query after the identity provider, so next survives it
            return Response.seeOther(UriBuilder.fromPath("/sign-in/oidc").queryParam("next", localPath(next)).build()).build();
        }
        return Response.ok(form(next, null, null)).build();
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("role") String role, @FormParam("agency") String agency, @FormParam("next") String next) {
        if (!devSignIn.enabled()) {
            return Response.status(404).build();
        }
        if (role == null || !DevSignIn.ROLES.contains(role)) {
            return Response.status(400).entity(form(next, "sign_in_role_required", agency)).build();
        }
        String agencyCode = agency == null || agency.isBlank() ? null : agency;
        if (role.equals("reporter") && agencyCode == null) {
            return Response.status(400).entity(form(next, "sign_in_agency_required", null)).build();
        }
        if (agencyCode != null && !agencyCode.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            return Response.status(400).entity(form(next, "sign_in_agency_required", null)).build();
        }
        String token = devSignIn.mint(role, agencyCode);
        NewCookie session = new NewCookie.Builder(DevSignIn.SESSION_COOKIE).value(token).path("/").httpOnly(true)
                .secure(request.isSSL()).sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) DevSignIn.LIFETIME.toSeconds()).build();
        return Response.seeOther(URI.create(localPath(next))).cookie(session).build();
    }

    /**
     * Where the OIDC flow returns after the identity provider: the code flow restores this path with its query
     * (restore-path-after-redirect), and the person goes on to the page that sent them to sign in.
     */
    @GET
    @Path("/oidc")
    public Response afterOidc(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(localPath(next))).build();
    }

    private TemplateInstance form(String next, String error, String agency) {
        // read with a token of the sign-in's own: the visitor is not signed in, and agency-service lists agencies
        // only to signed-in callers
        var list = Section.load(() -> agencies.allReadWith(devSignIn.mintAgencyListReader()));
        return signIn.data("roles", DevSignIn.ROLES).data("agencies", list).data("next", localPath(next))
                .data("error", error).data("chosenAgency", agency);
    }

    /** Only a path of this console: never an absolute URL from a query parameter (no open redirect). */
    static String localPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
