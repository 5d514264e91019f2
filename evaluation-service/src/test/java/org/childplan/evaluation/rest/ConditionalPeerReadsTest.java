package org.childplan.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.Metrics;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Peer reads revalidate the answer kept from last time (If-None-Match) instead of fetching it again, against a peer
 * that tags its answers as indicator-service and agency-service do (PeerServicesStub#tagged).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ConditionalPeerReadsTest {

    private static final String MORTALITY = "5岁以下儿童死亡率";

    @BeforeAll
    static void actAsEveryRole() {
        Tokens.actAs("health-bureau", "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @PeerServicesStub.Inject
    WireMockServer peers;

    /**
     * The service's first peer read after start can outlast the test timeout and be retried; a read of a plan of its
     * own first keeps such a retry out of every test's request counts.
     */
    @BeforeEach
    void warmUp() {
        given().get(progress(Monitoring.newPlan(), 2023)).then().statusCode(200);
    }

    @AfterEach
    void heal() {
        PeerServicesStub.reset(peers);
        CircuitBreakerMaintenance.get().resetAll();
    }

    private String taggedPlan() {
        String plan = Monitoring.newPlan();
        PeerServicesStub.tagged(peers, plan, "catalogue", "\"c1\"", "", "");
        PeerServicesStub.tagged(peers, plan, "indicator-responsibilities", "\"r1\"", "", "");
        return plan;
    }

    private List<LoggedRequest> requests(String plan, String resource) {
        return peers.findAll(getRequestedFor(urlPathEqualTo("/api/v1/plans/" + plan + "/" + resource)));
    }

    private static String progress(String plan, int year) {
        return "/api/v1/plans/" + plan + "/progress?year=" + year + "&domain=HEALTH";
    }

    @Test
    void hundredProgressReadsFetchTheCatalogueOnceWhileNothingChanges() {
        String plan = taggedPlan();
        double fullBefore = Metrics.counter("childplan_peer_fetches_total", "peer", "indicator-service", "outcome", "full");
        double revalidatedBefore = Metrics.counter("childplan_peer_fetches_total", "peer", "indicator-service", "outcome", "not_modified");

        String first = given().get(progress(plan, 2023)).then().statusCode(200).extract().asString();
        for (int i = 1; i < 100; i++) {
            assertThat(given().get(progress(plan, 2023)).then().statusCode(200).extract().asString()).isEqualTo(first);
        }

        List<LoggedRequest> catalogueReads = requests(plan, "catalogue");
        assertThat(catalogueReads).hasSize(100);
        assertThat(catalogueReads.stream().filter(r -> !r.containsHeader("If-None-Match"))).hasSize(1);
        assertThat(catalogueReads.stream().filter(r -> r.containsHeader("If-None-Match")))
                .hasSize(99).allSatisfy(r -> assertThat(r.getHeader("If-None-Match")).isEqualTo("\"c1\""));
        assertThat(Metrics.counter("childplan_peer_fetches_total", "peer", "indicator-service", "outcome", "full") - fullBefore)
                .isEqualTo(1);
        assertThat(Metrics.counter("childplan_peer_fetches_total", "peer", "indicator-service", "outcome", "not_modified")
                - revalidatedBefore).isEqualTo(99);
    }

    @Test
    void aChangedCatalogueIsReadInFullAndReplacesTheKeptOne() {
        String plan = taggedPlan();
        given().get(progress(plan, 2023)).then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.nameZh", equalTo(MORTALITY));
        given().get(progress(plan, 2023)).then().statusCode(200);

        PeerServicesStub.tagged(peers, plan, "catalogue", "\"c2\"", MORTALITY, "五岁以下儿童死亡率");
        given().get(progress(plan, 2023)).then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.nameZh", equalTo("五岁以下儿童死亡率"));
        given().get(progress(plan, 2023)).then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.nameZh", equalTo("五岁以下儿童死亡率"));

        assertThat(requests(plan, "catalogue")).extracting(r -> r.containsHeader("If-None-Match") ? r.getHeader("If-None-Match") : "-")
                .containsExactly("-", "\"c1\"", "\"c1\"", "\"c2\"");
    }

    @Test
    void eachAsOfDateIsAnAnswerOfItsOwn() {
        String plan = taggedPlan();
        for (int i = 0; i < 2; i++) {
            given().get(progress(plan, 2023)).then().statusCode(200);
            given().get(progress(plan, 2022)).then().statusCode(200);
        }
        List<LoggedRequest> reads = requests(plan, "catalogue");
        assertThat(reads).extracting(r -> r.queryParameter("asOf").firstValue() + " "
                        + (r.containsHeader("If-None-Match") ? "revalidated" : "full"))
                .containsExactly("2023-12-31 full", "2022-12-31 full", "2023-12-31 revalidated", "2022-12-31 revalidated");
    }

    @Test
    void aPeerThatSendsNoETagIsReadInFullEveryTimeAndNeverAskedIfNoneMatch() {
        String plan = Monitoring.newPlan(); // the stub's default answers carry no ETag
        for (int i = 0; i < 3; i++) {
            given().get(progress(plan, 2023)).then().statusCode(200);
        }
        assertThat(requests(plan, "catalogue")).hasSize(3).noneMatch(r -> r.containsHeader("If-None-Match"));
        assertThat(requests(plan, "indicator-responsibilities")).noneMatch(r -> r.containsHeader("If-None-Match"));
    }

    @Test
    void responsibilitiesAreRevalidatedToo() {
        String plan = taggedPlan();
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/plans/" + plan + "/warnings?year=2023").then().statusCode(200);
        }
        List<LoggedRequest> reads = requests(plan, "indicator-responsibilities");
        assertThat(reads).isNotEmpty();
        assertThat(reads.stream().filter(r -> !r.containsHeader("If-None-Match"))).hasSize(1);
    }

    @Test
    void whileThePeersAreDownReadsFallBackToTheKeptCopyAsBefore() {
        String plan = taggedPlan();
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(Monitoring.row("HEALTH-3c", 2023, 5.8)));
        given().get(progress(plan, 2023)).then().statusCode(200);

        PeerServicesStub.down(peers, plan);
        given().get(progress(plan, 2023)).then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.latestValue", equalTo(5.8f));
        // nothing kept for another year's catalogue: that one truly needs the peer
        given().get(progress(plan, 2021)).then().statusCode(503);
    }
}
