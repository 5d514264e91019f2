package org.childplan.platform.peer;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Calls to peer services carry the caller's own bearer token: the peer then applies the caller's rights and its
 * audit trail names the real user, rather than a service identity that could do more than the caller may.
 * Work not started by a request (startup, background retries) sends no token and reaches public data only.
 */
public class ForwardedAuthorization implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return;
        }
        RoutingContext current = container.instance(CurrentVertxRequest.class).get().getCurrent();
        String authorization = current == null ? null : current.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
    }
}
