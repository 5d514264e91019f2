package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.childplan.platform.startup.StartupWork;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed plan loads after the service reports ready; until the work that loads it is done, API requests wait for
 * it (bodies and all) while health answers at once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SeedingAfterReadyTest {

    static final String SEED = "plans/changning-children-2021-2025.json";

    @Inject
    StartupWork startupWork;

    @BeforeAll
    static void logFailures() {
        Tokens.actAs("viewer");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    /** The seed's state in the readiness answer, once it is no longer PENDING. */
    static String seedStateOnceSettled() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            JsonPath ready = given().get("/q/health/ready").then().extract().jsonPath();
            Map<String, String> data = ready.getMap("checks.find { it.name == 'Plan seed' }.data");
            String state = data.get(SEED);
            if (!"PENDING".equals(state) || Instant.now().isAfter(deadline)) {
                return state;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void readinessShowsTheSeedPlanLoadedAndThePlanIsServed() throws InterruptedException {
        assertThat(seedStateOnceSettled()).isIn("LOADED", "AMENDED", "UP_TO_DATE");
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/api/v1/plans/CN-430482-CHILDREN-2021-2025/indicators?size=1").then().statusCode(200)
                .body("total", equalTo(123));
    }

    @Test
    void apiRequestsWaitForStartupWorkWithTheirBodiesWhileHealthAnswersAtOnce() throws Exception {
        seedStateOnceSettled();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> work = startupWork.run("test-startup-work", () -> awaitQuietly(release));
        try {
            String code = TestPlans.uniqueCode();
            CompletableFuture<Response> importing = CompletableFuture.supplyAsync(() -> given(Tokens.as("admin"))
                    .contentType("application/json")
                    .body(TestPlans.document(code)).post("/api/v1/plan-imports"));

            given().get("/q/health/ready").then().statusCode(200);
            Thread.sleep(500);
            assertThat(importing).as("the import waits while the startup work runs").isNotDone();
            assertThat(startupWork.running()).isTrue();

            release.countDown();
            importing.get(30, TimeUnit.SECONDS).then().statusCode(201);
            work.get(5, TimeUnit.SECONDS);
            List<String> codes = given().get("/api/v1/plans/" + code + "/indicators?size=10").then().statusCode(200)
                    .extract().jsonPath().getList("items.code");
            assertThat(codes).containsExactlyInAnyOrder("HEALTH-1a", "HEALTH-2a", "HEALTH-M1a", "LAW-1a");
        } finally {
            release.countDown();
        }
        assertThat(startupWork.running()).isFalse();
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
