package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class ServiceHealthTest {

    @IndicatorServiceStub.Inject
    WireMockServer indicatorService;

    @BeforeAll
    static void actAsAdmin() {
        Tokens.actAs("admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @AfterEach
    void restore() {
        IndicatorServiceStub.reset(indicatorService);
    }

    @Test
    void isReadyOnItsDatabaseAloneAndReportsIndicatorServiceInThePeersGroup() {
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Peer services")));
        given().get("/q/health/group/peers").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == 'Peer services' }.data.'indicator-service'", containsString("UP"));
    }

    @Test
    void staysReadyWhileIndicatorServiceDoesNotAnswerAndThePeersGroupSaysSo() {
        indicatorService.stop();   // connection refused

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/group/peers").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Peer services' }.data.'indicator-service'", containsString("did not answer"));
    }

    @Test
    void reportsARestartedIndicatorServiceUpAgainAsSoonAsItAnswers() {
        given().get("/q/health/group/peers").then().statusCode(200);   // leaves a kept connection to the old process
        indicatorService.stop();
        indicatorService.start();

        given().get("/q/health/group/peers").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == 'Peer services' }.data.'indicator-service'", containsString("UP"));
    }

    @Test
    void answersUnknownPathsWithProblemJson() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:not-found"));
    }
}
