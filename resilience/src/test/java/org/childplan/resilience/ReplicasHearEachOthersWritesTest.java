package org.childplan.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.childplan.platform.testing.ServiceLauncher;
import org.childplan.platform.testing.ServiceLauncher.Service;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two indicator-service instances from the built jar on one database, as a deployment scaled to two replicas runs
 * them: a write through one is served by the other, with a new ETag and the new content, within a second, although
 * the other answers reads from representations it prepared before the write (PostgreSQL LISTEN/NOTIFY).
 */
class ReplicasHearEachOthersWritesTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    private static ServiceLauncher services;
    private static URI first;
    private static URI second;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        services = ServiceLauncher.startServices(ROOT, ROOT.resolve("resilience/target/replicas"),
                new ServiceLauncher.Options("resilience_replicas_", EnumSet.of(Service.INDICATOR), Map.of()));
        first = services.serviceUrl(Service.INDICATOR);
        second = services.startReplica(Service.INDICATOR, ServiceLauncher.freePort());
    }

    @AfterAll
    static void stopReplicas() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aWriteThroughOneReplicaIsServedByTheOtherWithinASecond() throws Exception {
        String catalogue = "/api/v1/plans/" + PLAN + "/catalogue";
        String before = etag(second, catalogue);
        // prepared now: the second answer is the kept representation, and revalidates to 304
        assertThat(etag(second, catalogue)).isEqualTo(before);
        assertThat(send(second, "GET", catalogue, Map.of("If-None-Match", before), null).statusCode()).isEqualTo(304);

        String jurisdiction = json.readTree(send(first, "GET", "/api/v1/plans/" + PLAN, Map.of(), null).body())
                .path("jurisdictionCode").asText();
        String area = "REPLICA-T" + System.currentTimeMillis() % 100_000;
        String body = "{\"code\":\"" + area + "\",\"nameZh\":\"副本测试乡镇\",\"nameEn\":\"Replica test township\","
                + "\"level\":\"TOWNSHIP\",\"parentCode\":\"" + jurisdiction + "\"}";
        HttpResponse<String> created = send(first, "POST", "/api/v1/plans/" + PLAN + "/reporting-areas",
                Map.of("Authorization", "Bearer " + Tokens.of("admin"), "Content-Type", "application/json"), body);
        long committed = System.nanoTime();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> seen = awaitChange(second, catalogue, before, Duration.ofSeconds(1));
        long millis = (System.nanoTime() - committed) / 1_000_000;
        System.out.printf("the second replica served the first one's write after %d ms%n", millis);
        JsonNode areas = json.readTree(seen.body()).path("reportingAreas");
        assertThat(areas.findValuesAsText("code")).contains(area);

        // and the other way round, with an update this time
        String areaPath = "/api/v1/plans/" + PLAN + "/reporting-areas/" + area;
        String areaEtag = send(second, "GET", areaPath, Map.of(), null).headers().firstValue("ETag").orElseThrow();
        String beforeUpdate = etag(first, catalogue);
        HttpResponse<String> updated = send(second, "PUT", areaPath, Map.of("Authorization", "Bearer " + Tokens.of("admin"),
                "Content-Type", "application/json", "If-Match", areaEtag), body.replace("副本测试乡镇", "副本测试乡镇（改）"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        HttpResponse<String> seenByFirst = awaitChange(first, catalogue, beforeUpdate, Duration.ofSeconds(1));
        assertThat(seenByFirst.body()).contains("副本测试乡镇（改）");
    }

    /** Polls until the read's ETag differs from {@code before}; fails when that takes longer than {@code within}. */
    private HttpResponse<String> awaitChange(URI replica, String path, String before, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<String> answer = send(replica, "GET", path, Map.of("If-None-Match", before), null);
            if (answer.statusCode() == 200) {
                assertThat(answer.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
                return answer;
            }
            assertThat(answer.statusCode()).isEqualTo(304);
            if (System.nanoTime() > deadline) {
                throw new AssertionError(replica + " still answers 304 for " + before + " " + within.toMillis()
                        + " ms after the other replica's write");
            }
            Thread.sleep(10);
        }
    }

    private String etag(URI replica, String path) throws Exception {
        HttpResponse<String> answer = send(replica, "GET", path, Map.of(), null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> send(URI replica, String method, String path, Map<String, String> headers, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(replica.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
