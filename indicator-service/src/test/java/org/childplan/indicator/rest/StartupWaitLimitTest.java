package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.childplan.platform.startup.StartupWork;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request that would wait longer than the bound for the startup work is answered 503 with Retry-After. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@TestProfile(StartupWaitLimitTest.ShortWait.class)
class StartupWaitLimitTest {

    public static class ShortWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(StartupWork.MAX_WAIT, "1s");
        }
    }

    @Inject
    StartupWork startupWork;

    @BeforeAll
    static void actAsViewer() {
        Tokens.actAs("viewer");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @Test
    void aRequestThatWouldWaitLongerThanTheBoundIsAnswered503WithRetryAfter() throws InterruptedException {
        SeedingAfterReadyTest.seedStateOnceSettled();
        CountDownLatch release = new CountDownLatch(1);
        startupWork.run("test-startup-work", () -> SeedingAfterReadyTest.awaitQuietly(release));
        try {
            long started = System.nanoTime();
            given().get("/api/v1/plans/CN-430482-CHILDREN-2021-2025").then().statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:childplan:problem:service-unavailable"))
                    .body("detailZh", containsString("仍在载入初始数据"));
            assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(900);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            release.countDown();
        }
        given().get("/api/v1/plans/CN-430482-CHILDREN-2021-2025").then().statusCode(200);
    }
}
