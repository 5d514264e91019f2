package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.webhook.StubHostResolver;
import org.childplan.platform.testing.ContractFuzzer;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7.6: malformed and hostile input to every operation of the contract answers no 5xx, and every error is
 * problem+json. The fuzzer works on its own plan (one the peer stub serves the Changning catalogue for), with a
 * monitoring cycle, a submission, an evaluation and a webhook of its own, so what it changes touches no other test's data.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class FuzzTest {

    @Inject
    StubHostResolver resolver;

    private static final String PLAN = Monitoring.newPlan();
    private static final int YEAR = 2023;
    private static final String AGENCY = "health-bureau";
    /** A host only this test allows and removes, so other tests' allow-list is left alone. */
    private static final String HOST = "fuzz.example.gov.cn";
    private static final Set<String> EVERY_ROLE = Set.of("admin", "statistics", "reporter", "evaluator", "leadership", "viewer");

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    @Test
    void answersHostileInputWithoutServerErrorsAndWithProblemJson() throws Exception {
        String everyone = Tokens.of(EVERY_ROLE, AGENCY);
        Monitoring.openCycle(PLAN, YEAR, (YEAR + 1) + "-03-31");
        String submission = Monitoring.submit(PLAN, YEAR, AGENCY, List.of(Monitoring.row("HEALTH-3c", YEAR, 5.8)));
        String evaluation = given().auth().oauth2(everyone).contentType("application/json")
                .body(Map.of("type", "MIDTERM", "referenceYear", YEAR, "planTextZh", "模糊测试用的中期评估。",
                        "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post("/api/v1/plans/" + PLAN + "/evaluations").then().statusCode(201).extract().path("code");
        given().auth().oauth2(everyone).put("/api/v1/webhook-allowed-hosts/" + HOST).then().statusCode(200);
        // a documentation address (RFC 5737): public to the policy, and the tests' connector opens nothing but loopback
        resolver.answer(HOST, List.of("192.0.2.44"));
        String webhook = given().auth().oauth2(everyone).contentType("application/json")
                .body(Map.of("url", "https://" + HOST + "/hooks", "events", List.of("REPORT_PUBLISHED")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("code");

        ContractFuzzer fuzzer = ContractFuzzer.ofThisService().bearer(everyone);
        fuzzer.pathValues((op, name) -> switch (name) {
                    case "planCode" -> PLAN;
                    case "year" -> String.valueOf(YEAR);
                    case "agencyCode" -> AGENCY;
                    case "goalCode" -> "HEALTH-3";
                    case "host" -> HOST;
                    // "code" names whatever the path puts it under
                    case "code" -> op.path().contains("/submissions/") ? submission
                            : op.path().contains("/evaluations/") ? evaluation : webhook;
                    default -> "x";
                })
                .queryValues(Map.of("year", String.valueOf(YEAR)))
                .replaceInExamples(PeerServicesStub.CHANGNING, PLAN)
                .replaceInExamples("data.example.gov.cn", HOST);
        ContractFuzzer.Report report = fuzzer.run();
        System.out.println(report.summary());
        assertThat(report.failures()).as(report.summary() + "\n" + report.describeFailures()).isEmpty();
    }
}
