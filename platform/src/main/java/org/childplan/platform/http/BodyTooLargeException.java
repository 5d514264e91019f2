package org.childplan.platform.http;

import java.io.IOException;

/**
 * A request body that went on past the service's limit while it was being read. An {@link IOException}, so that a
 * parser reading the body passes it on as it is rather than reporting it as malformed content.
 */
public class BodyTooLargeException extends IOException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
