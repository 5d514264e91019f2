package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.ContractFuzzer;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7.6: malformed and hostile input to every operation of the contract answers no 5xx, and every error is
 * problem+json. The fuzzer works on its own plan (one the stub serves the small test catalogue for), agency and
 * assignment, so what it manages to change touches no other test's data.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class FuzzTest {

    private static final String PLAN = "TEST-FUZZ-" + TestData.suffix().toUpperCase();
    private static final Set<String> EVERY_ROLE = Set.of("admin", "statistics", "reporter", "evaluator", "leadership", "viewer");

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    @Test
    void answersHostileInputWithoutServerErrorsAndWithProblemJson() throws Exception {
        String admin = Tokens.of("admin");
        String agency = TestData.agencyCode();
        given().auth().oauth2(admin).contentType("application/json").body(TestData.agency(agency, TestData.nameZh("局")))
                .post("/api/v1/agencies").then().statusCode(201);
        String assignment = given().auth().oauth2(admin).contentType("application/json")
                .body(TestData.assignment(agency, "INDICATOR", "HEALTH-1a", "DATA_PROVIDER", "2022-01-01"))
                .post("/api/v1/plans/" + PLAN + "/assignments").then().statusCode(201).extract().path("code");

        ContractFuzzer fuzzer = ContractFuzzer.ofThisService().bearer(Tokens.of(EVERY_ROLE, agency));
        Map<String, String> values = Map.of("planCode", PLAN, "agencyCode", agency, "assignmentCode", assignment,
                "indicatorCode", "HEALTH-1a", "bodyCode", "womens-childrens-committee");
        fuzzer.pathValues((op, name) -> values.getOrDefault(name, "x"))
                // the examples name the Changning and Hengyang plans; the stub serves the test catalogue for ours
                .replaceInExamples("CN-430400-CHILDREN-2021-2025", PLAN)
                .replaceInExamples("WELFARE-1a", "HEALTH-1a")
                .replaceInExamples("WELFARE", "HEALTH")
                .replaceInExamples("HEALTH-3a", "HEALTH-1a")
                .replaceInExamples("\"statistics-bureau\"", "\"" + agency + "\"")
                .freshBody((op, body) -> {
                    switch (op.id()) {
                        // creates get a new code and name each time, so the variants get past the duplicate check
                        case "createAgency" -> {
                            int n = fuzzer.nextSequence();
                            body.put("code", "fuzz-" + n);
                            body.put("nameZh", "模糊测试机构" + n);
                        }
                        // the update keeps the fuzzer's agency what it is, so the variants reach the code that stores them
                        case "updateAgency" -> {
                            body.put("code", agency);
                            body.put("nameZh", "模糊测试机构" + agency);
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
