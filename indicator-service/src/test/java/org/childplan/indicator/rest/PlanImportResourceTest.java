package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.childplan.platform.testing.Metrics;
import org.childplan.platform.testing.NumberMatchers;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PlanImportResourceTest {

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    private static final String IMPORTS = "/api/v1/plan-imports";

    @BeforeAll
    static void logFailures() {
        Tokens.actAs("admin");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void importingTheShippedChangningDocumentAgainChangesNothing() throws Exception {
        JsonNode shipped;
        try (InputStream in = getClass().getResourceAsStream("/plans/changning-children-2021-2025.json")) {
            shipped = new ObjectMapper().readTree(in);
        }
        given().contentType("application/json").body(shipped.toString()).post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("counts.indicators.unchanged", equalTo(123))
                .body("counts.goals.unchanged", equalTo(74))
                .body("changes", org.hamcrest.Matchers.empty());
    }

    @Test
    void createsANewCountysPlanFromItsDocument() {
        String code = TestPlans.uniqueCode();
        given().contentType("application/json").body(TestPlans.document(code)).post(IMPORTS).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/plans/" + code))
                .body("outcome", equalTo("CREATED"))
                .body("counts.domains.created", equalTo(2))
                .body("counts.indicators.created", equalTo(4))
                .body("counts.reportingAreas.created", equalTo(1));
        given().get("/api/v1/plans/" + code + "/indicators/HEALTH-2a").then().statusCode(200)
                .body("targetType", equalTo("REDUCE_FROM_BASELINE_PCT"))
                .body("baselineYear", equalTo(2020))
                .body("effectiveFrom", equalTo("2021-01-01"))
                .body("version", equalTo(1));
        given().get("/api/v1/plans/" + code + "/reporting-areas").then().body("items[0].code", equalTo("999999"));
    }

    @Test
    void reimportingTheSameDocumentChangesNothing() {
        Map<String, Object> doc = TestPlans.document(TestPlans.uniqueCode());
        TestPlans.imported(doc);
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("counts.indicators.unchanged", equalTo(4))
                .body("counts.indicators.changed", equalTo(0));
    }

    @Test
    void changedTargetInADocumentBecomesANewVersionAndKeepsTheOldOne() {
        Map<String, Object> doc = TestPlans.document(TestPlans.uniqueCode());
        String code = TestPlans.imported(doc);
        Map<String, Object> infant = TestPlans.indicatorOf(doc, 0, 0);
        infant.put("targetValue", 4.5);
        infant.put("effectiveFrom", "2023-07-01");
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("UPDATED"))
                .body("changes", hasItem(Map.of("kind", "indicators", "code", "HEALTH-1a", "action", "NEW_VERSION")));
        given().get("/api/v1/plans/" + code + "/indicators/HEALTH-1a?asOf=2023-06-30").then()
                .body("version", equalTo(1)).body("targetValue", NumberMatchers.numberEqualTo("5.0"));
        given().get("/api/v1/plans/" + code + "/indicators/HEALTH-1a?asOf=2023-07-01").then()
                .body("version", equalTo(2)).body("targetValue", NumberMatchers.numberEqualTo("4.5"));
    }

    @Test
    void itemsMissingFromANewDocumentAreReportedNotDeleted() {
        Map<String, Object> doc = TestPlans.document(TestPlans.uniqueCode());
        String code = TestPlans.imported(doc);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> domains = (List<Map<String, Object>>) doc.get("domains");
        domains.remove(1);
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(200)
                .body("notInDocument", hasItems("domains:LAW", "goals:LAW-1", "indicators:LAW-1a"));
        given().get("/api/v1/plans/" + code + "/indicators/LAW-1a").then().statusCode(200);
    }

    @Test
    void dryRunReportsWithoutStoring() {
        String code = TestPlans.uniqueCode();
        given().contentType("application/json").body(TestPlans.document(code)).post(IMPORTS + "?dryRun=true").then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("outcome", equalTo("CREATED"))
                .body("counts.indicators.created", equalTo(4));
        given().get("/api/v1/plans/" + code).then().statusCode(404);
    }

    @Test
    void countsImportsByOutcomeForPrometheusButNotDryRuns() {
        String code = TestPlans.uniqueCode();
        given().contentType("application/json").body(TestPlans.document(code)).post(IMPORTS + "?dryRun=true").then().statusCode(200);
        assertThat(Metrics.counter("childplan_plan_imports_total", "plan", code)).isZero();

        given().contentType("application/json").body(TestPlans.document(code)).post(IMPORTS).then().statusCode(201);
        given().contentType("application/json").body(TestPlans.document(code)).post(IMPORTS).then().statusCode(200);

        assertThat(Metrics.counter("childplan_plan_imports_total", "plan", code, "outcome", "CREATED")).isEqualTo(1.0);
        assertThat(Metrics.counter("childplan_plan_imports_total", "plan", code, "outcome", "UNCHANGED")).isEqualTo(1.0);
    }

    @Test
    void repeatingAnImportWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String code = TestPlans.uniqueCode();
        Map<String, Object> doc = TestPlans.document(code);
        String key = UUID.randomUUID().toString();
        given().contentType("application/json").header("Idempotency-Key", key).body(doc).post(IMPORTS).then()
                .statusCode(201).body("outcome", equalTo("CREATED"));
        given().contentType("application/json").header("Idempotency-Key", key).body(doc).post(IMPORTS).then()
                .statusCode(201)
                .header("Idempotency-Replayed", equalTo("true"))
                .body("outcome", equalTo("CREATED"));
        TestPlans.indicatorOf(doc, 0, 0).put("targetValue", 4.0);
        given().contentType("application/json").header("Idempotency-Key", key).body(doc).post(IMPORTS).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:idempotency-key-reused"));
        given().get("/api/v1/plans/" + code + "/indicators/HEALTH-1a/versions").then().body("total", equalTo(1));
    }

    @Test
    void anInvalidDocumentListsEveryErrorWithItsPath() {
        Map<String, Object> doc = TestPlans.document(TestPlans.uniqueCode());
        Map<String, Object> infant = TestPlans.indicatorOf(doc, 0, 0);
        infant.put("targetType", "ROUGHLY");
        infant.put("colour", "red");
        Map<String, Object> doctors = TestPlans.indicatorOf(doc, 0, 2);
        doctors.remove("nameZh");
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:validation-failed"))
                .body("errors.field", hasItems(
                        "$.domains[0].indicators[0].targetType",
                        "$.domains[0].indicators[0].colour",
                        "$.domains[0].indicators[2].nameZh"))
                .body("errors.messageZh", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void documentBreakingTheCatalogueRulesIsRefusedWithPaths() {
        Map<String, Object> doc = TestPlans.document(TestPlans.uniqueCode());
        TestPlans.indicatorOf(doc, 0, 0).put("targetValue", 120);        // ‰ is fine, so make it a percentage
        TestPlans.indicatorOf(doc, 0, 0).put("unit", "PERCENT");
        TestPlans.indicatorOf(doc, 0, 1).remove("baselineYear");        // REDUCE_FROM_BASELINE_PCT needs it
        TestPlans.indicatorOf(doc, 0, 2).put("goalNumber", 9);          // both goal and measure, and goal 9 is absent
        TestPlans.indicatorOf(doc, 1, 0).put("code", "HEALTH-1a");       // duplicate code
        var response = given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(400)
                .extract().jsonPath();
        assertThat(response.<String>getList("errors.field")).contains(
                "$.domains[0].indicators[0].targetValue",
                "$.domains[0].indicators[1].baselineYear",
                "$.domains[0].indicators[2].goalNumber",
                "$.domains[1].indicators[0].code");
    }

    @Test
    void aQualitativeIndicatorReportedYearlyIsRefusedByName() {
        Map<String, Object> doc = TestPlans.document(TestPlans.uniqueCode());
        TestPlans.indicatorOf(doc, 1, 0).put("reportingFrequency", "ANNUAL");
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("$.domains[1].indicators[0].reportingFrequency"))
                .body("errors[0].message", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("LAW-1a"), org.hamcrest.Matchers.containsString("AT_EVALUATION")))
                .body("errors[0].messageZh", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("LAW-1a"), org.hamcrest.Matchers.containsString("定性指标")));
    }

    @Test
    void exportedDocumentReimportsUnchanged() {
        String code = TestPlans.imported(TestPlans.document(TestPlans.uniqueCode()));
        String exported = given().get("/api/v1/plans/" + code + "/document").then().statusCode(200)
                .body("formatVersion", equalTo("1.0"))
                .body("domains[0].indicators[0].effectiveFrom", equalTo("2021-01-01"))
                .extract().asString();
        given().contentType("application/json").body(exported).post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));
    }

    @Test
    void servesTheDocumentsJsonSchema() {
        given().get("/api/v1/plan-document-schema").then().statusCode(200)
                .contentType(startsWith("application/schema+json"))
                .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("required", hasItems("formatVersion", "plan", "domains"));
    }
}
