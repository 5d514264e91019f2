package org.childplan.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

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
 * A stand-in for indicator-service on a local port, serving the catalogue from its real contract:
 * the Changning plan's real catalogue, a small catalogue for every plan whose code starts with TEST-, and 404
 * for anything else. Fault tests inject the server ({@link Inject}) to make it fail, slow down or stop,
 * and call {@link #reset} afterwards. The test catalogue carries a property and an enum value the contract does not
 * know (as a newer indicator-service might send), so every test using it also proves the client tolerates them.
 */
public class IndicatorServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String CHANGNING = "CN-430482-CHILDREN-2021-2025";
    /** The plan of the seed document SeederWaitsForIndicatorServiceTest loads: down until that test brings it up. */
    public static final String DOWN_AT_START = "SEED-WHILE-DOWN";

    /** Marks a WireMockServer field of a test class to receive the running stub. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // a fixed port, so a test can stop the server (connection refused) and start it again where the client expects it
        server = new WireMockServer(options().port(freePort()).templatingEnabled(true));
        server.start();
        reset(server);
        return Map.of("quarkus.rest-client.indicator-service.url", "http://localhost:" + server.port());
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
        server.stubFor(get(urlPathEqualTo(catalogueUrl(CHANGNING)))
                .willReturn(json(resource("/stubs/changning-catalogue.json"))));
        server.stubFor(get(urlPathMatching("/api/v1/plans/TEST-[A-Za-z0-9-]+/catalogue"))
                .willReturn(json(resource("/stubs/test-catalogue.json")).withTransformers("response-template")));
        server.stubFor(get(urlPathEqualTo(catalogueUrl(DOWN_AT_START))).willReturn(aResponse().withStatus(503)));
    }

    /** Serves the small test catalogue for a plan code outside the TEST- range. */
    public static void serveTestCatalogue(WireMockServer server, String planCode) {
        server.stubFor(get(urlPathEqualTo(catalogueUrl(planCode)))
                .willReturn(json(resource("/stubs/test-catalogue.json")).withTransformers("response-template")));
    }

    /** The small test catalogue as served for {@code planCode}. */
    public static String catalogueBody(String planCode) {
        return resource("/stubs/test-catalogue.json").replace("{{request.pathSegments.[3]}}", planCode);
    }

    public static String catalogueUrl(String planCode) {
        return "/api/v1/plans/" + planCode + "/catalogue";
    }

    public static com.github.tomakehurst.wiremock.matching.UrlPattern catalogue(String planCode) {
        return urlPathEqualTo(catalogueUrl(planCode));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static String resource(String name) {
        try (InputStream in = IndicatorServiceStub.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
}
