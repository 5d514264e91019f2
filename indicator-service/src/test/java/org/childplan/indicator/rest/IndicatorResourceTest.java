package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.childplan.platform.testing.NumberMatchers.numberEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class IndicatorResourceTest {

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    private static final String CHANGNING = "/api/v1/plans/CN-430482-CHILDREN-2021-2025/indicators";

    @BeforeAll
    static void logFailures() {
        Tokens.actAs("admin");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void pagesWithTheStandardEnvelope() {
        given().get(CHANGNING + "?page=1&size=10").then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(10))
                .body("total", equalTo(123))
                .body("items.size()", equalTo(10));
    }

    @Test
    void filtersByDomainTargetTypeAndQuantitative() {
        given().get(CHANGNING + "?domain=SAFETY&targetType=REDUCE_FROM_BASELINE_PCT").then().statusCode(200)
                .body("items.code", contains("SAFETY-2a", "SAFETY-3a", "SAFETY-4a"));
        given().get(CHANGNING + "?domain=LAW&quantitative=true").then().statusCode(200).body("total", equalTo(0));
        given().get(CHANGNING + "?quantitative=false&size=500").then().statusCode(200)
                .body("total", equalTo(57))
                .body("items.targetType", everyItem(equalTo("QUALITATIVE")));
        given().get(CHANGNING + "?quantitative=true&size=500").then().statusCode(200)
                .body("total", equalTo(66))
                .body("items.targetType", not(hasItem("QUALITATIVE")));
    }

    @Test
    void searchesChineseAndEnglishNames() {
        given().get(CHANGNING + "?q=近视率").then().statusCode(200)
                .body("items.code", containsInAnyOrder("HEALTH-9a", "HEALTH-9c", "HEALTH-9d", "HEALTH-9e"));
        given().get(CHANGNING + "?q=MORTALITY rate").then().statusCode(200)
                .body("items.code", containsInAnyOrder("HEALTH-3a", "HEALTH-3b", "HEALTH-3c", "SAFETY-2a", "SAFETY-3a", "SAFETY-4a"));
        given().get(CHANGNING + "?q=100%25").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rejectsUnknownFilterValuesInsteadOfReturningAnEmptyList() {
        given().get(CHANGNING + "?targetType=ROUGHLY").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("targetType"));
        given().get(CHANGNING + "?quantitative=yes").then().statusCode(400).body("errors[0].field", equalTo("quantitative"));
        given().get(CHANGNING + "?asOf=2021-13-01").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().get(CHANGNING + "?domain=SPORTS").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesPageSizesOutsideTheLimits() {
        given().get(CHANGNING + "?size=501").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().get(CHANGNING + "?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get(CHANGNING + "?size=abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void answersUnknownIndicatorWith404Problem() {
        given().get(CHANGNING + "/HEALTH-99z").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("Indicator 'HEALTH-99z' does not exist"))
                .body("detailZh", equalTo("指标“HEALTH-99z”不存在"))
                .body("instance", equalTo(CHANGNING + "/HEALTH-99z"));
    }

    @Test
    void revisingATargetCreatesAVersionAndAsOfReturnsTheOneInForce() {
        String plan = plan();
        String etag = given().get(plan + "/HEALTH-1a").then().statusCode(200).extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(revision(4.5, "2024-01-01"))
                .put(plan + "/HEALTH-1a").then().statusCode(200)
                .body("version", equalTo(2))
                .body("targetValue", numberEqualTo("4.5"))
                .body("effectiveFrom", equalTo("2024-01-01"))
                .body("changeReason", equalTo("中期评估后调整"));
        given().get(plan + "/HEALTH-1a?asOf=2023-12-31").then().body("version", equalTo(1))
                .body("targetValue", numberEqualTo("5.0"));
        given().get(plan + "/HEALTH-1a?asOf=2024-01-01").then().body("version", equalTo(2));
        given().get(plan + "/HEALTH-1a/versions").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.version", contains(1, 2))
                .body("items.effectiveFrom", contains("2021-01-01", "2024-01-01"));
        given().get(plan + "?asOf=2022-06-01&q=婴儿").then().body("items[0].version", equalTo(1));
        given().get(plan + "/HEALTH-1a?asOf=2020-12-31").then().statusCode(404)
                .body("detailZh", equalTo("指标“HEALTH-1a”在2020-12-31尚无生效的版本"));
    }

    @Test
    void sendingTheDefinitionInForceChangesNothing() {
        String plan = plan();
        revise(plan, revision(4.5, "2024-01-01")).statusCode(200);
        revise(plan, revision(4.5, "2025-01-01"))
                .statusCode(200).body("version", equalTo(2)).body("effectiveFrom", equalTo("2024-01-01"));
    }

    @Test
    void refusesAVersionThatTakesEffectBeforeTheCurrentOne() {
        String plan = plan();
        revise(plan, revision(4.5, "2024-01-01")).statusCode(200);
        revise(plan, revision(4.0, "2023-01-01"))
                .statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("effectiveFrom"));
    }

    @Test
    void refusesAStaleIfMatchWith412() {
        String plan = plan();
        String etag = given().get(plan + "/HEALTH-1a").then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(revision(4.5, "2024-01-01"))
                .put(plan + "/HEALTH-1a").then().statusCode(200);
        given().contentType("application/json").header("If-Match", etag).body(revision(4.0, "2025-01-01"))
                .put(plan + "/HEALTH-1a").then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:precondition-failed"));
        given().get(plan + "/HEALTH-1a").then().body("version", equalTo(2));
    }

    @Test
    void validatesTargetsAgainstTheirUnitAndType() {
        String plan = plan();
        Map<String, Object> percentOver100 = revision(120, "2024-01-01");
        percentOver100.put("unit", "PERCENT");
        revise(plan, percentOver100).statusCode(400)
                .body("errors.field", hasItem("targetValue"))
                .body("errors.messageZh", hasItem("单位为%时，数值不能大于100"));
        Map<String, Object> reduceWithoutBaseline = revision(20, "2024-01-01");
        reduceWithoutBaseline.put("targetType", "REDUCE_FROM_BASELINE_PCT");
        revise(plan, reduceWithoutBaseline).statusCode(400)
                .body("errors.field", hasItem("baselineYear"));
        Map<String, Object> countWithFraction = revision(1.5, "2024-01-01");
        countWithFraction.put("unit", "COUNT");
        revise(plan, countWithFraction).statusCode(400)
                .body("errors.field", hasItem("targetValue"));
        Map<String, Object> missingReason = revision(4.5, "2024-01-01");
        missingReason.remove("changeReason");
        revise(plan, missingReason).statusCode(400)
                .body("errors.field", hasItem("changeReason"))
                .body("errors.messageZh", everyItem(notNullValue()));
    }

    @Test
    void createsAnIndicatorFromAStrategyMeasure() {
        String plan = plan();
        Map<String, Object> body = new HashMap<>(Map.of("code", "HEALTH-M1b", "domainCode", "HEALTH", "measureNumber", 1,
                "nameZh", "每千名儿童拥有儿科床位数", "unit", "PER_1000_CHILDREN", "targetType", "AT_LEAST", "targetValue", 2.2,
                "targetYear", 2025, "reportingFrequency", "ANNUAL"));
        given().contentType("application/json").body(body).post(plan).then().statusCode(201)
                .header("ETag", notNullValue())
                .body("measureNumber", equalTo(1))
                .body("direction", equalTo("INCREASE"))
                .body("version", equalTo(1));
        given().contentType("application/json").body(body).post(plan).then().statusCode(409)
                .body("detailZh", equalTo("指标“HEALTH-M1b”已存在"));
        body.put("code", "HEALTH-M1c");
        body.put("goalNumber", 1);
        given().contentType("application/json").body(body).post(plan).then().statusCode(400)
                .body("errors.field", hasItem("goalNumber"));
    }

    /** Revises HEALTH-1a as a careful client does: with the ETag just read as If-Match. */
    private static io.restassured.response.ValidatableResponse revise(String plan, Map<String, Object> body) {
        String etag = given().get(plan + "/HEALTH-1a").then().statusCode(200).extract().header("ETag");
        return given().contentType("application/json").header("If-Match", etag).body(body).put(plan + "/HEALTH-1a").then();
    }

    private static String plan() {
        return "/api/v1/plans/" + TestPlans.imported(TestPlans.document(TestPlans.uniqueCode())) + "/indicators";
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
