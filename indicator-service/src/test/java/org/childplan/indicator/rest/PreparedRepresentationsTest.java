package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import org.childplan.platform.representation.RepresentationListener;
import org.childplan.platform.representation.Representations;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The catalogue and single indicators are answered from prepared representations: the same bytes as before, a strong
 * ETag, 304 for a matching If-None-Match, gzip when accepted, and a new representation after every write, whether it
 * came through this instance's API or straight into the database (as another replica's would).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PreparedRepresentationsTest {

    private static final String STRONG_ETAG = "\"[A-Za-z0-9_-]{22}\"";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Representations representations;

    @Inject
    AgroalDataSource database;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCatalogueAndAnIndicatorAreTheBytesTheRestLayerWroteBefore() throws Exception {
        String plan = importedPlan();
        for (String query : List.of("", "?asOf=2022-06-01")) {
            HttpResponse<byte[]> before = get("/test-only/views-as-served-before/" + plan + "/catalogue" + query, Map.of());
            HttpResponse<byte[]> now = get("/api/v1/plans/" + plan + "/catalogue" + query, Map.of());
            assertThat(now.statusCode()).isEqualTo(200);
            assertThat(new String(now.body(), "UTF-8")).isEqualTo(new String(before.body(), "UTF-8"));
            assertThat(now.headers().firstValue("Content-Type")).isEqualTo(before.headers().firstValue("Content-Type"));
            // the second answer comes from the prepared representation
            assertThat(get("/api/v1/plans/" + plan + "/catalogue" + query, Map.of()).body()).isEqualTo(before.body());

            before = get("/test-only/views-as-served-before/" + plan + "/indicators/HEALTH-1a" + query, Map.of());
            now = get("/api/v1/plans/" + plan + "/indicators/HEALTH-1a" + query, Map.of());
            assertThat(now.body()).isEqualTo(before.body());
            assertThat(get("/api/v1/plans/" + plan + "/indicators/HEALTH-1a" + query, Map.of()).body()).isEqualTo(before.body());
        }
        HttpResponse<byte[]> changning = get("/api/v1/plans/CN-430482-CHILDREN-2021-2025/catalogue", Map.of());
        assertThat(changning.body())
                .isEqualTo(get("/test-only/views-as-served-before/CN-430482-CHILDREN-2021-2025/catalogue", Map.of()).body());
    }

    @Test
    void aMatchingIfNoneMatchIsAnswered304WithoutABody() {
        String path = "/api/v1/plans/" + importedPlan() + "/catalogue";
        String etag = given().get(path).then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_ETAG))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Vary", equalTo("Accept-Encoding"))
                .extract().header("ETag");
        given().get(path).then().statusCode(200).header("ETag", equalTo(etag));

        for (String ifNoneMatch : List.of(etag, "W/" + etag, "*", "\"other\", " + etag, "\"a,b\" ," + etag)) {
            given().header("If-None-Match", ifNoneMatch).get(path).then().statusCode(304)
                    .header("ETag", equalTo(etag)).header("Cache-Control", equalTo("no-cache"))
                    .header("Vary", equalTo("Accept-Encoding")).body(emptyString());
        }
        for (String ifNoneMatch : List.of("\"other\"", "garbage", "W/", "\"unterminated", etag.replace("\"", ""))) {
            given().header("If-None-Match", ifNoneMatch).get(path).then().statusCode(200).header("ETag", equalTo(etag));
        }
        // with a token, as peers call it, the same
        given().spec(Tokens.as("viewer")).header("If-None-Match", etag).get(path).then().statusCode(304);
    }

    @Test
    void gzipWhenAcceptedAndIdentityOtherwiseWithOneEtag() throws Exception {
        String path = "/api/v1/plans/" + importedPlan() + "/catalogue";
        HttpResponse<byte[]> identity = get(path, Map.of());
        HttpResponse<byte[]> gzip = get(path, Map.of("Accept-Encoding", "gzip, deflate, br"));
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(gzip.body().length).isLessThan(identity.body().length);
        assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
        assertThat(gzip.headers().firstValue("ETag")).isEqualTo(identity.headers().firstValue("ETag"));
        assertThat(get(path, Map.of("Accept-Encoding", "gzip;q=0, identity")).headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(get(path, Map.of("Accept-Encoding", "*")).headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(get(path, Map.of("Accept-Encoding", "br")).headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void aRevisionThroughTheApiGivesEveryAffectedReadANewRepresentationAtOnceEvenForAPastAsOf() {
        String plan = importedPlan();
        String indicator = "/api/v1/plans/" + plan + "/indicators/HEALTH-1a";
        String catalogue = "/api/v1/plans/" + plan + "/catalogue?asOf=2024-06-01";
        String indicatorEtag = given().get(indicator + "?asOf=2024-06-01").then().statusCode(200)
                .body("version", equalTo(1)).extract().header("ETag");
        assertThat(indicatorEtag).matches("\"0\\.[A-Za-z0-9_-]{22}\"");
        String catalogueEtag = given().get(catalogue).then().statusCode(200).extract().header("ETag");

        // the read's ETag is what If-Match takes: its revision is compared
        given().spec(Tokens.as("admin")).contentType("application/json").header("If-Match", indicatorEtag)
                .body(revision(4.5, "2024-01-01")).put(indicator).then().statusCode(200);

        // a version recorded with a past effectiveFrom changes what a past asOf answers: it is not immutable
        String newEtag = given().header("If-None-Match", indicatorEtag).get(indicator + "?asOf=2024-06-01").then()
                .statusCode(200).body("version", equalTo(2)).extract().header("ETag");
        assertThat(newEtag).startsWith("\"1.");
        given().header("If-None-Match", catalogueEtag).get(catalogue).then().statusCode(200)
                .body("indicators.find { it.code == 'HEALTH-1a' }.version", equalTo(2));
        given().get(indicator + "?asOf=2023-06-01").then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aWriteCommittedByAnotherProcessIsHeardWithinASecond() throws Exception {
        String plan = importedPlan();
        String path = "/api/v1/plans/" + plan + "/catalogue";
        awaitTrue(representations::keeping, Duration.ofSeconds(10), "the listener is connected");
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().get(path).then().statusCode(200).header("ETag", equalTo(etag));

        // not through this instance's API: as another replica's write reaches the database
        sql("update plan_domain set name_en = 'Health, renamed' where code = 'HEALTH' and plan_id = (select id from plan where code = '"
                + plan + "')");
        long start = System.nanoTime();
        awaitTrue(() -> !etagOf(path).equals(etag), Duration.ofSeconds(1), "a new ETag within a second of the commit");
        System.out.printf("another process's write was served after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        given().get(path).then().body("domains.find { it.code == 'HEALTH' }.nameEn", equalTo("Health, renamed"));
    }

    @Test
    void afterTheListenerLosesItsConnectionNothingStaleIsServedAndItListensAgain() throws Exception {
        String plan = importedPlan();
        String path = "/api/v1/plans/" + plan + "/catalogue";
        awaitTrue(representations::keeping, Duration.ofSeconds(10), "the listener is connected");
        given().get(path).then().statusCode(200);

        sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + RepresentationListener.APPLICATION_NAME + "' and datname = current_database()");
        sql("update plan_domain set name_en = 'Health while deaf' where code = 'HEALTH' and plan_id = (select id from plan where code = '"
                + plan + "')");
        awaitTrue(() -> "Health while deaf".equals(given().get(path).then().extract().path("domains.find { it.code == 'HEALTH' }.nameEn")),
                Duration.ofSeconds(5), "the write made while the listener was gone");
        awaitTrue(representations::keeping, Duration.ofSeconds(10), "the listener is back");

        String etag = etagOf(path);
        sql("update plan_domain set name_en = 'Health after reconnect' where code = 'HEALTH' and plan_id = (select id from plan where code = '"
                + plan + "')");
        awaitTrue(() -> !etagOf(path).equals(etag), Duration.ofSeconds(1), "notifications are heard again");
    }

    @Test
    void anAnonymousRepeatAnsweredInTheHttpLayerCarriesTheSameHeadersAndBytes() throws Exception {
        String path = "/api/v1/plans/" + importedPlan() + "/indicators/HEALTH-1a?asOf=2024-06-01";
        awaitTrue(representations::keeping, Duration.ofSeconds(10), "the listener is connected");
        HttpResponse<byte[]> throughRest = get(path, Map.of());
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Accept", "application/json"),
                Map.of("Accept-Encoding", "gzip"), Map.of("X-Request-Id", "repeat-1"))) {
            HttpResponse<byte[]> repeated = get(path, headers);
            assertThat(repeated.statusCode()).isEqualTo(200);
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Vary")) {
                assertThat(repeated.headers().firstValue(header)).as(header).isEqualTo(throughRest.headers().firstValue(header));
            }
            assertThat(repeated.headers().firstValue("X-Request-Id")).isPresent();
            if (!headers.containsKey("Accept-Encoding")) {
                assertThat(repeated.body()).isEqualTo(throughRest.body());
                assertThat(repeated.headers().firstValue("Content-Length")).isEqualTo(throughRest.headers().firstValue("Content-Length"));
            }
        }
        assertThat(get(path, Map.of("X-Request-Id", "repeat-2")).headers().firstValue("X-Request-Id")).contains("repeat-2");
        String etag = throughRest.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        // after a write the repeat is prepared again, not answered from the old one
        given().spec(Tokens.as("admin")).contentType("application/json").header("If-Match", etag)
                .body(revision(4.5, "2024-01-01")).put("/api/v1/plans/" + path.split("/")[4] + "/indicators/HEALTH-1a")
                .then().statusCode(200);
        assertThat(get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPlanOrIndicatorIsStill404() {
        given().get("/api/v1/plans/NO-SUCH-PLAN/catalogue").then().statusCode(404);
        given().get("/api/v1/plans/CN-430482-CHILDREN-2021-2025/indicators/HEALTH-99z").then().statusCode(404);
        given().header("If-None-Match", "*").get("/api/v1/plans/NO-SUCH-PLAN/catalogue").then().statusCode(404);
    }

    // ---- helpers

    private static String importedPlan() {
        Map<String, Object> document = TestPlans.document(TestPlans.uniqueCode());
        given().spec(Tokens.as("admin")).contentType("application/json").body(document).post("/api/v1/plan-imports")
                .then().statusCode(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> header = (Map<String, Object>) document.get("plan");
        return (String) header.get("code");
    }

    private static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); var s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toMillis() + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static Map<String, Object> revision(Number target, String effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameZh", "婴儿死亡率");
        body.put("unit", "PER_MILLE");
        body.put("targetType", "AT_MOST");
        body.put("targetValue", target);
        body.put("targetYear", 2025);
        body.put("disaggregations", List.of("SEX", "RESIDENCE"));
        body.put("reportingFrequency", "ANNUAL");
        body.put("effectiveFrom", effectiveFrom);
        body.put("changeReason", "中期评估后调整");
        return body;
    }
}
