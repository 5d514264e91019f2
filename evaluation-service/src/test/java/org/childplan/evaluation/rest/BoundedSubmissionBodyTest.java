package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.BodyLimitChecks;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.RawHttp;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Submission bodies are read as streams: the row limit and the byte limit refuse a body as soon as it passes them,
 * with a 413 problem, and the connection is closed rather than the rest of the body read. (The same through a
 * service with a small heap, and bodies several times its size, is proven in the resilience module.)
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class BoundedSubmissionBodyTest {

    private static final String JSON_ROW = "{\"indicatorCode\":\"HEALTH-3c\",\"year\":2023,\"areaCode\":\"A%d\",\"value\":5.8}";

    @Test
    void refusesAJsonSubmissionAtTheFirstRowPastTheLimitWithoutReadingTheRest() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        long rows = 2_000_000;
        InputStream body = RawHttp.generated("{\"agencyCode\":\"health-bureau\",\"observations\":[",
                i -> JSON_ROW.formatted(i), ",", rows, "]}");

        RawHttp.Answer answer = post(Monitoring.submissions(plan, 2023), "application/json", body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("本批数据超过上限（200000行）");
        // about 12 MB of 140 MB: the rest was never read, and the connection was closed instead
        assertThat(answer.bodyComplete()).isFalse();
        assertThat(answer.bodyBytesSent()).isLessThan(40L * 1024 * 1024);
        assertThat(answer.closedByServer()).isTrue();
        given().spec(Tokens.as("statistics")).get(Monitoring.submissions(plan, 2023)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void refusesACsvSubmissionAtTheFirstRowPastTheLimit() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        InputStream body = RawHttp.generated("indicatorCode,year,areaCode,value\n",
                i -> "HEALTH-3c,2023,A" + i + ",5.8", "\n", 2_000_000, "\n");

        RawHttp.Answer answer = post(Monitoring.submissions(plan, 2023) + "?agency=health-bureau", "text/csv", body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.bodyComplete()).isFalse();
        assertThat(answer.closedByServer()).isTrue();
    }

    @Test
    void refusesAChunkedBodyAsSoonAsItPassesTheByteLimit() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        // one row whose note never ends: no row limit applies, only the byte limit (64 MiB here)
        InputStream body = RawHttp.generated("{\"agencyCode\":\"health-bureau\",\"observations\":[{\"indicatorCode\":"
                + "\"HEALTH-3c\",\"year\":2023,\"value\":5.8,\"note\":\"", i -> "备注".repeat(1000), "", 200_000, "\"}]}");

        RawHttp.Answer answer = post(Monitoring.submissions(plan, 2023), "application/json", body);

        assertThat(answer.status()).isIn(400, 413);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.bodyComplete()).isFalse();
        assertThat(answer.bodyBytesSent()).isLessThan(200L * 1024 * 1024);
        assertThat(answer.closedByServer()).isTrue();
    }

    @Test
    void refusesADeclaredLengthAboveTheLimitBeforeReadingAnything() throws Exception {
        String plan = Monitoring.newPlan();
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", Monitoring.submissions(plan, 2023),
                headers("application/json"), new ByteArrayInputStream(new byte[0]), 1L << 30);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("67108864");
        assertThat(answer.closedByServer()).isTrue();
    }

    @Test
    void refusesOtherBodiesAboveTheLimitWithoutReadingThem() throws Exception {
        BodyLimitChecks.refuseOversizedBodiesWithoutReadingThem(RestAssured.port, "/api/v1/webhooks",
                Tokens.of("admin"), "url", 67_108_864);
    }

    @Test
    void answersMalformedJsonEarlyAndClosesRatherThanReadingTheRest() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        InputStream body = RawHttp.generated("{\"agencyCode\": nonsense", i -> "x".repeat(10_000), "", 50_000, "}");

        RawHttp.Answer answer = post(Monitoring.submissions(plan, 2023), "application/json", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.bodyComplete()).isFalse();
        assertThat(answer.closedByServer()).isTrue();
    }

    @Test
    void namesTheRowAndFieldOfAValueOfTheWrongTypeInAStreamedBatch() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json")
                .body("{\"agencyCode\":\"health-bureau\",\"observations\":[" + JSON_ROW.formatted(1) + ","
                        + "{\"indicatorCode\":\"HEALTH-3c\",\"year\":\"2023\",\"value\":5.8}]}")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("observations[1].year"));
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json")
                .body("{\"agencyCode\":\"health-bureau\",\"observations\":[" + JSON_ROW.formatted(1) + ","
                        + "{\"indicatorCode\":\"HEALTH-3c\",\"year\":2023,\"value\":5.8,\"note\":\"" + "x".repeat(2001) + "\"}]}")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .body("errors[0].field", equalTo("observations[1].note"));
    }

    @Test
    void refusesWhatTheStrictObjectMapperWouldRefuse() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String rows = "[" + JSON_ROW.formatted(1) + "]";
        for (String body : new String[] {
                "{\"agencyCode\":\"health-bureau\",\"observations\":" + rows + ",\"extra\":1}",
                "{\"agencyCode\":\"health-bureau\",\"agencyCode\":\"x\",\"observations\":" + rows + "}",
                "{\"agencyCode\":\"health-bureau\",\"observations\":" + rows + "} {}",
                "{\"agencyCode\":42,\"observations\":" + rows + "}",
                "[]"}) {
            given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json").body(body)
                    .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json")
                .body("{\"agencyCode\":\"health-bureau\",\"observations\":[]}")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .body("errors[0].field", equalTo("observations"));
        // without agencyCode the token's agency is taken (issue 14): what is refused then is the row, not the agency
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json")
                .body("{\"observations\":" + rows + "}")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("agencyCode")));
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json").body("   ")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .body("errors[0].messageZh", containsString("请求体不能为空"));
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        byte[] gbk = "indicatorCode,year,value,note\nHEALTH-3c,2023,5.8,备注\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("text/csv").body(gbk)
                .post(Monitoring.submissions(plan, 2023) + "?agency=health-bureau").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detailZh", containsString("UTF-8"));
    }

    @Test
    void bindsTheIdempotencyKeyToTheBytesOfTheBody() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String key = "bytes-" + plan;
        String body = "{\"agencyCode\":\"health-bureau\",\"observations\":[{\"indicatorCode\":\"HEALTH-3c\",\"year\":2023,\"value\":5.8}]}";
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(Monitoring.submissions(plan, 2023)).then().statusCode(201);
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(Monitoring.submissions(plan, 2023)).then().statusCode(201)
                .header("Idempotency-Replayed", "true");
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json").header("Idempotency-Key", key)
                .body(body.replace("5.8", "5.9")).post(Monitoring.submissions(plan, 2023)).then().statusCode(422);
    }

    /** A chunked POST: the body's length is not declared, so only reading it can find it too large. */
    private static RawHttp.Answer post(String path, String contentType, InputStream body) throws Exception {
        return RawHttp.send(RestAssured.port, "POST", path, headers(contentType), body, -1);
    }

    private static Map<String, String> headers(String contentType) {
        return Map.of("Content-Type", contentType, "Authorization", "Bearer " + Tokens.of("reporter", "health-bureau"));
    }
}
