package org.childplan.console.web.workflow;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;

/**
 * Who may see a workflow page, checked as the first thing the resource method does. Not {@code @RolesAllowed}: that
 * check refuses before the CSRF filter has run, and the 403 page (the layout, with its sign-out form's CSRF token)
 * then fails to render (500). Checked here, a visitor is still sent to sign-in and a wrong role gets the 403 page.
 */
final class Access {

    private Access() {
    }

    static void require(SecurityIdentity identity, String... roles) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new ForbiddenException();
        }
    }
}
