package org.childplan.agency.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service starts, and answers, while indicator-service is down; the seeder keeps trying in the background
 * and loads its document once the catalogue answers.
 */
@QuarkusTest
@TestProfile(SeederWaitsForIndicatorServiceTest.SeedWhileDown.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class SeederWaitsForIndicatorServiceTest {

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    public static class SeedWhileDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("childplan.agency.seed-documents", "seed/seed-while-down.json",
                    "childplan.agency.seed-retry-interval", "300ms");
        }
    }

    private static final String SEED = "seed/seed-while-down.json";

    @IndicatorServiceStub.Inject
    WireMockServer indicatorService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void restore() {
        IndicatorServiceStub.reset(indicatorService);
        breakers.resetAll();
    }

    private static String seedState() {
        return given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .extract().path("checks.find { it.name == 'Responsibility seed' }.data.'" + SEED + "'");
    }

    private static void awaitState(String wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!wanted.equals(seedState())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("seed state did not become " + wanted + " but stayed " + seedState());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void retriesInTheBackgroundUntilTheCatalogueAnswers() {
        awaitState("WAITING_FOR_INDICATOR_SERVICE");
        // started and serving, without the seed
        given().get("/api/v1/agencies/seed-test-bureau").then().statusCode(404);
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"));

        IndicatorServiceStub.serveTestCatalogue(indicatorService, IndicatorServiceStub.DOWN_AT_START);
        breakers.resetAll();
        awaitState("LOADED");
        given().queryParam("name", "测试局").get("/api/v1/agencies/lookup").then().statusCode(200)
                .body("code", equalTo("seed-test-bureau"));
        given().get("/api/v1/plans/" + IndicatorServiceStub.DOWN_AT_START + "/responsibility-matrix").then().statusCode(200)
                .body("rows.agencyCode", contains("seed-test-bureau"))
                .body("rows[0].roles.HEALTH", equalTo("LEAD"));
    }
}
