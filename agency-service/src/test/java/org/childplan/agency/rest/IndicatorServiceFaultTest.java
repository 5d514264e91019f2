package org.childplan.agency.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens when indicator-service is down, slow, or does not know a plan. Writes that need its catalogue
 * answer 503 with Retry-After; reads keep working from stored data and say so.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class IndicatorServiceFaultTest {

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    @IndicatorServiceStub.Inject
    WireMockServer indicatorService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void restore() {
        IndicatorServiceStub.reset(indicatorService);
        breakers.resetAll();
    }

    /** A plan with a lead for HEALTH and an indicator-level data provider, created while indicator-service answers. */
    private record Stored(String plan, String lead, String provider) {
    }

    private static Stored storedPlan() {
        String plan = TestData.plan();
        String lead = TestData.createAgency();
        String provider = TestData.createAgency();
        TestData.assign(plan, lead, "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        TestData.assign(plan, provider, "INDICATOR", "HEALTH-1a", "DATA_PROVIDER", "2021-01-01");
        return new Stored(plan, lead, provider);
    }

    private void failWith(String plan, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        indicatorService.stubFor(get(IndicatorServiceStub.catalogue(plan)).willReturn(answer));
    }

    private static ValidatableResponse createAssignment(String plan, String agency) {
        return given().contentType("application/json").body(TestData.assignment(agency, "DOMAIN", "LAW", "LEAD", "2021-01-01"))
                .post("/api/v1/plans/" + plan + "/assignments").then();
    }

    private static void assertPeerUnavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("urn:childplan:problem:peer-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("indicator-service is unavailable"))
                .body("detailZh", containsString("indicator-service 暂时不可用"));
    }

    @Test
    void writesThatNeedTheCatalogueAnswer503WithRetryAfterWhenItFails() {
        Stored s = storedPlan();
        failWith(s.plan(), aResponse().withStatus(503).withBody("maintenance"));
        assertPeerUnavailable(createAssignment(s.plan(), s.lead()));
        given().get("/api/v1/plans/" + s.plan() + "/assignments?domain=LAW").then().body("total", equalTo(0));
    }

    @Test
    void readsOfStoredDataKeepWorkingAndSayTheCatalogueIsTheStoredCopy() {
        Stored s = storedPlan();
        failWith(s.plan(), aResponse().withStatus(500));
        given().get("/api/v1/plans/" + s.plan() + "/indicators/HEALTH-1a/responsible-agencies").then().statusCode(200)
                .header("Catalogue-Source", "STORED")
                .header("Catalogue-Fetched-At", notNullValue())
                .body("catalogue.source", equalTo("STORED"))
                .body("catalogue.fetchedAt", notNullValue())
                .body("goalCode", equalTo("HEALTH-1"))
                .body("lead.agencies.agencyCode", contains(s.lead()))
                .body("dataProviders.agencies.agencyCode", contains(s.provider()));
        given().get("/api/v1/agencies/" + s.lead() + "/responsibilities?plan=" + s.plan()).then().statusCode(200)
                .body("catalogue.source", equalTo("STORED"))
                .body("indicators.indicatorCode", contains("HEALTH-1a", "HEALTH-1b", "HEALTH-2a", "HEALTH-M1a"));
        given().get("/api/v1/plans/" + s.plan() + "/responsibility-matrix").then().statusCode(200)
                .header("Catalogue-Source", "STORED")
                .body("domains", contains("HEALTH", "LAW"))
                .body("rows[0].agencyCode", equalTo(s.lead()));
        given().accept("text/csv").get("/api/v1/plans/" + s.plan() + "/responsibility-matrix").then().statusCode(200)
                .header("Catalogue-Source", "STORED");
        given().get("/api/v1/plans/" + s.plan() + "/assignments").then().statusCode(200).body("total", equalTo(2));
        given().get("/api/v1/agencies/" + s.lead()).then().statusCode(200);
    }

    @Test
    void endingAnAssignmentNeedsNoCatalogueAndWorksWhileItIsDown() {
        Stored s = storedPlan();
        String assignment = "/api/v1/plans/" + s.plan() + "/assignments/HEALTH.LEAD." + s.lead() + ".2021-01-01";
        String etag = given().get(assignment).then().statusCode(200).extract().header("ETag");
        failWith(s.plan(), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        given().contentType("application/json").body(Map.of("validTo", "2023-12-31")).header("If-Match", etag)
                .put(assignment).then()
                .statusCode(200).body("validTo", equalTo("2023-12-31"));
    }

    @Test
    void aReadWithNoStoredCopyAnswers503() {
        String plan = TestData.plan();
        failWith(plan, aResponse().withFault(Fault.EMPTY_RESPONSE));
        assertPeerUnavailable(given().get("/api/v1/plans/" + plan + "/responsibility-matrix").then());
    }

    @Test
    void aStoppedIndicatorServiceIsUnavailableNotAnError() {
        Stored s = storedPlan();
        indicatorService.stop();   // connection refused
        assertPeerUnavailable(createAssignment(s.plan(), s.lead()));
        given().get("/api/v1/plans/" + s.plan() + "/indicators/HEALTH-1b/responsible-agencies").then().statusCode(200)
                .body("catalogue.source", equalTo("STORED"))
                .body("lead.agencies.agencyCode", contains(s.lead()));
    }

    @Test
    void aSlowIndicatorServiceTimesOutInsteadOfHoldingTheRequest() {
        Stored s = storedPlan();
        failWith(s.plan(), aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(IndicatorServiceStub.catalogueBody(s.plan())).withFixedDelay(8000));
        Instant start = Instant.now();
        assertPeerUnavailable(createAssignment(s.plan(), s.lead()));
        // three attempts of at most 1.5 s each in the test profile, well short of even one 8 s delay
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(7900));
        given().get("/api/v1/plans/" + s.plan() + "/indicators/HEALTH-1a/responsible-agencies").then().statusCode(200)
                .body("catalogue.source", equalTo("STORED"));
    }

    @Test
    void aPlanIndicatorServiceDoesNotKnowIs404AndDoesNotTripTheBreaker() {
        String agency = TestData.createAgency();
        for (int i = 0; i < 12; i++) {
            createAssignment("UNKNOWN-" + i, agency).statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:childplan:problem:not-found"));
        }
        String plan = TestData.plan();
        createAssignment(plan, agency).statusCode(201);
        given().get("/api/v1/plans/" + plan + "/responsibility-matrix").then().statusCode(200)
                .header("Catalogue-Source", "FRESH");
    }

    @Test
    void anOpenBreakerFailsFastWithoutCallingIndicatorService() {
        Stored s = storedPlan();
        failWith(s.plan(), aResponse().withStatus(503));
        for (int i = 0; i < 4; i++) {
            createAssignment(s.plan(), s.lead()).statusCode(503);
        }
        int calls = indicatorService.findAll(getRequestedFor(IndicatorServiceStub.catalogue(s.plan()))).size();
        // the breaker is open now: even a plan indicator-service could serve is answered from stored data or with 503
        assertPeerUnavailable(createAssignment(s.plan(), s.lead()));
        assertPeerUnavailable(createAssignment(TestData.plan(), s.lead()));
        assertThat(indicatorService.findAll(getRequestedFor(IndicatorServiceStub.catalogue(s.plan())))).hasSize(calls);
        given().get("/api/v1/plans/" + s.plan() + "/responsibility-matrix").then().statusCode(200)
                .header("Catalogue-Source", "STORED");
    }

    @Test
    void importsAnswer503WithRetryAfterWhenTheCatalogueCanNotBeChecked() {
        String plan = TestData.plan();
        failWith(plan, aResponse().withStatus(502));
        Map<String, Object> doc = Map.of("formatVersion", "1.0",
                "agencies", java.util.List.of(TestData.agency(TestData.agencyCode(), TestData.nameZh("局"))),
                "plans", java.util.List.of(Map.of("planCode", plan, "validFrom", "2021-01-01")));
        assertPeerUnavailable(given().contentType("application/json").body(doc).post("/api/v1/responsibility-imports").then());
    }
}
