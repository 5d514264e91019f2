package org.childplan.platform.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making the current request: the token's principal, its roles, and for agency staff the agency claim.
 * Recorded on workflow steps and in the audit trail, and used for object-level checks.
 */
// looked up programmatically by the audit trail, so the build must keep it even where nothing injects it
@Unremovable
@RequestScoped
public class CurrentUser {

    /** The JWT claim naming the agency a reporter belongs to. */
    public static final String AGENCY_CLAIM = "agency";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The agency the caller belongs to, from the token's agency claim; null when it has none. */
    public String agency() {
        if (identity.isAnonymous() || token == null || token.getRawToken() == null) {
            return null;
        }
        Object claim = token.getClaim(AGENCY_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }
}
