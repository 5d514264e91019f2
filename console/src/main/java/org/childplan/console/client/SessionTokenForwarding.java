package org.childplan.console.client;

import io.quarkus.arc.Arc;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every call to a service carries the signed-in user's own access token, as the services' ForwardedAuthorization
 * does for their peers: the service applies that user's rights and names them in its audit trail; the console has
 * no identity of its own that could do more. The token is the OIDC access token (production), or the dev sign-in's
 * token from its session cookie. A visitor who is not signed in sends none and reads public data only. The one exception is a call that
 * says which token it carries ({@link CallToken}).
 */
public class SessionTokenForwarding implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        String token = callToken();
        if (token == null) {
            token = currentToken();
        }
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }

    /** The token the current call carries instead of the user's ({@link CallToken}); null for most calls. */
    static String callToken() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        return container.instance(CallToken.class).get().token();
    }

    /** The current user's access token; null outside a request or for a visitor who is not signed in. */
    static String currentToken() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = container.instance(CurrentIdentityAssociation.class).get().getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access != null) {
            return access.getToken();
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getRawToken() : null;
    }
}
