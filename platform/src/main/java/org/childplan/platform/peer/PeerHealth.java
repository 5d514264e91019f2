package org.childplan.platform.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.smallrye.health.api.HealthGroup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The peer services this one calls (childplan.health.peers, by REST client name; none for a service that calls no
 * peer), reported in a group of their own, {@code /q/health/group/peers}, and deliberately not in readiness: while a
 * peer is down this service still serves what does not need it (published reports, progress from the kept catalogue)
 * and answers the rest 503 with Retry-After; taking it out of the load balancer would refuse all of that too. Readiness
 * is only what the service itself needs, its database.
 * A peer counts as up when its liveness endpoint answers below 500: liveness rather than readiness, so that one
 * peer's own peers do not chain in. Results are kept a few seconds so that frequent probes from several replicas do
 * not become load on the peers.
 */
@HealthGroup(PeerHealth.GROUP)
@ApplicationScoped
public class PeerHealth implements HealthCheck {

    /** The health group: {@code /q/health/group/peers}. */
    public static final String GROUP = "peers";

    private final List<String> peers;
    private final Duration keep;
    private final Duration timeout;
    private final Config config;
    private final HttpClient http;
    private final Map<String, Probe> lastProbe = new ConcurrentHashMap<>();

    private record Probe(boolean up, String detail, long atNanos) {
    }

    public PeerHealth(@ConfigProperty(name = "childplan.health.peers") Optional<List<String>> peers,
            @ConfigProperty(name = "childplan.health.peer-probe-kept-for", defaultValue = "5s") Duration keep,
            // the default lets two peers probed one after the other answer inside the orchestrator's probe timeout
            @ConfigProperty(name = "childplan.health.peer-probe-timeout", defaultValue = "1s") Duration timeout, Config config) {
        this.peers = peers.orElse(List.of());
        this.keep = keep;
        this.timeout = timeout;
        this.config = config;
        // HTTP/1.1, not the client's default h2c upgrade: Java 17's HTTP/2 client fails the next request on a kept
        // connection the peer has closed with GOAWAY (idle timeout, restart), which made readiness flap
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Peer services");
        boolean allUp = true;
        for (String peer : peers) {
            Probe probe = lastProbe.compute(peer, (name, previous) -> previous != null && fresh(previous) ? previous : probe(name));
            response.withData(peer, probe.detail());
            allUp &= probe.up();
        }
        return response.status(allUp).build();
    }

    private boolean fresh(Probe probe) {
        return System.nanoTime() - probe.atNanos() < keep.toNanos();
    }

    private Probe probe(String peer) {
        String url = config.getOptionalValue("quarkus.rest-client." + peer + ".url", String.class).orElse(null);
        if (url == null) {
            return new Probe(false, "DOWN: no URL configured (quarkus.rest-client." + peer + ".url)", System.nanoTime());
        }
        String live = url.replaceAll("/+$", "") + "/q/health/live";
        HttpRequest request = HttpRequest.newBuilder(URI.create(live)).timeout(timeout).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Probe(status < 500, (status < 500 ? "UP" : "DOWN") + ": HTTP " + status + " from " + live, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "DOWN: interrupted while probing " + live, System.nanoTime());
        } catch (IOException e) {
            return new Probe(false, "DOWN: " + live + " did not answer (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", System.nanoTime());
        }
    }
}
