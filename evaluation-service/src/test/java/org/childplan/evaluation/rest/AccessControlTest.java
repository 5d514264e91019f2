package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.childplan.evaluation.rest.Monitoring.row;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agency staff reach only their own agency's data, refusals are audited, and only published reports are public. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class AccessControlTest {

    private static final String HEALTH = "health-bureau";
    private static final String EDUCATION = "education-bureau";

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    @Test
    void refusesATokenIssuedInTheFutureWith401() {
        String plan = Monitoring.newPlan();
        given().auth().oauth2(Tokens.issuedAt("statistics", java.time.Instant.now().plusSeconds(3600)))
                .get(Monitoring.cycles(plan)).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
                .body("type", equalTo("urn:childplan:problem:unauthenticated"))
                .body("detailZh", org.hamcrest.Matchers.containsString("签发时间"));
        given().auth().oauth2(Tokens.issuedAt("statistics", java.time.Instant.now().plusSeconds(30)))
                .get(Monitoring.cycles(plan)).then().statusCode(200);
    }

    @Test
    void answersAnUnsupportedMethodOnAnExistingResourceWith405AndAllow() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String code = Monitoring.submit(plan, 2023, HEALTH, List.of(row("HEALTH-3c", 2023, 5.8)));
        String submission = Monitoring.submissions(plan, 2023) + "/" + code;
        given().spec(Tokens.as("statistics")).delete(submission).then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", org.hamcrest.Matchers.containsString("GET"))
                .header("Allow", not(org.hamcrest.Matchers.containsString("DELETE")))
                .body("type", equalTo("urn:childplan:problem:method-not-allowed"));
        given().spec(Tokens.as("statistics")).delete(Monitoring.cycles(plan) + "/2023").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", org.hamcrest.Matchers.containsString("GET"));
        given().spec(Tokens.as("statistics")).get(submission + "/no-such-part").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aReporterCanNotReadOrChangeAnotherAgencysSubmission() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String code = Monitoring.submit(plan, 2023, HEALTH, List.of(row("HEALTH-3c", 2023, 5.8)));
        String submission = Monitoring.submissions(plan, 2023) + "/" + code;

        given().spec(Tokens.as("reporter", EDUCATION)).get(submission).then().statusCode(404)
                .contentType("application/problem+json");
        given().spec(Tokens.as("reporter", EDUCATION)).get(submission + "/observations").then().statusCode(404);
        given().spec(Tokens.as("reporter", EDUCATION)).contentType("text/csv").body("indicatorCode,year,value\nHEALTH-3c,2023,1\n")
                .put(submission + "/observations").then().statusCode(404);
        given().spec(Tokens.as("reporter", EDUCATION)).post(submission + "/submit").then().statusCode(404);
        given().spec(Tokens.as("reporter", EDUCATION)).get(Monitoring.submissions(plan, 2023)).then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        // guessing the next code of another agency does not help either
        given().spec(Tokens.as("reporter", EDUCATION)).get(Monitoring.submissions(plan, 2023) + "/2023-health-bureau-2").then()
                .statusCode(404);
        // its own staff still can
        given().spec(Tokens.as("reporter", HEALTH)).get(submission).then().statusCode(200).body("agencyCode", equalTo(HEALTH));
        given().spec(Tokens.as("statistics")).get(submission).then().statusCode(200);

        given().spec(Tokens.as("admin")).get("/api/v1/audit-events?agency=" + HEALTH + "&size=100").then().statusCode(200)
                .body("items.findAll { it.action == 'REFUSE' }.actor", hasItem("test-reporter-" + EDUCATION))
                .body("items.findAll { it.action == 'REFUSE' }.resourceKey", hasItem(code));
    }

    @Test
    void aReporterCanNotSubmitInAnotherAgencysName() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(Tokens.as("reporter", EDUCATION)).contentType("application/json")
                .body(Map.of("agencyCode", HEALTH, "observations", List.of(row("HEALTH-3c", 2023, 5.8))))
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(403)
                .contentType("application/problem+json");
        given().spec(Tokens.as("statistics")).get(Monitoring.submissions(plan, 2023)).then().body("total", equalTo(0));
        given().spec(Tokens.as("admin")).get("/api/v1/audit-events?agency=" + HEALTH + "&size=100").then()
                .body("items.findAll { it.action == 'REFUSE' }.actor", hasItem("test-reporter-" + EDUCATION));
    }

    @Test
    void aReporterCanNotReadOrWriteAnotherAgencysSelfAssessment() {
        String plan = Monitoring.newPlan();
        String evaluation = "/api/v1/plans/" + plan + "/evaluations";
        String code = given().spec(Tokens.as("evaluator")).contentType("application/json")
                .body(Map.of("type", "MIDTERM", "referenceYear", 2023, "planTextZh", "中期评估方案", "selfAssessmentDueOn", "2024-05-31",
                        "reportDueOn", "2024-08-31"))
                .post(evaluation).then().statusCode(201).extract().path("code");
        given().spec(Tokens.as("leadership")).contentType("application/json").body("{}")
                .post(evaluation + "/" + code + "/approve-plan").then().statusCode(200);
        given().spec(Tokens.as("evaluator")).contentType("application/json").body("{}")
                .post(evaluation + "/" + code + "/start-collecting").then().statusCode(200);
        String health = evaluation + "/" + code + "/self-assessments/" + HEALTH;

        given().spec(Tokens.as("reporter", EDUCATION)).get(health).then().statusCode(404);
        given().spec(Tokens.as("reporter", EDUCATION)).contentType("application/json").body(Map.of("progressZh", "篡改"))
                .put(health + "/items/HEALTH-3").then().statusCode(404);
        given().spec(Tokens.as("reporter", EDUCATION)).get(evaluation + "/" + code + "/self-assessments?size=100").then()
                .statusCode(200)
                .body("items.agencyCode", not(hasItem(HEALTH)))
                .body("items.agencyCode", hasItem(EDUCATION));
        given().spec(Tokens.as("reporter", HEALTH)).contentType("application/json").body(Map.of("progressZh", "进展顺利"))
                .header("If-Match", Monitoring.etag(Tokens.as("reporter", HEALTH), health))
                .put(health + "/items/HEALTH-3").then().statusCode(200);
        // even the evaluation group does not write an agency's own account
        given().spec(Tokens.as("evaluator")).contentType("application/json").body(Map.of("progressZh", "代写"))
                .put(health + "/items/HEALTH-3").then().statusCode(403);
    }

    @Test
    void anonymousCallersReadOnlyPublishedReports() {
        String plan = Monitoring.newPlan();
        given().get("/api/v1/plans/" + plan + "/progress?year=2023").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        String evaluation = "/api/v1/plans/" + plan + "/evaluations";
        String code = given().spec(Tokens.as("evaluator")).contentType("application/json")
                .body(Map.of("type", "FINAL", "referenceYear", 2025, "planTextZh", "终期评估方案", "selfAssessmentDueOn", "2026-05-31",
                        "reportDueOn", "2026-08-31"))
                .post(evaluation).then().statusCode(201).extract().path("code");
        String path = evaluation + "/" + code;
        given().spec(Tokens.as("leadership")).contentType("application/json").body("{}").post(path + "/approve-plan").then().statusCode(200);
        for (String step : new String[] {"start-collecting", "compile", "submit-for-review"}) {
            given().spec(Tokens.as("evaluator")).contentType("application/json").body("{}").post(path + "/" + step).then().statusCode(200);
        }
        given().spec(Tokens.as("leadership")).contentType("application/json").body("{}").post(path + "/approve").then().statusCode(200);
        given().accept("application/json").get(path + "/report").then().statusCode(401);
        given().spec(Tokens.as("viewer")).accept("application/json").get(path + "/report").then().statusCode(200);
        given().spec(Tokens.as("leadership")).contentType("application/json").body("{}").post(path + "/publish").then().statusCode(200);
        given().accept("application/json").get(path + "/report").then().statusCode(200).body("titleZh", equalTo("终期评估报告"));
        given().get("/api/v1/published-reports?size=500").then().statusCode(200).body("items.evaluationCode", hasItem(code));
    }

    @Test
    void recordsSubmittedRowsInTheAuditTrail() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String code = Monitoring.submit(plan, 2023, HEALTH, List.of(row("HEALTH-3c", 2023, 5.8), row("HEALTH-2a", 2023, 91)));
        given().spec(Tokens.as("admin")).get("/api/v1/audit-events?resource=" + code).then().statusCode(200)
                .body("items.action", hasItem("BULK_INSERT"))
                .body("items.find { it.action == 'BULK_INSERT' }.after.rows", equalTo(2))
                .body("items.find { it.action == 'BULK_INSERT' }.actor", equalTo("test-reporter-" + HEALTH))
                .body("items.find { it.action == 'CREATE' }.after.status", equalTo("DRAFT"));
    }
}
