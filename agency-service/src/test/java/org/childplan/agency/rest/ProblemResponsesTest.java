package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.BodyLimitChecks;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Strict input and problem+json answers, including the framework's own errors. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class ProblemResponsesTest {

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    private static final String AGENCIES = "/api/v1/agencies";

    private static String agencyJson(String code, String extra) {
        return """
                {"code": "%s", "nameZh": "%s", "kind": "GOVERNMENT_BUREAU", "committeeMember": true%s}"""
                .formatted(code, TestData.nameZh("局"), extra);
    }

    @Test
    void refusesBodiesAboveTheLimitWith413ProblemWithoutReadingThem() throws Exception {
        BodyLimitChecks.refuseOversizedBodiesWithoutReadingThem(RestAssured.port, AGENCIES, Tokens.of("admin"), "nameZh",
                10_485_760);
    }

    @Test
    void rejectsAnUnknownPropertyInsteadOfDroppingIt() {
        given().contentType("application/json").body(agencyJson(TestData.agencyCode(), ", \"aliasses\": [\"x\"]"))
                .post(AGENCIES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:malformed-request"))
                .body("errors[0].field", equalTo("aliasses"))
                .body("detail", containsString("aliasses"));
    }

    @Test
    void rejectsWrongTypesInsteadOfCoercingThem() {
        given().contentType("application/json").body(agencyJson(TestData.agencyCode(), "").replace("true", "\"true\""))
                .post(AGENCIES).then().statusCode(400).body("errors[0].field", equalTo("committeeMember"));
        given().contentType("application/json").body(agencyJson(TestData.agencyCode(), ", \"nameEn\": 42"))
                .post(AGENCIES).then().statusCode(400).body("errors[0].field", equalTo("nameEn"));
        given().contentType("application/json").body(agencyJson(TestData.agencyCode(), "").replace("GOVERNMENT_BUREAU", "MINISTRY"))
                .post(AGENCIES).then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void rejectsTrailingContentDuplicateKeysAndUnparseableJson() {
        given().contentType("application/json").body(agencyJson(TestData.agencyCode(), "") + " {}")
                .post(AGENCIES).then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(agencyJson(TestData.agencyCode(), ", \"nameZh\": \"另一个\""))
                .post(AGENCIES).then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"code\": ").post(AGENCIES).then().statusCode(400)
                .body("detailZh", equalTo("请求体不是有效的 JSON"));
        given().contentType("application/json").post(AGENCIES).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsTextPostgresCannotStore() {
        given().contentType("application/json").body(agencyJson(TestData.agencyCode(), ", \"note\": \"a\\u0000b\""))
                .post(AGENCIES).then().statusCode(400).body("errors[0].field", equalTo("note"));
        byte[] body = agencyJson(TestData.agencyCode(), ", \"note\": \"X\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 'X') {
                body[i] = (byte) 0xC3;
            }
        }
        given().contentType("application/json; charset=UTF-8").body(body).post(AGENCIES).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsAMalformedImportDocumentAndAMissingOne() {
        given().contentType("application/json").body("[1, 2]").post("/api/v1/responsibility-imports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("$"));
        given().contentType("application/json").post("/api/v1/responsibility-imports").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void answersTheFrameworksOwnErrorsWithProblemJson() {
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().delete(AGENCIES).then().statusCode(405).contentType("application/problem+json");
        given().contentType("text/plain").body("hello").post(AGENCIES).then().statusCode(415)
                .contentType("application/problem+json");
        given().accept("application/xml").get(AGENCIES).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void neverShowsAnExceptionToTheClient() {
        given().header("X-Request-Id", "req-42").get(AGENCIES + "/nobody").then().statusCode(404)
                .header("X-Request-Id", "req-42")
                .body("requestId", equalTo("req-42"))
                .body(not(containsString("Exception")));
    }

    @Test
    void servesSwaggerUiAndTheLiveContract() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/plans/{planCode}/responsibility-matrix'.get.operationId", equalTo("getResponsibilityMatrix"));
    }

    @Test
    void answersAnUnsupportedMethodOnAnExistingResourceWith405AndAllow() {
        String agency = AGENCIES + "/" + TestData.createAgency();
        given().delete(agency).then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", allOf(containsString("GET"), containsString("PUT"), not(containsString("DELETE"))))
                .body("type", equalTo("urn:childplan:problem:method-not-allowed"));
        given().contentType("application/json").body("{}").patch(agency + "/responsibilities").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", containsString("GET"));
        given().delete(agency + "/no-such-part").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesATokenIssuedInTheFutureWith401() {
        given().auth().oauth2(Tokens.issuedAt("admin", Instant.now().plusSeconds(3600))).get(AGENCIES).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:unauthenticated"))
                .body("detail", containsString("issue time"));
        given().auth().oauth2(Tokens.issuedAt("admin", Instant.now().plusSeconds(30))).get(AGENCIES).then().statusCode(200);
    }
}
