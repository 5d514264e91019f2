package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
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
        given().delete(PLANS).then().statusCode(405).contentType("application/problem+json");
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
}
