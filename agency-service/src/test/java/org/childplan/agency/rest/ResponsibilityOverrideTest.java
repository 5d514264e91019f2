package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Who answers for indicator Y" and "what does agency X answer for", with assignments at several levels:
 * for each role separately, the most specific scope with an assignment in force wins.
 * Each test uses its own plan (the stub serves domains HEALTH and LAW, goals HEALTH-1, HEALTH-2, LAW-1,
 * indicators HEALTH-1a, HEALTH-1b, HEALTH-2a, HEALTH-M1a and LAW-1a).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class ResponsibilityOverrideTest {

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

    private record Plan(String code, String lead, String responsible1, String responsible2) {
    }

    /** A plan whose HEALTH header names one lead and two responsible units. */
    private static Plan planWithDomainHeader() {
        String plan = TestData.plan();
        String lead = TestData.createAgency();
        String r1 = TestData.createAgency();
        String r2 = TestData.createAgency();
        TestData.assign(plan, lead, "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        TestData.assign(plan, r1, "DOMAIN", "HEALTH", "RESPONSIBLE", "2021-01-01");
        TestData.assign(plan, r2, "DOMAIN", "HEALTH", "RESPONSIBLE", "2021-01-01");
        // assignments made through the API have no position in a header, so they come in agency code order
        return r1.compareTo(r2) < 0 ? new Plan(plan, lead, r1, r2) : new Plan(plan, lead, r2, r1);
    }

    private static String whoAnswers(String plan, String indicator) {
        return "/api/v1/plans/" + plan + "/indicators/" + indicator + "/responsible-agencies";
    }

    @Test
    void indicatorLevelLeadOverridesTheDomainsLeadForThatIndicatorOnly() {
        Plan p = planWithDomainHeader();
        String special = TestData.createAgency();
        TestData.assign(p.code(), special, "INDICATOR", "HEALTH-1a", "LEAD", "2021-01-01");

        given().get(whoAnswers(p.code(), "HEALTH-1a")).then().statusCode(200)
                .body("lead.scopeType", equalTo("INDICATOR"))
                .body("lead.scopeCode", equalTo("HEALTH-1a"))
                .body("lead.agencies.agencyCode", contains(special))
                .body("lead.agencies[0].assignmentCode", equalTo("HEALTH-1a.LEAD." + special + ".2021-01-01"))
                // responsible units are another role: the domain's still apply
                .body("responsible.scopeType", equalTo("DOMAIN"))
                .body("responsible.agencies.agencyCode", contains(p.responsible1(), p.responsible2()))
                .body("dataProviders.agencies", empty());
        given().get(whoAnswers(p.code(), "HEALTH-1b")).then().statusCode(200)
                .body("lead.scopeType", equalTo("DOMAIN"))
                .body("lead.agencies.agencyCode", contains(p.lead()));
    }

    @Test
    void goalLevelDataProviderCoversTheGoalsIndicatorsOnly() {
        Plan p = planWithDomainHeader();
        String stats = TestData.createAgency();
        String provider = TestData.createAgency();
        TestData.assign(p.code(), stats, "PLAN", p.code(), "DATA_PROVIDER", "2021-01-01");
        TestData.assign(p.code(), provider, "GOAL", "HEALTH-1", "DATA_PROVIDER", "2021-01-01");
        given().get(whoAnswers(p.code(), "HEALTH-1b")).then()
                .body("goalCode", equalTo("HEALTH-1"))
                .body("dataProviders.scopeType", equalTo("GOAL"))
                .body("dataProviders.agencies.agencyCode", contains(provider));
        given().get(whoAnswers(p.code(), "HEALTH-2a")).then()
                .body("dataProviders.scopeType", equalTo("PLAN"))
                .body("dataProviders.agencies.agencyCode", contains(stats));
        // an indicator from a strategy measure belongs to no goal
        given().get(whoAnswers(p.code(), "HEALTH-M1a")).then()
                .body("goalCode", nullValue())
                .body("dataProviders.agencies.agencyCode", contains(stats))
                .body("lead.agencies.agencyCode", contains(p.lead()));
        given().get(whoAnswers(p.code(), "LAW-1a")).then()
                .body("lead.agencies", empty())
                .body("lead.scopeType", nullValue())
                .body("dataProviders.agencies.agencyCode", contains(stats));
    }

    @Test
    void overridesFollowTheEffectiveDates() {
        Plan p = planWithDomainHeader();
        String special = TestData.createAgency();
        String code = TestData.assign(p.code(), special, "INDICATOR", "HEALTH-1a", "LEAD", "2023-01-01");
        given().get(whoAnswers(p.code(), "HEALTH-1a") + "?asOf=2022-12-31").then()
                .body("asOf", equalTo("2022-12-31"))
                .body("lead.agencies.agencyCode", contains(p.lead()));
        given().get(whoAnswers(p.code(), "HEALTH-1a") + "?asOf=2023-01-01").then()
                .body("lead.agencies.agencyCode", contains(special));
        String assignment = "/api/v1/plans/" + p.code() + "/assignments/" + code;
        given().contentType("application/json").header("If-Match", given().get(assignment).then().extract().header("ETag"))
                .body(Map.of("validTo", "2023-12-31")).put(assignment).then().statusCode(200);
        given().get(whoAnswers(p.code(), "HEALTH-1a") + "?asOf=2024-01-01").then()
                .body("lead.scopeType", equalTo("DOMAIN"))
                .body("lead.agencies.agencyCode", contains(p.lead()));
        given().get(whoAnswers(p.code(), "HEALTH-1a") + "?asOf=2020-12-31").then()
                .body("lead.agencies", empty());
    }

    @Test
    void whatAnAgencyAnswersForIsResolvedDownToIndicatorsWithOverrides() {
        Plan p = planWithDomainHeader();
        String special = TestData.createAgency();
        TestData.assign(p.code(), special, "INDICATOR", "HEALTH-1a", "LEAD", "2021-01-01");
        given().get("/api/v1/agencies/" + p.lead() + "/responsibilities?plan=" + p.code()).then().statusCode(200)
                .body("agencyCode", equalTo(p.lead()))
                .body("catalogue.source", equalTo("FRESH"))
                .body("assignments.code", contains("HEALTH.LEAD." + p.lead() + ".2021-01-01"))
                // HEALTH-1a went to the indicator-level lead
                .body("indicators.indicatorCode", contains("HEALTH-1b", "HEALTH-2a", "HEALTH-M1a"))
                .body("indicators[0].roles[0].role", equalTo("LEAD"))
                .body("indicators[0].roles[0].scopeType", equalTo("DOMAIN"));
        given().get("/api/v1/agencies/" + special + "/responsibilities?plan=" + p.code()).then()
                .body("indicators.indicatorCode", contains("HEALTH-1a"))
                .body("indicators[0].roles[0].scopeType", equalTo("INDICATOR"));
        given().get("/api/v1/agencies/" + p.responsible1() + "/responsibilities?plan=" + p.code() + "&role=RESPONSIBLE").then()
                .body("indicators.indicatorCode", contains("HEALTH-1a", "HEALTH-1b", "HEALTH-2a", "HEALTH-M1a"));
        given().get("/api/v1/agencies/" + p.responsible1() + "/responsibilities?plan=" + p.code() + "&domain=LAW").then()
                .body("indicators", empty());
    }

    @Test
    void theMatrixShowsDomainAndPlanLevelRolesButNotIndicatorOverrides() {
        Plan p = planWithDomainHeader();
        String special = TestData.createAgency();
        String stats = TestData.createAgency();
        TestData.assign(p.code(), special, "INDICATOR", "HEALTH-1a", "LEAD", "2021-01-01");
        TestData.assign(p.code(), stats, "PLAN", p.code(), "DATA_PROVIDER", "2021-01-01");
        given().get("/api/v1/plans/" + p.code() + "/responsibility-matrix").then().statusCode(200)
                .body("domains", contains("HEALTH", "LAW"))
                .body("rows.agencyCode", contains(p.lead(), p.responsible1(), p.responsible2(), stats))
                .body("rows[0].roles", equalTo(Map.of("HEALTH", "LEAD")))
                .body("rows[3].roles", equalTo(Map.of("HEALTH", "DATA_PROVIDER", "LAW", "DATA_PROVIDER")));
    }

    @Test
    void answersUnknownCodesAndMissingParametersWithProblems() {
        Plan p = planWithDomainHeader();
        given().get(whoAnswers(p.code(), "HEALTH-9z")).then().statusCode(404)
                .contentType("application/problem+json").body("detailZh", equalTo("指标“HEALTH-9z”不存在"));
        given().get(whoAnswers(p.code(), "HEALTH-1a") + "?asOf=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().get("/api/v1/agencies/" + p.lead() + "/responsibilities").then().statusCode(400)
                .body("errors[0].field", equalTo("plan"));
        given().get("/api/v1/agencies/" + p.lead() + "/responsibilities?plan=" + p.code() + "&role=BOSS").then().statusCode(400)
                .body("errors[0].field", equalTo("role"));
        given().get("/api/v1/agencies/" + p.lead() + "/responsibilities?plan=" + p.code() + "&domain=SPORTS").then().statusCode(404);
        given().get("/api/v1/agencies/nobody/responsibilities?plan=" + p.code()).then().statusCode(404);
        given().get(whoAnswers("NO-SUCH-PLAN", "HEALTH-1a")).then().statusCode(404);
    }

    @Test
    void assignedDataProvidersWinOverTheCataloguesDataSourceInTheBulkAnswer() {
        Plan p = planWithDomainHeader();
        String provider = TestData.createAgency();
        TestData.assign(p.code(), provider, "INDICATOR", "HEALTH-1a", "DATA_PROVIDER", "2021-01-01");
        var items = given().get("/api/v1/plans/" + p.code() + "/indicator-responsibilities").then().statusCode(200)
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(items.<String>getList("items.find { it.indicatorCode == 'HEALTH-1a' }.dataProviders.code"))
                .containsExactly(provider);
        org.assertj.core.api.Assertions.assertThat(items.getString("items.find { it.indicatorCode == 'HEALTH-1a' }.dataProviderBasis"))
                .isEqualTo("ASSIGNMENT");
        org.assertj.core.api.Assertions.assertThat(items.<String>getList("items.find { it.indicatorCode == 'HEALTH-1b' }.leads.code"))
                .containsExactly(p.lead());
    }
}
