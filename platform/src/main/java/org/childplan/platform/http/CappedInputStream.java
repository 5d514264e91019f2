package org.childplan.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a body through until it exceeds the limit, then fails every read with {@link BodyTooLargeException}.
 *
 * <p>Closing it before the body's end leaves the body where it is: the HTTP layer's input stream would otherwise read
 * the rest of it, to the end, just to discard it. {@link BodyLimits} closes the connection instead.
 */
public final class CappedInputStream extends FilterInputStream {

    private final long limitBytes;
    private long bytesRead;
    private boolean atEnd;

    public CappedInputStream(InputStream body, long limitBytes) {
        super(body);
        this.limitBytes = limitBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        } else {
            atEnd = true;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        } else if (n < 0) {
            atEnd = true;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public void close() throws IOException {
        if (atEnd) {
            super.close();
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws BodyTooLargeException {
        bytesRead += n;
        if (bytesRead > limitBytes) {
            throw new BodyTooLargeException(limitBytes);
        }
    }
}
