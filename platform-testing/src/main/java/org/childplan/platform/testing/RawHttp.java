package org.childplan.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * One HTTP/1.1 request over a plain socket to loopback, for what an HTTP client library hides: a body the client is
 * still sending when the answer comes (an early 413 or 400), how much of it the server took before it stopped, and
 * whether it then closed the connection. The body is written from a second thread while this one reads the answer,
 * as a browser or curl would.
 */
public final class RawHttp {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RawHttp() {
    }

    /**
     * The answer, how many body bytes had been written when the server stopped taking them (or the whole body), and
     * whether the server closed the connection after answering.
     */
    public record Answer(int status, Map<String, String> headers, String body, long bodyBytesSent, boolean bodyComplete,
                         boolean closedByServer, Duration elapsed) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends {@code method path} with the given header lines and the body: chunked when {@code contentLength} is
     * negative, otherwise with that Content-Length (which may promise more than the body holds, to test a refusal
     * by the declared length alone).
     */
    public static Answer send(int port, String method, String path, Map<String, String> headers, InputStream body,
                              long contentLength) throws IOException, InterruptedException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) PATIENCE.toMillis());
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            boolean chunked = contentLength < 0;
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + contentLength + "\r\n");
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();

            AtomicLong sent = new AtomicLong();
            boolean[] complete = {false};
            Thread writer = new Thread(() -> {
                byte[] buffer = new byte[64 * 1024];
                try {
                    int n;
                    while ((n = body.read(buffer)) > 0) {
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        }
                        out.write(buffer, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        }
                        sent.addAndGet(n);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.flush();
                    complete[0] = true;
                } catch (IOException stoppedByServer) {
                    // the server answered and closed: what was sent until then is the figure of interest
                }
            }, "raw-http-body");
            writer.setDaemon(true);
            writer.start();

            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                answerHeaders.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            String length = answerHeaders.get("content-length");
            byte[] answerBody = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            boolean closed = closedWithin(socket, in, Duration.ofSeconds(5));
            if (!closed) {
                socket.close();
            }
            writer.join(PATIENCE.toMillis());
            return new Answer(status, answerHeaders, new String(answerBody, StandardCharsets.UTF_8), sent.get(),
                    complete[0], closed, elapsed);
        }
    }

    private static boolean closedWithin(Socket socket, InputStream in, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            throw new IOException("the server closed the connection without answering");
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * A body generated as it is read, never held: {@code head}, then {@code item(0)}, {@code separator},
     * {@code item(1)} ... for {@code items} items, then {@code tail}.
     */
    public static InputStream generated(String head, LongFunction<String> item, String separator,
                                        long items, String tail) {
        return new InputStream() {
            private byte[] current = head.getBytes(StandardCharsets.UTF_8);
            private int position;
            private long next;
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int copied = 0;
                while (copied < length) {
                    if (position == current.length && !advance()) {
                        break;
                    }
                    int n = Math.min(length - copied, current.length - position);
                    System.arraycopy(current, position, buffer, offset + copied, n);
                    position += n;
                    copied += n;
                }
                return copied == 0 ? -1 : copied;
            }

            private boolean advance() {
                if (done) {
                    return false;
                }
                if (next < items) {
                    current = ((next > 0 ? separator : "") + item.apply(next)).getBytes(StandardCharsets.UTF_8);
                    next++;
                } else {
                    current = tail.getBytes(StandardCharsets.UTF_8);
                    done = true;
                }
                position = 0;
                return true;
            }
        };
    }
}
