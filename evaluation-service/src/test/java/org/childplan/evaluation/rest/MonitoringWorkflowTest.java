package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.childplan.evaluation.rest.Monitoring.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole annual monitoring cycle through the API, against real PostgreSQL and the peers' recorded answers. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class MonitoringWorkflowTest {

    /** One person holding every role of the workflow, at the health bureau; access itself is tested in AccessMatrixTest. */
    @org.junit.jupiter.api.BeforeAll
    static void actAsEveryRole() {
        org.childplan.platform.testing.Tokens.actAs("health-bureau", "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void collectsBaselineYearDataAgainstThePlansFirstCatalogue() {
        // the catalogue and the matrix start with the plan period (2021); the baseline year 2020 comes before it
        String plan = Monitoring.newPlan();
        given().contentType("application/json").body(Map.of("year", 2020, "opensOn", "2021-01-10", "dueOn", "2021-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(201)
                .body("expectedReports", greaterThan(50));
        Monitoring.accepted(plan, 2020, "health-bureau", List.of(row("HEALTH-3c", 2020, 10.0)));
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(row("HEALTH-3c", 2023, 9.0)));

        given().get("/api/v1/plans/" + plan + "/progress?year=2023&size=500").then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.baseYear", equalTo(2020))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.baseValue", equalTo(10.0f))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.latestYear", equalTo(2023))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.dataPoints", equalTo(2));
    }

    @Test
    void drivesACycleFromOpeningToALockedCorrection() {
        String plan = Monitoring.newPlan();
        String cycle = Monitoring.cycles(plan) + "/2023";
        String submissions = Monitoring.submissions(plan, 2023);

        // open: the expected reports come from the matrix and the catalogue
        given().contentType("application/json").body(Map.of("year", 2023, "opensOn", "2024-01-10", "dueOn", "2024-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("expectedReports", greaterThan(50));
        given().get(cycle + "/expected-reports?agency=education-bureau&size=500").then().statusCode(200)
                .body("items.indicatorCode", hasItem("HEALTH-9c"))
                .body("items.indicatorCode", org.hamcrest.Matchers.not(hasItem("HEALTH-3c")));

        // a batch with bad rows is refused whole, each bad row named
        given().contentType("application/json").body(Map.of("agencyCode", "health-bureau", "observations", List.of(
                        row("HEALTH-3c", 2023, 5.8),
                        row("HEALTH-2a", 2023, 120),
                        row("HEALTH-9c", 2023, 30),
                        row("HEALTH-99z", 2023, 1))))
                .post(submissions).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.row", contains(2, 3, 4))
                .body("errors.field", contains("value", "indicatorCode", "indicatorCode"))
                .body("errors[1].message", containsString("does not report indicator HEALTH-9c"));
        given().get(submissions).then().body("total", equalTo(0));

        // a valid batch is stored whole as a draft
        String code = given().contentType("application/json").body(Map.of("agencyCode", "health-bureau", "observations", List.of(
                        row("HEALTH-3c", 2023, 5.8), row("HEALTH-3c", 2023, "RURAL", 6.9), row("HEALTH-2a", 2023, 91.5))))
                .post(submissions).then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("observationCount", equalTo(3))
                .body("allowedActions", contains("submit"))
                .extract().path("code");

        // submit, return with a reason, fix by CSV, resubmit, accept
        given().post(submissions + "/" + code + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("onTime", notNullValue());
        given().post(submissions + "/" + code + "/submit").then().statusCode(409);
        given().contentType("application/json").body(Map.of("reason", "农村数据与上年相比波动过大，请核实"))
                .post(submissions + "/" + code + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("农村数据与上年相比波动过大，请核实"));
        given().contentType("text/csv").body("""
                        indicatorCode,year,residence,value,numerator,denominator,source
                        HEALTH-3c,2023,,5.8,29,5000,妇幼卫生年报
                        HEALTH-3c,2023,RURAL,6.4,,,妇幼卫生年报
                        HEALTH-2a,2023,,91.5,,,
                        """)
                .header("If-Match", Monitoring.etag(submissions + "/" + code))
                .put(submissions + "/" + code + "/observations").then().statusCode(200)
                .body("observationCount", equalTo(3));
        given().post(submissions + "/" + code + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().post(submissions + "/" + code + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("allowedActions", org.hamcrest.Matchers.empty());

        // illegal transitions answer 409
        given().post(submissions + "/" + code + "/accept").then().statusCode(409).contentType("application/problem+json")
                .body("detailZh", containsString("不能执行"));
        given().post(submissions + "/" + code + "/submit").then().statusCode(409);

        // close the cycle: its accepted data is locked
        given().post(cycle + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().contentType("application/json").body(Map.of("agencyCode", "health-bureau",
                "observations", List.of(row("HEALTH-2b", 2023, 92)))).post(submissions).then().statusCode(409);
        given().contentType("text/csv").body("indicatorCode,year,value\nHEALTH-3c,2023,5.5\n")
                .header("If-Match", Monitoring.etag(submissions + "/" + code))
                .put(submissions + "/" + code + "/observations").then().statusCode(409);

        // a correction is a revision with a reason, and the old value stays in the history
        given().contentType("application/json").body(Map.of("indicatorCode", "HEALTH-3c", "residence", "RURAL",
                        "value", 6.6, "reason", "年报终审修订"))
                .post(cycle + "/corrections").then().statusCode(201)
                .body("oldValue", equalTo(6.4f))
                .body("newValue", equalTo(6.6f))
                .body("valueVersion", equalTo(2));
        given().get(cycle + "/corrections?indicator=HEALTH-3c").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reason", equalTo("年报终审修订"));
        given().get(submissions + "/" + code + "/observations").then()
                .body("items.find { it.residence == 'RURAL' }.value", equalTo(6.6f))
                .body("items.find { it.residence == 'RURAL' }.valueVersion", equalTo(2));
        given().contentType("application/json").body(Map.of("indicatorCode", "HEALTH-3c", "value", 5.8, "numerator", 29, "denominator", 5000,
                        "reason", "无变化"))
                .post(cycle + "/corrections").then().statusCode(409);
    }

    @Test
    void rejectsSubmissionForIndicatorOutsideAgencyResponsibility() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(org.childplan.platform.testing.Tokens.as("reporter", "public-security-bureau")).contentType("application/json")
                .body(Map.of("agencyCode", "public-security-bureau", "observations", List.of(row("HEALTH-3c", 2023, 5.8))))
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .body("errors[0].row", equalTo(1))
                .body("errors[0].field", equalTo("indicatorCode"))
                .body("errors[0].messageZh", containsString("不负责报送"));
    }

    @Test
    void dryRunChecksWithoutStoring() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().contentType("application/json").body(Map.of("agencyCode", "health-bureau",
                        "observations", List.of(row("HEALTH-3c", 2023, 5.8))))
                .post(Monitoring.submissions(plan, 2023) + "?dryRun=true").then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("observationCount", equalTo(1));
        given().get(Monitoring.submissions(plan, 2023)).then().body("total", equalTo(0));
    }

    @Test
    void repeatingASubmissionWithItsIdempotencyKeyCreatesNothingNew() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        var body = Map.of("agencyCode", "health-bureau", "observations", List.of(row("HEALTH-3c", 2023, 5.8)));
        String first = given().contentType("application/json").header("Idempotency-Key", "k-" + plan).body(body)
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(201).extract().path("code");
        given().contentType("application/json").header("Idempotency-Key", "k-" + plan).body(body)
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("code", equalTo(first));
        given().get(Monitoring.submissions(plan, 2023)).then().body("total", equalTo(1));
    }

    @Test
    void csvSubmissionsNameTheAgencyAndReportRowErrors() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().contentType("text/csv").body("indicatorCode,year,value\nHEALTH-3c,2023,5.8\nHEALTH-3c,2023,abc\n")
                .post(Monitoring.submissions(plan, 2023) + "?agency=health-bureau").then().statusCode(400)
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("value"));
        // without ?agency= the token's agency reports (issue 14); a caller without one is asked, see BackfillAndDraftsTest
        given().contentType("text/csv").body("indicatorCode,year,value\nHEALTH-3c,2023,5.8\n")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(201)
                .body("agencyCode", equalTo("health-bureau"));
        given().contentType("text/csv").body("indicatorCode,year,value\nHEALTH-3c,2023,5.8\n")
                .post(Monitoring.submissions(plan, 2023) + "?agency=health-bureau").then().statusCode(201);
    }

    @Test
    void refusesToCloseWhileSubmissionsAwaitReview() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String code = Monitoring.submit(plan, 2023, "health-bureau", List.of(row("HEALTH-3c", 2023, 5.8)));
        Monitoring.act(plan, 2023, code, "submit");
        given().post(Monitoring.cycles(plan) + "/2023/close").then().statusCode(409)
                .body("detailZh", containsString("待审核"));
    }

    @Test
    void refusesADuplicateCycleAndYearsOutsideThePlan() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().contentType("application/json").body(Map.of("year", 2023, "opensOn", "2024-01-10", "dueOn", "2024-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(409);
        given().contentType("application/json").body(Map.of("year", 2019, "opensOn", "2020-01-10", "dueOn", "2020-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void namesEveryDomainOfTheCompletenessInChinese() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().get(Monitoring.cycles(plan) + "/2023/completeness").then().statusCode(200)
                .body("byDomain.find { it.code == 'HEALTH' }.nameZh", equalTo("儿童与健康"))
                .body("byDomain.find { it.code == 'EDUCATION' }.nameZh", equalTo("儿童与教育"))
                .body("byDomain.findAll { it.nameZh == null }", empty());
    }

    @Test
    void reportsCompletenessAndOverdueReportsPerAgencyAndDomain() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String code = Monitoring.submit(plan, 2023, "health-bureau", List.of(row("HEALTH-3c", 2023, 5.8), row("HEALTH-2a", 2023, 91)));
        Monitoring.act(plan, 2023, code, "submit");
        Monitoring.act(plan, 2023, code, "accept");
        given().get(Monitoring.cycles(plan) + "/2023/completeness").then().statusCode(200)
                .body("byAgency.find { it.code == 'health-bureau' }.submitted", equalTo(2))
                .body("byAgency.find { it.code == 'health-bureau' }.accepted", equalTo(2))
                // the cycle is opened today, after its due date: a back-fill, whose reports are not late (issue 14)
                .body("byAgency.find { it.code == 'health-bureau' }.late", equalTo(0))
                .body("byAgency.find { it.code == 'health-bureau' }.backfilled", equalTo(2))
                .body("byDomain.code", hasItem("HEALTH"))
                .body("total.expected", greaterThan(50))
                // the due date (2024-03-31) has passed, so everything else owed is overdue
                .body("overdue.indicatorCode", hasItem("HEALTH-9c"))
                .body("overdue.indicatorCode", org.hamcrest.Matchers.not(hasItem("HEALTH-3c")));
    }

    @Test
    void answersUnknownPlansAndCyclesWith404() {
        given().get(Monitoring.cycles("TEST-NOPE") + "/2023").then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("year", 2023, "opensOn", "2024-01-10", "dueOn", "2024-03-31"))
                .post(Monitoring.cycles("NOPE")).then().statusCode(404);
    }

    @Test
    void listsSubmissionsByAgencyAndStatus() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        Monitoring.submit(plan, 2023, "health-bureau", List.of(row("HEALTH-3c", 2023, 5.8)));
        Monitoring.submit(plan, 2023, "education-bureau", List.of(row("HEALTH-9c", 2023, 35)));
        given().get(Monitoring.submissions(plan, 2023) + "?agency=education-bureau").then()
                .body("items.code", containsInAnyOrder("2023-education-bureau-1"));
        given().get(Monitoring.submissions(plan, 2023) + "?status=SUBMITTED").then().body("total", equalTo(0));
        given().get(Monitoring.submissions(plan, 2023) + "?status=PENDING").then().statusCode(400);
    }
}
