package org.childplan.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The POST goes to the address it is given, under the URL's name; every receiver here listens on loopback. */
class PinnedHttpPostTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void connectsToThePinnedAddressAndKeepsTheNameAsHostHeader() throws Exception {
        try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> request = answerOnce(receiver, "HTTP/1.1 204 No Content\r\n\r\n");
            List<InetSocketAddress> connected = new ArrayList<>();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("X-ChildPlan-Event", "CYCLE_CLOSED");
            // the name is never resolved (.invalid resolves nowhere, RFC 6761): only the pinned address is used
            URI url = URI.create("http://Receiver.Example.invalid:" + receiver.getLocalPort() + "/hooks/childplan?x=1");
            int status = PinnedHttpPost.post(url, InetAddress.getLoopbackAddress(), headers,
                    "{\"event\":\"CYCLE_CLOSED\"}".getBytes(StandardCharsets.UTF_8), recording(connected), WAIT, WAIT);

            assertThat(status).isEqualTo(204);
            assertThat(connected).containsExactly(new InetSocketAddress(InetAddress.getLoopbackAddress(), receiver.getLocalPort()));
            String sent = request.get(5, TimeUnit.SECONDS);
            assertThat(sent).startsWith("POST /hooks/childplan?x=1 HTTP/1.1\r\n")
                    .contains("\r\nHost: Receiver.Example.invalid:" + receiver.getLocalPort() + "\r\n")
                    .contains("\r\nX-ChildPlan-Event: CYCLE_CLOSED\r\n")
                    .contains("\r\nContent-Length: 24\r\n")
                    .endsWith("\r\n\r\n{\"event\":\"CYCLE_CLOSED\"}");
        }
    }

    @Test
    void answersARedirectWithoutFollowingIt() throws Exception {
        try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            answerOnce(receiver, "HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data\r\n\r\n");
            List<InetSocketAddress> connected = new ArrayList<>();
            int status = PinnedHttpPost.post(URI.create("http://receiver.example.invalid:" + receiver.getLocalPort() + "/"),
                    InetAddress.getLoopbackAddress(), Map.of(), new byte[0], recording(connected), WAIT, WAIT);
            assertThat(status).isEqualTo(302);
            assertThat(connected).hasSize(1);
        }
    }

    @Test
    void readsTheFinalStatusPastInterimAnswers() throws Exception {
        assertThat(PinnedHttpPost.finalStatus(stream("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                + "HTTP/1.1 200 OK\r\n\r\n"))).isEqualTo(200);
        assertThat(PinnedHttpPost.finalStatus(stream("HTTP/1.0 500 Oops\n\n"))).isEqualTo(500);
        assertThatThrownBy(() -> PinnedHttpPost.finalStatus(stream("SSH-2.0-OpenSSH_9.2\r\n"))).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> PinnedHttpPost.finalStatus(stream(""))).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> PinnedHttpPost.finalStatus(stream("HTTP/1.1 200 " + "x".repeat(10_000) + "\r\n")))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void refusesWhatItCanNotSendSafely() {
        OutboundConnector never = (host, address, timeout) -> {
            throw new AssertionError("no connection expected");
        };
        InetAddress loopback = InetAddress.getLoopbackAddress();
        assertThatThrownBy(() -> PinnedHttpPost.post(URI.create("ftp://example.gov.cn/"), loopback, Map.of(), new byte[0], never, WAIT, WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinnedHttpPost.post(URI.create("http://u:p@example.gov.cn/"), loopback, Map.of(), new byte[0], never, WAIT, WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinnedHttpPost.post(URI.create("http://example.gov.cn/"), loopback, Map.of("X-A", "1\r\nX-B: 2"),
                new byte[0], never, WAIT, WAIT)).isInstanceOf(IllegalArgumentException.class);
    }

    private static OutboundConnector recording(List<InetSocketAddress> connected) {
        return (host, address, timeout) -> {
            if (!address.getAddress().isLoopbackAddress()) {
                throw new AssertionError("this test connects to loopback only, not " + address);
            }
            connected.add(address);
            return new DirectConnector().connect(host, address, timeout);
        };
    }

    /** Accepts one connection, reads the request head and the Content-Length body, answers, and hands back the request. */
    private static CompletableFuture<String> answerOnce(ServerSocket receiver, String answer) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = receiver.accept()) {
                socket.setSoTimeout(5000);
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream request = new ByteArrayOutputStream();
                while (!request.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    request.write(in.read());
                }
                String head = request.toString(StandardCharsets.ISO_8859_1);
                int length = head.lines().filter(l -> l.startsWith("Content-Length: ")).findFirst()
                        .map(l -> Integer.parseInt(l.substring(16).strip())).orElse(0);
                request.write(in.readNBytes(length));
                OutputStream out = socket.getOutputStream();
                out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return request.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
