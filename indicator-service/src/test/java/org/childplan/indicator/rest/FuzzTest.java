package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.childplan.platform.testing.ContractFuzzer;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7.6: malformed and hostile input to every operation of the contract answers no 5xx, and every error is
 * problem+json. The fuzzer works on its own copy of the Changning plan, so what it manages to change touches no other
 * test's data.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class FuzzTest {

    private static final String CHANGNING = "CN-430482-CHILDREN-2021-2025";
    private static final String PLAN = "FUZZ-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String TOWNSHIP = "430482-TOWNSHIP-01";
    private static final Set<String> EVERY_ROLE = Set.of("admin", "statistics", "reporter", "evaluator", "leadership", "viewer");

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    /** The plan the fuzzer works on: a copy of the Changning plan, with a township. */
    private static void copyTheChangningPlan() {
        String admin = Tokens.of("admin");
        Map<String, Object> document = given().get("/api/v1/plans/" + CHANGNING + "/document").then().statusCode(200)
                .extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) document.get("plan");
        plan.put("code", PLAN);
        given().auth().oauth2(admin).contentType("application/json").body(document).post("/api/v1/plan-imports")
                .then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("code", TOWNSHIP, "nameZh", "示例镇", "level", "TOWNSHIP", "parentCode", "430482"))
                .post("/api/v1/plans/" + PLAN + "/reporting-areas").then().statusCode(201);
    }

    @Test
    void answersHostileInputWithoutServerErrorsAndWithProblemJson() throws Exception {
        copyTheChangningPlan();
        AtomicInteger revisions = new AtomicInteger();
        ContractFuzzer fuzzer = ContractFuzzer.ofThisService().bearer(Tokens.of(EVERY_ROLE, "health-bureau"));
        Map<String, String> values = Map.of("planCode", PLAN, "domainCode", "HEALTH", "goalCode", "HEALTH-3",
                "measureCode", "HEALTH-M1", "indicatorCode", "HEALTH-3a", "areaCode", TOWNSHIP);
        fuzzer.pathValues((op, name) -> values.getOrDefault(name, "x"))
                .replaceInExamples(CHANGNING, PLAN)
                .freshBody((op, body) -> {
                    int n = fuzzer.nextSequence();
                    switch (op.id()) {
                        // creates get a new code each time, so the variants get past the duplicate check
                        case "createPlan" -> body.put("code", "FUZZ-PLAN-" + n);
                        case "createDomain" -> body.put("code", "FZ" + n);
                        case "createGoal", "createMeasure" -> body.put("number", 100 + n % 899);
                        case "createIndicator" -> body.put("code", "FZ-" + n);
                        case "createReportingArea" -> body.put("code", "430482-FZ" + n);
                        case "importPlan" -> ((ObjectNode) body.get("plan")).put("code", "FUZZ-IMPORT-" + n);
                        // updates name what the path names, so they get to the code that stores them
                        case "updateGoal" -> body.put("number", 3);
                        case "updateMeasure" -> body.put("number", 1);
                        // a real change on a day of its own, in the past, so each answer shows the revision just made
                        // (sending the definition already in force changes nothing, and answers the version in force)
                        case "reviseIndicator" -> {
                            int revision = revisions.incrementAndGet();
                            body.put("effectiveFrom", LocalDate.of(2022, 1, 1).plusDays(revision).toString());
                            body.put("sourceTextZh", "模糊测试修订" + revision);
                        }
                        default -> {
                        }
                    }
                });
        ContractFuzzer.Report report = fuzzer.run();
        System.out.println(report.summary());
        assertThat(report.failures()).as(report.summary() + "\n" + report.describeFailures()).isEmpty();
    }
}
