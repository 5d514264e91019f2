package org.childplan.platform.outbound;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 POST to an address that was resolved and checked beforehand, keeping the URL's host as Host header,
 * TLS server name (SNI) and the name the certificate must match. Java's HTTP clients resolve the host themselves
 * when they connect, which would let a second DNS answer (rebinding) differ from the checked one; this connects only
 * to the address it is given. It follows no redirect: the caller gets the 3xx status like any other.
 */
public final class PinnedHttpPost {

    private static final int MAX_LINE = 8192;
    private static final int MAX_INTERIM_LINES = 200;

    private PinnedHttpPost() {
    }

    /**
     * Sends the body and answers the final status code; the response body is not read.
     *
     * @param url     http or https, without user info; its host names the receiver
     * @param pinned  the checked address to connect to
     * @param headers request headers (Host, Content-Length and Connection are set here)
     */
    public static int post(URI url, InetAddress pinned, Map<String, String> headers, byte[] body, OutboundConnector connector,
                           Duration connectTimeout, Duration readTimeout) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean tls = scheme.equals("https");
        if (!tls && !scheme.equals("http")) {
            throw new IllegalArgumentException("only http and https are sent: " + url);
        }
        if (url.getRawUserInfo() != null || url.getHost() == null) {
            throw new IllegalArgumentException("a URL with a host and without user info is needed: " + url);
        }
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1) : url.getHost();
        int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
        StringBuilder head = new StringBuilder();
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        head.append("POST ").append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(url.getRawAuthority()).append("\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            requireSafe(header.getKey());
            requireSafe(header.getValue());
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");

        Socket socket = connector.connect(host, new InetSocketAddress(pinned, port), connectTimeout);
        try {
            socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
            if (tls) {
                socket = tls(socket, host, port);
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return finalStatus(new BufferedInputStream(socket.getInputStream()));
        } finally {
            socket.close();
        }
    }

    /** TLS over the connected socket, for the URL's host name: SNI and certificate checked against it, not the address. */
    private static Socket tls(Socket plain, String host, int port) throws IOException {
        SSLContext context;
        try {
            context = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("no TLS available", e);
        }
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (isName(host)) {
            // SNI carries names only; for an IP literal the certificate is matched against the address
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    /** The status of the final response, skipping interim 1xx ones. */
    static int finalStatus(InputStream in) throws IOException {
        for (int lines = 0; lines < MAX_INTERIM_LINES; lines++) {
            String status = line(in);
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
                throw new ProtocolException("not an HTTP/1.x status line: " + abbreviate(status));
            }
            int code = Integer.parseInt(parts[1]);
            if (code >= 200 || code == 101) {
                return code;
            }
            while (!line(in).isEmpty()) {
                lines++;
                if (lines >= MAX_INTERIM_LINES) {
                    break;
                }
            }
        }
        throw new ProtocolException("too many interim responses");
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new ProtocolException("the receiver closed the connection before answering");
            }
            if (line.size() >= MAX_LINE) {
                throw new ProtocolException("an answer line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean isName(String host) {
        try {
            return OutboundHost.of(host).isName();
        } catch (OutboundRefusedException e) {
            return false;
        }
    }

    private static void requireSafe(String headerPart) {
        if (headerPart.indexOf('\r') >= 0 || headerPart.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a header may not contain a line break");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
