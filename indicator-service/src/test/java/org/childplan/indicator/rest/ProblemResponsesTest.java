package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Strict input and problem+json answers, including the framework's own errors. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ProblemResponsesTest {

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        Tokens.actAs("admin");
    }

    private static final String PLANS = "/api/v1/plans";

    private static String planJson(String code, String extra) {
        return """
                {"code": "%s", "titleZh": "测试规划", "jurisdictionCode": "999999", "jurisdictionZh": "测试县",
                 "periodStart": 2021, "periodEnd": 2025%s}""".formatted(code, extra);
    }

    @Test
    void createsAPlanFromValidJson() {
        String code = TestPlans.uniqueCode();
        given().contentType("application/json").body(planJson(code, "")).post(PLANS).then().statusCode(201)
                .header("ETag", notNullValue())
                .body("code", equalTo(code));
    }

    @Test
    void rejectsAnUnknownPropertyInsteadOfDroppingIt() {
        given().contentType("application/json").body(planJson(TestPlans.uniqueCode(), ", \"titelEn\": \"typo\""))
                .post(PLANS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("titelEn"))
                .body("detail", containsString("titelEn"));
    }

    @Test
    void rejectsAStringWhereANumberBelongs() {
        given().contentType("application/json").body(planJson(TestPlans.uniqueCode(), "").replace("2021", "\"2021\""))
                .post(PLANS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodStart"));
    }

    @Test
    void rejectsANumberWhereTextBelongs() {
        given().contentType("application/json").body(planJson(TestPlans.uniqueCode(), ", \"titleEn\": 42"))
                .post(PLANS).then().statusCode(400).body("errors[0].field", equalTo("titleEn"));
    }

    @Test
    void rejectsTrailingContentAfterTheDocument() {
        given().contentType("application/json").body(planJson(TestPlans.uniqueCode(), "") + " {}")
                .post(PLANS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsDuplicateKeys() {
        given().contentType("application/json").body(planJson(TestPlans.uniqueCode(), ", \"titleZh\": \"另一个\""))
                .post(PLANS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsUnparseableJson() {
        given().contentType("application/json").body("{\"code\": ").post(PLANS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:malformed-request"))
                .body("detailZh", equalTo("请求体不是有效的 JSON"));
    }

    @Test
    void rejectsAMissingBody() {
        given().contentType("application/json").post(PLANS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsTextPostgresCannotStore() {
        given().contentType("application/json").body(planJson(TestPlans.uniqueCode(), ", \"titleEn\": \"a\\u0000b\""))
                .post(PLANS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("titleEn"));
        given().contentType("application/json").body(planJson(TestPlans.uniqueCode(), ", \"titleEn\": \"\\ud800\""))
                .post(PLANS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] valid = planJson(TestPlans.uniqueCode(), ", \"titleEn\": \"X\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < valid.length; i++) {
            if (valid[i] == 'X') {
                valid[i] = (byte) 0xC3;   // a lead byte with no continuation
            }
        }
        given().contentType("application/json; charset=UTF-8").body(valid).post(PLANS).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void reportsEveryBeanValidationErrorWithItsField() {
        given().contentType("application/json").body("{\"code\": \"x y\", \"periodStart\": 1800}").post(PLANS).then()
                .statusCode(400)
                .body("errors.field", hasItem("titleZh"))
                .body("errors.field", hasItem("periodStart"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", not(hasItem(containsString("createPlan"))));
    }

    @Test
    void refusesADuplicatePlanWith409() {
        String code = TestPlans.uniqueCode();
        given().contentType("application/json").body(planJson(code, "")).post(PLANS).then().statusCode(201);
        given().contentType("application/json").body(planJson(code, "")).post(PLANS).then().statusCode(409)
                .contentType("application/problem+json").body("detailZh", equalTo("规划“" + code + "”已存在"));
    }

    @Test
    void refusesABodyWhoseCodeDisagreesWithThePath() {
        String code = TestPlans.uniqueCode();
        given().contentType("application/json").body(planJson(code, "")).post(PLANS).then().statusCode(201);
        given().contentType("application/json").body(planJson("OTHER", "")).put(PLANS + "/" + code).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void answersTheFrameworksOwnErrorsWithProblemJson() {
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().delete(PLANS).then().statusCode(405).contentType("application/problem+json")
                .header("Allow", allOf(containsString("GET"), containsString("POST")));
        given().contentType("text/plain").body("hello").post(PLANS).then().statusCode(415)
                .contentType("application/problem+json");
        given().accept("application/xml").get(PLANS).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void echoesTheCallersRequestId() {
        given().header("X-Request-Id", "abc-123").get(PLANS + "/NOPE").then().statusCode(404)
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"));
    }

    @Test
    void reportsHealthIncludingTheDatabase() {
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void answersAnUnsupportedMethodOnAnExistingIndicatorWith405AndAllow() {
        String indicator = "/api/v1/plans/" + TestPlans.imported(TestPlans.document(TestPlans.uniqueCode())) + "/indicators/HEALTH-1a";
        given().get(indicator).then().statusCode(200);
        for (String method : new String[] {"DELETE", "PATCH", "POST"}) {
            given().contentType("application/json").body("{}").request(method, indicator).then().statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", allOf(containsString("GET"), containsString("PUT"), not(containsString(method))))
                    .body("type", equalTo("urn:childplan:problem:method-not-allowed"))
                    .body("status", equalTo(405))
                    .body("detailZh", notNullValue());
        }
        // what Allow names is served
        given().head(indicator).then().statusCode(200);
        given().options(indicator).then().statusCode(anyOf(is(200), is(204)));
        // other resources of the service, whichever resource class serves them
        given().delete(indicator + "/versions").then().statusCode(405).header("Allow", containsString("GET"));
        given().delete("/api/v1/plans/" + TestPlans.uniqueCode() + "/domains/HEALTH").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", allOf(containsString("GET"), containsString("PUT")));
        // where no resource lives it stays 404
        given().delete(indicator + "/no-such-part").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesATokenIssuedInTheFutureWith401() {
        given().auth().oauth2(Tokens.issuedAt("admin", Instant.now().plusSeconds(3600)))
                .get("/api/v1/audit-events").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:childplan:problem:unauthenticated"))
                .body("detail", containsString("issue time"))
                .body("detailZh", containsString("签发时间"));
        // a write is refused as well, and changes nothing
        String code = TestPlans.uniqueCode();
        given().auth().oauth2(Tokens.issuedAt("admin", Instant.now().plusSeconds(3600)))
                .contentType("application/json").body(planJson(code, "")).post(PLANS).then().statusCode(401);
        given().get(PLANS + "/" + code).then().statusCode(404);
        // clocks drift: a token a few seconds ahead is still good, as is one issued a while ago
        given().auth().oauth2(Tokens.issuedAt("admin", Instant.now().plusSeconds(30))).get("/api/v1/audit-events").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.issuedAt("admin", Instant.now().minusSeconds(600))).get("/api/v1/audit-events").then()
                .statusCode(200);
    }
}
