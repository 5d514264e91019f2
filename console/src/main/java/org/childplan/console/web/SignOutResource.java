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
        // the OIDC session cookie (q_session) is removed by the same name and path
        NewCookie oidc = new NewCookie.Builder("q_session").value("").path("/").httpOnly(true).maxAge(0).build();
        return Response.seeOther(URI.create("/")).cookie(gone, oidc).build();
    }
}
