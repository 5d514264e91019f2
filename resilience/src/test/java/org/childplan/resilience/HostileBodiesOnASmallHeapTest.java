package org.childplan.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.childplan.platform.testing.RawHttp;
import org.childplan.platform.testing.ServiceLauncher;
import org.childplan.platform.testing.ServiceLauncher.Service;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * evaluation-service started with a 256 MiB heap, sent submission bodies of 1 GiB, four times its heap, each a
 * different way: valid JSON rows, valid CSV rows, one JSON string that never ends, and a declared length. Each is
 * refused with a problem long before its end, the service stays up, and it answers the next request within a second.
 * Before the bodies were streamed, a 60 MB submission ended in OutOfMemoryError on a default heap.
 */
class HostileBodiesOnASmallHeapTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    private static final long GIBIBYTE = 1L << 30;
    private static final String HEAP = "-Xmx256m";
    private static final String JSON_ROW = "{\"indicatorCode\":\"HEALTH-3c\",\"year\":2023,\"areaCode\":\"A%d\",\"value\":5.8}";

    private static ServiceLauncher services;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startServicesWithASmallHeapForEvaluation() throws Exception {
        services = ServiceLauncher.startServices(ROOT, ROOT.resolve("resilience/target/small-heap"),
                new ServiceLauncher.Options("resilience_heap_", EnumSet.allOf(Service.class),
                        Map.of(Service.EVALUATION, List.of(HEAP))));
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void refusesSubmissionBodiesFourTimesItsHeapAndStaysResponsive() throws Exception {
        String submissions = "/api/v1/plans/" + PLAN + "/monitoring-cycles/2023/submissions";
        long rows = GIBIBYTE / JSON_ROW.formatted(1_000_000).length();
        Map<String, Supplier<InputStream>> bodies = Map.of(
                "JSON rows", () -> RawHttp.generated("{\"agencyCode\":\"health-bureau\",\"observations\":[",
                        i -> JSON_ROW.formatted(i), ",", rows, "]}"),
                "CSV rows", () -> RawHttp.generated("indicatorCode,year,areaCode,value\n",
                        i -> "HEALTH-3c,2023,A" + i + ",5.8", "\n", rows, "\n"),
                "one endless JSON string", () -> RawHttp.generated("{\"agencyCode\":\"health-bureau\",\"observations\":"
                        + "[{\"indicatorCode\":\"HEALTH-3c\",\"year\":2023,\"value\":5.8,\"note\":\"", i -> "x".repeat(1024),
                        "", GIBIBYTE / 1024, "\"}]}"));

        for (var body : bodies.entrySet()) {
            String contentType = body.getKey().startsWith("CSV") ? "text/csv" : "application/json";
            RawHttp.Answer answer = RawHttp.send(services.port(Service.EVALUATION), "POST",
                    submissions + (contentType.equals("text/csv") ? "?agency=health-bureau" : ""), headers(contentType),
                    body.getValue().get(), -1);
            report(body.getKey() + " (1 GiB, chunked)", answer);
            assertThat(answer.status()).as(body.getKey()).isIn(400, 413);
            assertThat(answer.header("content-type")).as(body.getKey()).startsWith("application/problem+json");
            assertThat(answer.bodyComplete()).as(body.getKey() + ": read to its end").isFalse();
            assertThat(answer.bodyBytesSent()).as(body.getKey()).isLessThan(GIBIBYTE / 8);
            assertThat(answer.closedByServer()).as(body.getKey()).isTrue();
            assertAnswersTheNextRequestsWithinASecond();
        }

        RawHttp.Answer declared = RawHttp.send(services.port(Service.EVALUATION), "POST", submissions,
                headers("application/json"), new ByteArrayInputStream(new byte[0]), GIBIBYTE);
        report("declared Content-Length of 1 GiB", declared);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.header("content-type")).startsWith("application/problem+json");
        assertAnswersTheNextRequestsWithinASecond();

        assertThat(services.isRunning(Service.EVALUATION)).isTrue();
        assertThat(Files.readString(services.log(Service.EVALUATION))).doesNotContain("OutOfMemoryError");
    }

    private void assertAnswersTheNextRequestsWithinASecond() throws Exception {
        for (String path : List.of("/q/health/live", "/api/v1/published-reports")) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(services.serviceUrl(Service.EVALUATION) + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(took).as(path + " answered in").isLessThan(Duration.ofSeconds(1));
        }
    }

    private static Map<String, String> headers(String contentType) {
        return Map.of("Content-Type", contentType, "Authorization", "Bearer " + Tokens.of("reporter", "health-bureau"));
    }

    /** The figures the issue asks for, in the test's output (and the surefire report). */
    private static void report(String body, RawHttp.Answer answer) {
        System.out.printf("heap %s, body %s: %d %s after %,d bytes sent in %d ms; connection closed: %s%n", HEAP, body,
                answer.status(), answer.header("content-type"), answer.bodyBytesSent(), answer.elapsed().toMillis(),
                answer.closedByServer());
    }
}
