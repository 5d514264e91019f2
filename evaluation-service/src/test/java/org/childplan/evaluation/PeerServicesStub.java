package org.childplan.evaluation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stands in for indicator-service and agency-service, answering from their real contracts with real answers
 * recorded from the running services (the Changning catalogue and its indicator responsibilities). Every plan whose
 * code starts with TEST- gets those answers under its own code, so each test can own a plan; plans starting with
 * DOWN- get 503 from both. Tests that break the peers inject the server ({@link Inject}), may stop it, and
 * {@link #reset} it.
 */
public class PeerServicesStub implements QuarkusTestResourceLifecycleManager {

    public static final String CHANGNING = "CN-430482-CHILDREN-2021-2025";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // a fixed port, so a fault test can stop the peers (connection refused) and start them again where the clients
        // expect them, as a restarted peer service would come back
        server = new WireMockServer(options().port(freePort()).templatingEnabled(true));
        server.start();
        reset(server);
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.indicator-service.url", url, "quarkus.rest-client.agency-service.url", url);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Inject.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Back to the default answers, running. */
    public static void reset(WireMockServer server) {
        if (!server.isRunning()) {
            server.start();
        }
        server.resetAll();
        serve(server, "(TEST-[A-Za-z0-9-]+|" + CHANGNING + ")", "catalogue", "/stubs/changning-catalogue.json");
        serve(server, "(TEST-[A-Za-z0-9-]+|" + CHANGNING + ")", "indicator-responsibilities",
                "/stubs/changning-indicator-responsibilities.json");
        // as the real services answer: indicator versions and assignments start with the plan period (2021), so
        // before it the catalogue has no indicators and nobody answers for any
        serveBeforeThePlanPeriod(server, "catalogue", "/stubs/changning-catalogue.json", "indicators");
        serveBeforeThePlanPeriod(server, "indicator-responsibilities", "/stubs/changning-indicator-responsibilities.json", "items");
        server.stubFor(get(urlPathMatching("/api/v1/plans/DOWN-[A-Za-z0-9-]+/.*")).willReturn(aResponse().withStatus(503)));
        server.stubFor(get(urlPathEqualTo("/api/v1/governance-bodies")).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(read("/stubs/changning-governance-bodies.json"))));
    }

    /** Makes both peers answer 503 for the plan, as if they were down. */
    public static void down(WireMockServer server, String planCode) {
        server.stubFor(get(urlPathMatching("/api/v1/plans/" + planCode + "/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }

    private static void serve(WireMockServer server, String planPattern, String resource, String file) {
        String body = read(file).replace(CHANGNING, "{{request.pathSegments.[3]}}");
        server.stubFor(get(urlPathMatching("/api/v1/plans/" + planPattern + "/" + resource)).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(body).withTransformers("response-template")));
    }

    private static void serveBeforeThePlanPeriod(WireMockServer server, String resource, String file, String emptied) {
        server.stubFor(get(urlPathMatching("/api/v1/plans/(TEST-[A-Za-z0-9-]+|" + CHANGNING + ")/" + resource)).atPriority(4)
                .withQueryParam("asOf", matching("(1\\d{3}|20[01]\\d|2020)-\\d{2}-\\d{2}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(emptied(file, emptied)).withTransformers("response-template")));
    }

    /**
     * Makes the peer answer the plan's {@code resource} (catalogue, indicator-responsibilities) as the real services do
     * once they tag their reads: 200 with {@code etag}, and 304 to a request whose If-None-Match names it. The body is
     * the recorded one with {@code from} replaced by {@code to} (both empty for the body as recorded), so that a test
     * can tell a changed answer from the kept one.
     */
    public static void tagged(WireMockServer server, String planCode, String resource, String etag, String from, String to) {
        String file = resource.equals("catalogue") ? "/stubs/changning-catalogue.json" : "/stubs/changning-indicator-responsibilities.json";
        String body = read(file).replace(CHANGNING, planCode).replace(from, to);
        String path = "/api/v1/plans/" + planCode + "/" + resource;
        // a changed answer replaces the tagged one, whose 304 would otherwise still answer its old ETag
        server.getStubMappings().stream().filter(m -> path.equals(m.getRequest().getUrlPath())).toList()
                .forEach(server::removeStub);
        server.stubFor(get(urlPathEqualTo(path)).atPriority(2)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", etag).withBody(body)));
        server.stubFor(get(urlPathEqualTo(path)).atPriority(1)
                .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
    }

    /** Makes agency-service answer that nobody is responsible for any of the plan's indicators yet. */
    public static void unassigned(WireMockServer server, String planCode) {
        server.stubFor(get(urlPathMatching("/api/v1/plans/" + planCode + "/indicator-responsibilities")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(emptied("/stubs/changning-indicator-responsibilities.json", "items"))
                        .withTransformers("response-template")));
    }

    /** The recorded answer with one list emptied, for whichever plan is asked. */
    private static String emptied(String file, String list) {
        try {
            ObjectNode answer = (ObjectNode) new ObjectMapper().readTree(read(file));
            answer.putArray(list);
            return answer.toString().replace(CHANGNING, "{{request.pathSegments.[3]}}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = PeerServicesStub.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
