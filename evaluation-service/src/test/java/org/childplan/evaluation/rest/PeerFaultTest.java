package org.childplan.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the service does when indicator-service or agency-service is down, slow, or does not know the plan. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class PeerFaultTest {

    /** One person holding every role of the workflow, at the health bureau; access itself is tested in AccessMatrixTest. */
    @org.junit.jupiter.api.BeforeAll
    static void actAsEveryRole() {
        org.childplan.platform.testing.Tokens.actAs("health-bureau", "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    @PeerServicesStub.Inject
    WireMockServer peers;

    @AfterEach
    void heal() {
        PeerServicesStub.reset(peers);
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void compilingAReportReadsTheCatalogueAndTheResponsibilitiesOnceEach() {
        String plan = Monitoring.planWithMortalitySeries();
        String evaluations = "/api/v1/plans/" + plan + "/evaluations";
        String code = given().contentType("application/json").body(Map.of("type", "MIDTERM", "referenceYear", 2023,
                        "planTextZh", "中期评估。", "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post(evaluations).then().statusCode(201).extract().path("code");
        for (String action : List.of("approve-plan", "start-collecting")) {
            given().contentType("application/json").body(Map.of()).post(evaluations + "/" + code + "/" + action).then().statusCode(200);
        }
        peers.resetRequests();

        given().contentType("application/json").body(Map.of()).post(evaluations + "/" + code + "/compile").then().statusCode(200);

        org.assertj.core.api.Assertions.assertThat(peers.findAll(getRequestedFor(urlPathMatching("/api/v1/plans/" + plan + "/catalogue"))))
                .hasSize(1);
        org.assertj.core.api.Assertions.assertThat(peers.findAll(
                getRequestedFor(urlPathMatching("/api/v1/plans/" + plan + "/indicator-responsibilities")))).hasSize(1);
    }

    @Test
    void refusesToOpenACycleWhileTheMatrixAssignsNobody() {
        // e.g. agency-service is up but has not loaded its responsibilities yet: the cycle would expect no reports
        String plan = Monitoring.newPlan();
        PeerServicesStub.unassigned(peers, plan);
        given().contentType("application/json").body(Map.of("year", 2023, "opensOn", "2024-01-10", "dueOn", "2024-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detailZh", org.hamcrest.Matchers.containsString("请先分配"));
        given().get(Monitoring.cycles(plan) + "/2023").then().statusCode(404);

        PeerServicesStub.reset(peers);
        given().contentType("application/json").body(Map.of("year", 2023, "opensOn", "2024-01-10", "dueOn", "2024-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(201);
    }

    @Test
    void answers503WithRetryAfterWhenAPeerIsDownAndNothingIsKept() {
        given().contentType("application/json").body(Map.of("year", 2023, "opensOn", "2024-01-10", "dueOn", "2024-03-31"))
                .post(Monitoring.cycles("DOWN-" + System.nanoTime())).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"))
                .body("type", equalTo("urn:childplan:problem:peer-unavailable"));
    }

    @Test
    void keepsAnsweringReadsFromTheKeptCopyWhileThePeersAreDown() {
        String plan = Monitoring.newPlan();
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(Monitoring.row("HEALTH-3c", 2023, 5.8)));
        PeerServicesStub.down(peers, plan);
        given().get("/api/v1/plans/" + plan + "/progress?year=2023&domain=HEALTH").then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.latestValue", equalTo(5.8f));
        given().get("/api/v1/plans/" + plan + "/warnings?year=2023").then().statusCode(200);
        // nothing kept for another year's catalogue: that one truly needs the peer
        given().get("/api/v1/plans/" + plan + "/progress?year=2022").then().statusCode(503);
    }

    @Test
    void givesUpOnASlowPeerWithinItsTimeout() {
        String plan = Monitoring.newPlan();
        peers.stubFor(get(urlPathMatching("/api/v1/plans/" + plan + "/catalogue")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(5000)));
        long started = System.nanoTime();
        given().contentType("application/json").body(Map.of("year", 2023, "opensOn", "2024-01-10", "dueOn", "2024-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(503);
        org.assertj.core.api.Assertions.assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(12_000);   // without the timeout: three attempts of 5 s each
    }

    @Test
    void treatsAnUnknownPlanAsNotFoundNotAsAFailure() {
        for (int i = 0; i < 10; i++) {
            given().get("/api/v1/plans/NOPE-" + i + "/progress?year=2023").then().statusCode(404);
        }
        // ten 404s did not open the breaker
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().get(Monitoring.cycles(plan) + "/2023").then().statusCode(200).body("year", equalTo(2023));
    }
}
