package org.childplan.platform.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The peer probe on its own, against a raw socket server that misbehaves in exactly the way a test needs. */
class PeerHealthTest {

    @Test
    void probesWithPlainHttp11WithoutAnUpgradeToHttp2() throws Exception {
        try (Peer peer = new Peer(0)) {
            HealthCheckResponse response = probe(peer.port());

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(peer.lastRequest()).startsWith("GET /q/health/live HTTP/1.1\r\n").doesNotContainIgnoringCase("upgrade");
        }
    }

    @Test
    void staysUpWhenTheFirstConnectionClosesWithoutAnAnswer() throws Exception {
        // what a kept connection looks like when the peer closed it meanwhile: accepted, then closed, no bytes
        try (Peer peer = new Peer(1)) {
            HealthCheckResponse response = probe(peer.port());

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(peer.connections()).isEqualTo(2);
        }
    }

    @Test
    void isDownWhenThePeerKeepsClosingConnections() throws Exception {
        try (Peer peer = new Peer(Integer.MAX_VALUE)) {
            HealthCheckResponse response = probe(peer.port());

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData().orElseThrow().get("indicator-service").toString()).contains("did not answer");
        }
    }

    private static HealthCheckResponse probe(int port) {
        var config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(
                Map.of("quarkus.rest-client.indicator-service.url", "http://127.0.0.1:" + port), "test", 100)).build();
        return new PeerHealth(Optional.of(List.of("indicator-service")), Duration.ZERO, Duration.ofSeconds(5), config).call();
    }

    /** Closes the first {@code closing} connections unanswered and answers the others' liveness request with 200. */
    private static final class Peer implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0);
        private final AtomicInteger connections = new AtomicInteger();
        private volatile String lastRequest = "";
        private final Thread acceptor;

        Peer(int closing) throws IOException {
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        if (connections.incrementAndGet() > closing) {
                            answer(socket);
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void answer(Socket socket) throws IOException {
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (head.indexOf("\r\n\r\n") < 0) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                head.append((char) b);
            }
            lastRequest = head.toString();
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        int port() {
            return server.getLocalPort();
        }

        String lastRequest() {
            return lastRequest;
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
