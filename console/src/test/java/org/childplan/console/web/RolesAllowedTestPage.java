package org.childplan.console.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A page guarded by {@code @RolesAllowed} (test sources only): that check refuses before the REST filters run (the CSRF
 * filter among them), which is how a wrong role once got 500 instead of the 403 page (WrongRoleTest).
 */
@Path("/test-only/statistics-page")
public class RolesAllowedTestPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("statistics")
    public String page() {
        return "<p>statistics only</p>";
    }
}
