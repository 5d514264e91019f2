package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.Metrics;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class AssignmentResourceTest {

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String assignments(String plan) {
        return "/api/v1/plans/" + plan + "/assignments";
    }

    @Test
    void createsADomainAssignmentCheckedAgainstTheCatalogue() {
        String plan = TestData.plan();
        String agency = TestData.createAgency();
        given().contentType("application/json").body(TestData.assignment(agency, "DOMAIN", "HEALTH", "LEAD", "2021-01-01"))
                .post(assignments(plan)).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(assignments(plan) + "/HEALTH.LEAD." + agency + ".2021-01-01"))
                .header("ETag", notNullValue())
                .body("code", equalTo("HEALTH.LEAD." + agency + ".2021-01-01"))
                .body("planCode", equalTo(plan))
                .body("domainCode", equalTo("HEALTH"))
                .body("validTo", nullValue())
                .body("origin", equalTo("API"));
        given().get(assignments(plan) + "/HEALTH.LEAD." + agency + ".2021-01-01").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("agencyCode", equalTo(agency));
    }

    @Test
    void derivesTheDomainOfGoalAndIndicatorScopes() {
        String plan = TestData.plan();
        String agency = TestData.createAgency();
        TestData.assign(plan, agency, "GOAL", "LAW-1", "RESPONSIBLE", "2021-01-01");
        TestData.assign(plan, agency, "INDICATOR", "HEALTH-M1a", "DATA_PROVIDER", "2021-01-01");
        given().contentType("application/json").body(TestData.assignment(agency, "PLAN", null, "DATA_PROVIDER", "2022-01-01"))
                .post(assignments(plan)).then().statusCode(201).body("scopeCode", equalTo(plan)).body("domainCode", nullValue());
        given().get(assignments(plan) + "?agency=" + agency).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.scopeCode", contains(plan, "HEALTH-M1a", "LAW-1"))
                .body("items.domainCode", contains(null, "HEALTH", "LAW"));
        given().get(assignments(plan) + "?domain=LAW").then().body("items.scopeCode", contains("LAW-1"));
        given().get(assignments(plan) + "?scopeType=INDICATOR").then().body("items.scopeCode", contains("HEALTH-M1a"));
        given().get(assignments(plan) + "?role=DATA_PROVIDER").then().body("total", equalTo(2));
        given().get(assignments(plan) + "?asOf=2021-06-01").then().body("total", equalTo(2));
    }

    @Test
    void rejectsAssignmentForUnknownDomainGoalOrIndicator() {
        String plan = TestData.plan();
        String agency = TestData.createAgency();
        for (String[] scope : new String[][] {{"DOMAIN", "SPORTS", "规划中没有领域SPORTS"}, {"GOAL", "HEALTH-9", "规划中没有目标HEALTH-9"},
                {"INDICATOR", "HEALTH-9z", "规划中没有指标HEALTH-9z"}, {"PLAN", "OTHER-PLAN", "必须是本规划代码"}}) {
            given().contentType("application/json").body(TestData.assignment(agency, scope[0], scope[1], "LEAD", "2021-01-01"))
                    .post(assignments(plan)).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("scopeCode"))
                    .body("errors[0].messageZh", containsString(scope[2]));
        }
        given().get(assignments(plan)).then().body("total", equalTo(0));
    }

    @Test
    void countsCreatedAssignmentsForPrometheusButNotRejectedOnes() {
        String plan = TestData.plan();
        String agency = TestData.createAgency();
        double before = Metrics.counter("childplan_assignments_created_total", "origin", "API");

        TestData.assign(plan, agency, "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        TestData.assign(plan, agency, "INDICATOR", "HEALTH-1a", "DATA_PROVIDER", "2021-01-01");
        given().contentType("application/json").body(TestData.assignment(agency, "DOMAIN", "SPORTS", "LEAD", "2021-01-01"))
                .post(assignments(plan)).then().statusCode(400);

        assertThat(Metrics.counter("childplan_assignments_created_total", "origin", "API"))
                .isEqualTo(before + 2);
    }

    @Test
    void rejectsAssignmentForAPlanTheCatalogueDoesNotHave() {
        String agency = TestData.createAgency();
        given().contentType("application/json").body(TestData.assignment(agency, "DOMAIN", "HEALTH", "LEAD", "2021-01-01"))
                .post(assignments("NO-SUCH-PLAN")).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detailZh", equalTo("指标目录（indicator-service）中不存在规划“NO-SUCH-PLAN”"));
    }

    @Test
    void reportsEveryInvalidFieldOfANewAssignment() {
        String plan = TestData.plan();
        given().contentType("application/json").body(Map.of("agencyCode", "no-such-agency", "scopeType", "DOMAIN",
                        "scopeCode", "SPORTS", "role", "LEAD", "validFrom", "2022-01-01", "validTo", "2021-12-31"))
                .post(assignments(plan)).then().statusCode(400)
                .body("errors.field", hasItems("agencyCode", "scopeCode", "validTo"));
        given().contentType("application/json").body(Map.of("scopeType", "SCHOOL", "role", "LEAD"))
                .post(assignments(plan)).then().statusCode(400)
                .body("errors[0].field", equalTo("scopeType"));
        given().contentType("application/json").body(Map.of("agencyCode", "x", "scopeType", "DOMAIN", "role", "LEAD"))
                .post(assignments(plan)).then().statusCode(400)
                .body("errors.field", hasItems("validFrom"));
    }

    @Test
    void refusesOverlappingAssignmentsOfTheSameAgencyScopeAndRole() {
        String plan = TestData.plan();
        String agency = TestData.createAgency();
        TestData.assign(plan, agency, "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        given().contentType("application/json").body(TestData.assignment(agency, "DOMAIN", "HEALTH", "LEAD", "2023-01-01"))
                .post(assignments(plan)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("validFrom"))
                .body("detail", containsString("HEALTH.LEAD." + agency + ".2021-01-01"));
        given().contentType("application/json").body(TestData.assignment(agency, "DOMAIN", "HEALTH", "LEAD", "2021-01-01"))
                .post(assignments(plan)).then().statusCode(409);
    }

    @Test
    void endsAnAssignmentBySettingValidToAndKeepsItsHistory() {
        String plan = TestData.plan();
        String agency = TestData.createAgency();
        String code = TestData.assign(plan, agency, "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        String etag = given().get(assignments(plan) + "/" + code).then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag)
                .body(Map.of("validTo", "2022-12-31", "note", "机构改革后职责划转"))
                .put(assignments(plan) + "/" + code).then().statusCode(200)
                .body("validTo", equalTo("2022-12-31"))
                .body("note", equalTo("机构改革后职责划转"));
        given().get(assignments(plan) + "?asOf=2023-01-01").then().body("total", equalTo(0));
        given().get(assignments(plan) + "?asOf=2022-12-31").then().body("total", equalTo(1));
        // the next holder of the role may now start after the end date
        TestData.assign(plan, agency, "DOMAIN", "HEALTH", "LEAD", "2023-01-01");
        given().get(assignments(plan)).then().body("total", equalTo(2));
        // and the first can not be re-opened over it
        given().contentType("application/json").body(Map.of())
                .header("If-Match", given().get(assignments(plan) + "/" + code).then().extract().header("ETag"))
                .put(assignments(plan) + "/" + code).then().statusCode(409);
    }

    @Test
    void refusesAStaleIfMatchAndAnEndBeforeTheStart() {
        String plan = TestData.plan();
        String code = TestData.assign(plan, TestData.createAgency(), "DOMAIN", "LAW", "RESPONSIBLE", "2022-01-01");
        String etag = given().get(assignments(plan) + "/" + code).then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(Map.of("validTo", "2024-12-31"))
                .put(assignments(plan) + "/" + code).then().statusCode(200);
        given().contentType("application/json").header("If-Match", etag).body(Map.of("validTo", "2025-12-31"))
                .put(assignments(plan) + "/" + code).then().statusCode(412)
                .body("type", equalTo("urn:childplan:problem:precondition-failed"));
        given().contentType("application/json").body(Map.of("validTo", "2021-12-31"))
                .header("If-Match", given().get(assignments(plan) + "/" + code).then().extract().header("ETag"))
                .put(assignments(plan) + "/" + code).then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        given().contentType("application/json").body(Map.of("validTo", "2024-12-31", "role", "LEAD"))
                .put(assignments(plan) + "/" + code).then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void refusesNewResponsibilitiesForAnInactiveAgency() {
        String plan = TestData.plan();
        String code = TestData.agencyCode();
        Map<String, Object> body = TestData.agency(code, TestData.nameZh("撤销局"));
        body.put("active", false);
        given().contentType("application/json").body(body).post("/api/v1/agencies").then().statusCode(201);
        given().contentType("application/json").body(TestData.assignment(code, "DOMAIN", "HEALTH", "LEAD", "2021-01-01"))
                .post(assignments(plan)).then().statusCode(409).body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void rejectsUnknownFilterValuesAndAnswersUnknownCodesWith404() {
        String plan = TestData.plan();
        given().get(assignments(plan) + "?role=OWNER").then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().get(assignments(plan) + "?scopeType=TOWN").then().statusCode(400).body("errors[0].field", equalTo("scopeType"));
        given().get(assignments(plan) + "?asOf=2021-02-30").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().get(assignments(plan) + "/HEALTH.LEAD.nobody.2021-01-01").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
