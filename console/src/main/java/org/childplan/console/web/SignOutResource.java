package org.childplan.console.web;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.childplan.console.security.DevSignIn;

/** Sign-out is a form POST (with its CSRF token), so that no link or image elsewhere can sign a person out. */
@Path("/sign-out")
public class SignOutResource {

    @POST
    public Response signOut() {
        NewCookie gone = new NewCookie.Builder(DevSignIn.SESSION_COOKIE).value("").path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
        // the OIDC session cookies are removed by the same names and path: with split-tokens the ID token is in
        // q_session, the access and refresh tokens in q_session_at and q_session_rt
        NewCookie[] oidc = java.util.stream.Stream.of("q_session", "q_session_at", "q_session_rt")
                .map(name -> new NewCookie.Builder(name).value("").path("/").httpOnly(true).maxAge(0).build())
                .toArray(NewCookie[]::new);
        return Response.seeOther(URI.create("/")).cookie(gone).cookie(oidc).build();
    }
}
