package org.childplan.platform.http;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts every body a resource reads, so that one sent without a Content-Length (chunked) is refused with a 413
 * problem as soon as it passes the limit, whichever reader is consuming it (see {@link BodyLimits}).
 */
@Provider
public class BodyCap implements ReaderInterceptor {

    private final long maxBodyBytes;

    public BodyCap(@ConfigProperty(name = BodyLimits.MAX_BODY_BYTES, defaultValue = "10485760") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new CappedInputStream(context.getInputStream(), maxBodyBytes));
        return context.proceed();
    }
}
