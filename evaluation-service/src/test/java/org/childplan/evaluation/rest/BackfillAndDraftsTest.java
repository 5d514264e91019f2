package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.evaluation.rest.Monitoring.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.webhook.StubHostResolver;
import org.childplan.evaluation.webhook.WebhookDelivery;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Monitoring as counties practise it (issue 14): past years back-filled, cycles closed with drafts still open, and
 * the agency given once, by the token.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class BackfillAndDraftsTest {

    @PeerServicesStub.Inject
    WireMockServer peers;
    @Inject
    StubHostResolver resolver;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- back-filling

    @Test
    void refusesAYearNobodyAnswersForNamingTheDateItCheckedAndTheWayOut() {
        String plan = Monitoring.newPlan();
        PeerServicesStub.unassigned(peers, plan);
        given().spec(Tokens.as("statistics")).contentType("application/json")
                .body(Map.of("year", 2022, "opensOn", "2023-01-10", "dueOn", "2023-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(409)
                .body("detail", containsString("as of 2022-12-31"))
                .body("detail", containsString("validFrom on or before 2022-12-31"))
                .body("detail", containsString("/assignments/{code}"))
                .body("detailZh", containsString("截至2022-12-31"))
                .body("detailZh", containsString("validFrom"))
                .body("errors[0].message", equalTo("responsibilities as of 2022-12-31: none"));
        // the baseline year is governed by the plan's first day, and the answer says so
        given().spec(Tokens.as("statistics")).contentType("application/json")
                .body(Map.of("year", 2020, "opensOn", "2021-01-10", "dueOn", "2021-03-31"))
                .post(Monitoring.cycles(plan)).then().statusCode(409)
                .body("detail", containsString("as of 2021-01-01 (the plan's first day, which governs its baseline year)"))
                .body("detailZh", containsString("基期年"));
    }

    @Test
    void opensEveryPastYearWithTheResponsibilitiesInForceThatYear() {
        String plan = Monitoring.newPlan();
        for (int year = 2020; year <= 2023; year++) {
            given().spec(Tokens.as("statistics")).contentType("application/json")
                    .body(Map.of("year", year, "opensOn", (year + 1) + "-01-10", "dueOn", (year + 1) + "-03-31"))
                    .post(Monitoring.cycles(plan)).then().statusCode(201);
        }
        for (String asOf : List.of("2021-01-01", "2021-12-31", "2022-12-31", "2023-12-31")) {
            assertThat(peers.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                    "/api/v1/plans/" + plan + "/indicator-responsibilities"))
                    .withQueryParam("asOf", com.github.tomakehurst.wiremock.client.WireMock.equalTo(asOf))))
                    .as("responsibilities asked as of " + asOf).isNotEmpty();
        }
    }

    @Test
    void marksSubmissionsToACycleOpenedAfterItsDueDateAsBackfilledNotLate() {
        String plan = Monitoring.newPlan();
        // 2021's reports were due on 31 March 2022; the county loads the year only now
        Monitoring.openCycle(plan, 2021, "2022-03-31");
        String code = Monitoring.submit(plan, 2021, "health-bureau", List.of(row("HEALTH-3c", 2021, 9.6)));
        Monitoring.act(plan, 2021, code, "submit");
        given().spec(Tokens.as("viewer")).get(Monitoring.submissions(plan, 2021) + "/" + code).then().statusCode(200)
                .body("timeliness", equalTo("BACKFILLED"))
                .body("timelinessZh", equalTo("补报"))
                .body("onTime", equalTo(false));
        given().spec(Tokens.as("viewer")).get(Monitoring.cycles(plan) + "/2021/completeness").then().statusCode(200)
                .body("total.submitted", equalTo(1))
                .body("total.backfilled", equalTo(1))
                .body("total.late", equalTo(0))
                .body("total.onTime", equalTo(0))
                .body("byAgency.find { it.code == 'health-bureau' }.backfilled", equalTo(1));

        // a cycle opened in time judges its submissions on time (or late) as before
        Monitoring.openCycle(plan, 2023, "2099-03-31");
        String current = Monitoring.submit(plan, 2023, "health-bureau", List.of(row("HEALTH-3c", 2023, 9.0)));
        Monitoring.act(plan, 2023, current, "submit");
        given().spec(Tokens.as("viewer")).get(Monitoring.submissions(plan, 2023) + "/" + current).then().statusCode(200)
                .body("timeliness", equalTo("ON_TIME"))
                .body("onTime", equalTo(true));
    }

    // ---- no stranded drafts

    @Test
    void refusesToCloseACycleWithOpenDraftsListingThem() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String draft = Monitoring.submit(plan, 2023, "health-bureau", List.of(row("HEALTH-3c", 2023, 5.8)));
        String returned = Monitoring.submit(plan, 2023, "education-bureau", List.of(row("HEALTH-9c", 2023, 90)));
        Monitoring.act(plan, 2023, returned, "submit");
        returnIt(plan, returned);

        given().spec(Tokens.as("statistics")).post(Monitoring.cycles(plan) + "/2023/close").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2 draft submission(s)"))
                .body("detail", containsString("\"force\": true"))
                .body("errors.message", contains(
                        returned + " of agency education-bureau is RETURNED", draft + " of agency health-bureau is DRAFT"))
                .body("errors.messageZh", contains(
                        "education-bureau的报送" + returned + "状态为已退回", "health-bureau的报送" + draft + "状态为草稿"));
        given().spec(Tokens.as("viewer")).get(Monitoring.cycles(plan) + "/2023").then().body("status", equalTo("OPEN"));
        // the drafts can still be finished
        Monitoring.act(plan, 2023, draft, "submit");
    }

    @Test
    void forcedCloseWithdrawsTheDraftsTellsTheirAgenciesAndKeepsThemReadable() throws Exception {
        String host = WebhookTest.allow(WebhookTest.unique("withdrawn"));
        resolver.answer(host, List.of("203.0.113.10"));
        String hook = given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "https://" + host + "/hooks", "events", List.of("SUBMISSION_WITHDRAWN")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("code");

        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String draft = Monitoring.submit(plan, 2023, "health-bureau", List.of(row("HEALTH-3c", 2023, 5.8)));
        String returned = Monitoring.submit(plan, 2023, "education-bureau", List.of(row("HEALTH-9c", 2023, 90)));
        Monitoring.act(plan, 2023, returned, "submit");
        returnIt(plan, returned);
        String close = Monitoring.cycles(plan) + "/2023/close";

        given().spec(Tokens.as("statistics")).contentType("application/json").body(Map.of("force", true))
                .post(close).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().spec(Tokens.as("statistics")).contentType("application/json")
                .body(Map.of("force", true, "reason", "2023年度数据已汇总上报，未提交的草稿作撤销处理。"))
                .post(close).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("2023年度数据已汇总上报，未提交的草稿作撤销处理。"));

        for (String[] s : new String[][] {{draft, "health-bureau"}, {returned, "education-bureau"}}) {
            String path = Monitoring.submissions(plan, 2023) + "/" + s[0];
            given().spec(Tokens.as("reporter", s[1])).get(path).then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"))
                    .body("statusZh", equalTo("已撤销（周期已关闭）"))
                    .body("withdrawnBy", equalTo("test-statistics"))
                    .body("withdrawReason", containsString("作撤销处理"))
                    .body("allowedActions", empty());
            given().spec(Tokens.as("reporter", s[1])).get(path + "/observations").then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.hasSize(1));
            given().spec(Tokens.as("reporter", s[1])).post(path + "/submit").then().statusCode(409);
        }
        given().spec(Tokens.as("viewer")).get(Monitoring.submissions(plan, 2023) + "?status=WITHDRAWN").then().statusCode(200)
                .body("items.code", containsInAnyOrder(draft, returned));

        JsonPath deliveries = WebhookTest.awaitDeliveries(hook, d -> d.getList("items").size() == 2);
        assertThat(deliveries.getList("items.event")).containsOnly("SUBMISSION_WITHDRAWN");
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>list(
                "subscription.code = ?1", hook).stream().map(d -> d.payload).toList());
        assertThat(payloads).anySatisfy(p -> assertThat(p).contains("\"agencyCode\":\"health-bureau\"")
                .contains("\"submissionCode\":\"" + draft + "\"").contains("\"previousStatus\":\"DRAFT\"").contains("作撤销处理"));
        assertThat(payloads).anySatisfy(p -> assertThat(p).contains("\"agencyCode\":\"education-bureau\"")
                .contains("\"previousStatus\":\"RETURNED\""));
        WebhookTest.deactivate(hook);
    }

    // ---- the token's agency

    @Test
    void takesTheAgencyFromTheTokenForJsonAndCsv() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json")
                .body(Map.of("observations", List.of(row("HEALTH-3c", 2023, 5.8))))
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(201)
                .body("agencyCode", equalTo("health-bureau"));
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("text/csv")
                .body("indicatorCode,year,residence,value\nHEALTH-3c,2023,RURAL,6.4\n")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(201)
                .body("agencyCode", equalTo("health-bureau"))
                .body("timeliness", nullValue());
    }

    @Test
    void refusesAnotherAgencyThanTheTokensWith403() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json")
                .body(Map.of("agencyCode", "education-bureau", "observations", List.of(row("HEALTH-9c", 2023, 90))))
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(403);
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("text/csv")
                .body("indicatorCode,year,value\nHEALTH-9c,2023,90\n")
                .post(Monitoring.submissions(plan, 2023) + "?agency=education-bureau").then().statusCode(403);
    }

    @Test
    void asksACallerWithoutAnAgencyToNameOne() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        // the statistics bureau holding the reporter role too, as in a small county: its token names no agency
        var noAgency = new io.restassured.builder.RequestSpecBuilder()
                .setAuth(RestAssured.oauth2(Tokens.of(java.util.Set.of("statistics", "reporter"), null))).build();
        given().spec(noAgency).contentType("application/json")
                .body(Map.of("observations", List.of(row("HEALTH-3c", 2023, 5.8))))
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .body("errors[0].field", equalTo("agency"))
                .body("errors[0].message", containsString("your token names no agency"))
                .body("errors[0].messageZh", containsString("令牌未指定所属单位"));
        given().spec(noAgency).contentType("text/csv").body("indicatorCode,year,value\nHEALTH-3c,2023,5.8\n")
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(400)
                .body("errors[0].field", equalTo("agency"));
    }

    private static void returnIt(String plan, String code) {
        given().spec(Tokens.as("statistics")).contentType("application/json").body(Map.of("reason", "请核实后重报。"))
                .post(Monitoring.submissions(plan, 2023) + "/" + code + "/return").then().statusCode(200);
    }
}
