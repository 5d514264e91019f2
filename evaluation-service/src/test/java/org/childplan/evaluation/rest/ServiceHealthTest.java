package org.childplan.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ServiceHealthTest {

    @PeerServicesStub.Inject
    WireMockServer peers;

    @AfterEach
    void heal() {
        PeerServicesStub.reset(peers);
    }

    @Test
    void isReadyOnItsDatabaseAloneAndReportsBothPeersInTheirOwnGroup() {
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Peer services")));
        given().get("/q/health/group/peers").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Peer services' }.data.'indicator-service'", containsString("UP"))
                .body("checks.find { it.name == 'Peer services' }.data.'agency-service'", containsString("UP"));
    }

    @Test
    void staysReadyAndAliveWhileAPeerIsFailingAndThePeersGroupSaysSo() {
        // it still serves published reports and answers from the kept catalogue; leaving the load balancer would refuse those too
        peers.stubFor(get("/q/health/live").willReturn(aResponse().withStatus(503)));

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/group/peers").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Peer services' }.data.'indicator-service'", containsString("HTTP 503"));
        given().get("/q/health").then().statusCode(200).body("checks.name", not(hasItem("Peer services")));
    }

    @Test
    void answersUnknownPathsWithProblemJson() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:not-found"));
    }
}
