package org.childplan.agency.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.childplan.agency.service.PayloadTooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies above the configured size with a 413 problem before anything reads them. (The HTTP layer's own
 * limit, set higher, stays as the backstop for bodies sent without a Content-Length.)
 */
public class RequestLimits {

    private final long maxBodyBytes;

    public RequestLimits(@ConfigProperty(name = "childplan.limits.max-body-bytes", defaultValue = "10485760") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public void limitBodySize(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                return;
            }
            if (bytes > maxBodyBytes) {
                throw new PayloadTooLargeException("The request body", maxBodyBytes, "bytes", "字节");
            }
        }
    }
}
