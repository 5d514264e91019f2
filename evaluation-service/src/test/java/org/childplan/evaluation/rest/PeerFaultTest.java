package org.childplan.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

    @Inject
    AgroalDataSource database;

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
                .body("detailZh", org.hamcrest.Matchers.containsString("截至2023-12-31"))
                .body("detailZh", org.hamcrest.Matchers.containsString("validFrom"));
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

    // ---- a peer stopped in the middle of an operation: 503 with Retry-After, never 500; back by itself

    @Test
    void aPeerStoppedWhileCompilingAnswers503AndCompilingSucceedsOnceItIsBackWhilePublishedReportsStayReadable()
            throws Exception {
        String published = publishedEvaluation(planWithData());
        String publishedReport = given().accept("application/json").get(published + "/report").then().statusCode(200)
                .extract().asString();
        String plan = planWithData();
        String evaluation = evaluations(plan) + "/" + createEvaluation(plan);
        act(evaluation, "approve-plan");
        act(evaluation, "start-collecting");

        Response answer = whileThePeersStopMidRequest(plan, () -> given().contentType("application/json").body(Map.of())
                .post(evaluation + "/compile"));

        assertPeerUnavailable(answer);
        given().get(evaluation).then().statusCode(200).body("status", equalTo("COLLECTING"));
        // while the peers are down: the published report is served as sealed, and the service stays in the load
        // balancer, its peers group saying what is wrong
        org.assertj.core.api.Assertions.assertThat(given().accept("application/json").get(published + "/report").then()
                .statusCode(200).extract().asString()).isEqualTo(publishedReport);
        given().accept("text/html").get(published + "/report").then().statusCode(200);
        given().get("/api/v1/published-reports").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/group/peers").then().statusCode(503).body("status", equalTo("DOWN"));

        peersComeBack();
        untilNotUnavailable(() -> given().contentType("application/json").body(Map.of()).post(evaluation + "/compile"))
                .then().statusCode(200).body("status", equalTo("COMPILING"));
        given().accept("application/json").get(evaluation + "/report").then().statusCode(200).body("draft", equalTo(true));
        given().get("/q/health/group/peers").then().statusCode(200);
    }

    @Test
    void aPeerStoppedWhileValidatingASubmissionAnswers503AndTheSameRequestSucceedsOnceItIsBack() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        Supplier<Response> submit = () -> given().contentType("application/json").header("Idempotency-Key", "retried-" + plan)
                .body(Map.of("agencyCode", "health-bureau", "observations", List.of(Monitoring.row("HEALTH-3c", 2023, 5.8))))
                .post(Monitoring.submissions(plan, 2023));

        assertPeerUnavailable(whileThePeersStopMidRequest(plan, submit));
        given().get(Monitoring.submissions(plan, 2023)).then().statusCode(200).body("total", equalTo(0));

        peersComeBack();
        // the same request, the same Idempotency-Key: the refused attempt left nothing behind to replay
        untilNotUnavailable(submit).then().statusCode(201).body("observationCount", equalTo(1));
        given().get(Monitoring.submissions(plan, 2023)).then().body("total", equalTo(1));
    }

    @Test
    void aPeerStoppedDuringACatalogueReadAnswers503AndTheReadSucceedsOnceItIsBack() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(Monitoring.row("HEALTH-3c", 2023, 5.8)));
        String progress = "/api/v1/plans/" + plan + "/progress?year=2023&domain=HEALTH";

        assertPeerUnavailable(whileThePeersStopMidRequest(plan, () -> given().get(progress)));

        peersComeBack();
        untilNotUnavailable(() -> given().get(progress)).then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.latestValue", equalTo(5.8f));
    }

    /**
     * Sends the request while the plan's catalogue read hangs, and stops both peers once that read has reached them:
     * the peers go away in the middle of the operation, with nothing kept for the plan (as on a replica that has
     * not read it yet), so the service has no answer to fall back on.
     */
    private Response whileThePeersStopMidRequest(String plan, Supplier<Response> request) throws Exception {
        forgetKeptAnswers(plan);
        String catalogue = "/api/v1/plans/" + plan + "/catalogue";
        peers.stubFor(get(urlPathMatching(catalogue)).atPriority(1).willReturn(aResponse().withStatus(200).withFixedDelay(20_000)));
        peers.resetRequests();
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(request);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (peers.findAll(getRequestedFor(urlPathMatching(catalogue))).isEmpty()) {
            org.assertj.core.api.Assertions.assertThat(System.nanoTime()).as("the catalogue read reached the peer").isLessThan(deadline);
            Thread.sleep(20);
        }
        peers.stop();
        return answer.get(60, TimeUnit.SECONDS);
    }

    /** The peers start again where they were, answering as before; the service is not told, nor its breakers reset. */
    private void peersComeBack() {
        PeerServicesStub.reset(peers);
    }

    /** Repeats the request while it answers 503 (an open circuit breaker closes within its delay, 10 s); at most 40 s. */
    private static Response untilNotUnavailable(Supplier<Response> request) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        Response response = request.get();
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            assertPeerUnavailable(response);
            Thread.sleep(500);
            response = request.get();
        }
        return response;
    }

    private static void assertPeerUnavailable(Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"))
                .body("type", equalTo("urn:childplan:problem:peer-unavailable"))
                .body("detailZh", org.hamcrest.Matchers.containsString("暂时不可用"));
    }

    private void forgetKeptAnswers(String plan) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from peer_cache where cache_key like ?")) {
            delete.setString(1, plan + "@%");
            delete.executeUpdate();
        }
    }

    private static String planWithData() {
        String plan = Monitoring.newPlan();
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(Monitoring.row("HEALTH-3c", 2023, 5.8)));
        return plan;
    }

    private static String evaluations(String plan) {
        return "/api/v1/plans/" + plan + "/evaluations";
    }

    private static String createEvaluation(String plan) {
        return given().contentType("application/json").body(Map.of("type", "MIDTERM", "referenceYear", 2023,
                        "planTextZh", "中期评估。", "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post(evaluations(plan)).then().statusCode(201).extract().path("code");
    }

    private static void act(String evaluation, String action) {
        given().contentType("application/json").body(Map.of()).post(evaluation + "/" + action).then().statusCode(200);
    }

    private static String publishedEvaluation(String plan) {
        String evaluation = evaluations(plan) + "/" + createEvaluation(plan);
        for (String action : List.of("approve-plan", "start-collecting", "compile", "submit-for-review", "approve", "publish")) {
            act(evaluation, action);
        }
        return evaluation;
    }
}
