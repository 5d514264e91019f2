package org.childplan.console.client;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Keeps every ETag a service answers in the request's {@link Etags}: a form holds the ETag of what it was rendered
 * from, so that a write made on stale data is refused by the service (412) instead of overwriting someone's change.
 * Registered for every rest client (a {@code @Provider} client filter), read only by the workflow pages.
 */
@Provider
public class EtagCapture implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        var container = Arc.container();
        if (etag == null || container == null || !container.requestContext().isActive()) {
            return;
        }
        container.instance(Etags.class).get().remember(request.getUri().getPath(), etag);
    }
}
