package org.childplan.console.web.workflow;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;

/**
 * Who may see a workflow page, checked as the first thing the resource method does: a visitor is sent to sign-in, a
 * wrong role gets the 403 page. (A {@code @RolesAllowed} page refuses before the CSRF filter has run; that once made
 * the 403 page fail with 500, until the layout took its CSRF token through {@code Page}. WrongRoleTest checks both.)
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
