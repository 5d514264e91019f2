package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.evaluation.rest.Monitoring.row;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.report.ScorecardFormats;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The department scorecards over the API: an agency's figures from data made through the workflow (a back-filled and an
 * on-time cycle, a return, a correction, an issued self-assessment), the CSV and XLSX shapes, who may read them, and
 * the annual report's part on them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ScorecardResourceTest {

    private static final String AGENCY = "health-bureau";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeAll
    static void actAsEveryRole() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Tokens.actAs(AGENCY, "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    /**
     * 2022 (due 2023-03-31, long past): HEALTH-3c submitted late, returned once, submitted again and accepted, then
     * corrected. 2023 (due 2099-03-31): HEALTH-2a submitted on time and accepted. A mid-term evaluation for 2023 issued
     * self-assessments due 2024-05-31, which nobody submitted.
     */
    private static String planWithHistory() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2022, "2023-03-31");
        String code = Monitoring.submit(plan, 2022, AGENCY, new ArrayList<>(List.of(row("HEALTH-3c", 2022, 5.1))));
        Monitoring.act(plan, 2022, code, "submit");
        given().contentType("application/json").body(Map.of("reason", "分城乡数据口径不符，请核实"))
                .post(Monitoring.submissions(plan, 2022) + "/" + code + "/return").then().statusCode(200);
        Monitoring.act(plan, 2022, code, "submit");
        Monitoring.act(plan, 2022, code, "accept");
        given().contentType("application/json").body(Map.of("indicatorCode", "HEALTH-3c", "value", 5.0, "reason", "年报终审修订"))
                .post(Monitoring.cycles(plan) + "/2022/corrections").then().statusCode(201);
        Monitoring.openCycle(plan, 2023, "2099-03-31");
        String onTime = Monitoring.submit(plan, 2023, AGENCY, new ArrayList<>(List.of(row("HEALTH-2a", 2023, 88.0))));
        Monitoring.act(plan, 2023, onTime, "submit");
        Monitoring.act(plan, 2023, onTime, "accept");
        String evaluation = given().spec(Tokens.as("evaluator")).contentType("application/json")
                .body(Map.of("type", "MIDTERM", "referenceYear", 2023, "planTextZh", "对2021—2023年规划实施情况开展中期评估。",
                        "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post("/api/v1/plans/" + plan + "/evaluations").then().statusCode(201).extract().path("code");
        Evaluations.act(plan, evaluation, "leadership", "approve-plan", null);
        Evaluations.act(plan, evaluation, "evaluator", "start-collecting", null);
        return plan;
    }

    private static String scorecards(String plan) {
        return "/api/v1/plans/" + plan + "/scorecards";
    }

    private static int owed(String plan, int year) {
        return given().get(Monitoring.cycles(plan) + "/" + year + "/expected-reports?agency=" + AGENCY + "&size=1")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void countsAnAgencysReportsReturnsCorrectionsAndSelfAssessmentsWithTheItemsBehindThem() {
        String plan = planWithHistory();
        int owed2022 = owed(plan, 2022);
        int owed2023 = owed(plan, 2023);
        given().accept("application/json").get(scorecards(plan) + "/" + AGENCY + "?year=2023").then().statusCode(200)
                .body("agencyCode", equalTo(AGENCY))
                .body("agencyNameZh", equalTo("市卫生健康局"))
                .body("leadership.indicators", equalTo(41))
                .body("leadership.indicatorList.size()", equalTo(41))
                .body("leadership.statusCounts.values().sum()", equalTo(41))
                .body("leadership.indicatorList.find { it.indicatorCode == 'HEALTH-3c' }.goalCode", equalTo("HEALTH-3"))
                .body("reporting.cycles.year", equalTo(List.of(2022, 2023)))
                .body("reporting.cycles[0].tally.expected", equalTo(owed2022))
                .body("reporting.cycles[0].tally.submitted", equalTo(1))
                .body("reporting.cycles[0].tally.accepted", equalTo(1))
                // the 2022 cycle was opened after its due day: its report is back-filled, not late
                .body("reporting.cycles[0].tally.late", equalTo(0))
                .body("reporting.cycles[0].tally.backfilled", equalTo(1))
                .body("reporting.cycles[0].tally.onTime", equalTo(0))
                .body("reporting.cycles[0].tally.overdue", equalTo(owed2022 - 1))
                .body("reporting.cycles[0].items.find { it.indicatorCode == 'HEALTH-3c' }.timeliness", equalTo("BACKFILLED"))
                .body("reporting.cycles[0].returned", equalTo(1))
                .body("reporting.cycles[0].corrected", equalTo(1))
                .body("reporting.cycles[1].tally.onTime", equalTo(1))
                .body("reporting.cycles[1].tally.overdue", equalTo(0))
                .body("reporting.cycles[1].items.find { it.indicatorCode == 'HEALTH-2a' }.timeliness", equalTo("ON_TIME"))
                .body("reporting.total.expected", equalTo(owed2022 + owed2023))
                .body("reporting.total.submitted", equalTo(2))
                .body("returns.count", equalTo(1))
                .body("returns.items[0].reason", equalTo("分城乡数据口径不符，请核实"))
                .body("returns.items[0].statusNow", equalTo("ACCEPTED"))
                .body("returns.items[0].submissionLink", startsWith("/api/v1/plans/" + plan + "/monitoring-cycles/2022/submissions/2022-"))
                .body("corrections.count", equalTo(1))
                .body("corrections.items[0].reason", equalTo("年报终审修订"))
                .body("corrections.items[0].newValue", equalTo(5.0f))
                .body("selfAssessments.owed", equalTo(1))
                .body("selfAssessments.overdue", equalTo(1))
                .body("selfAssessments.items[0].timeliness", equalTo("OVERDUE"));
        // the links behind the figures answer, with the same items
        String submissionsLink = given().get(scorecards(plan) + "/" + AGENCY + "?year=2023").then()
                .extract().path("reporting.cycles[0].submissionsLink");
        given().get(submissionsLink).then().statusCode(200).body("total", equalTo(1));
        String correctionsLink = given().get(scorecards(plan) + "/" + AGENCY + "?year=2023").then()
                .extract().path("corrections.items[0].correctionsLink");
        given().get(correctionsLink).then().statusCode(200).body("items[0].reason", equalTo("年报终审修订"));
    }

    @Test
    void aYearBeforeTheLaterCycleLeavesItOut() {
        String plan = planWithHistory();
        given().get(scorecards(plan) + "/" + AGENCY + "?year=2022").then().statusCode(200)
                .body("reporting.cycles.year", equalTo(List.of(2022)))
                .body("selfAssessments.owed", equalTo(0));
    }

    @Test
    void listsEveryAgencyAndServesOneCsvRowAndAWorkbookWithTheItems() throws Exception {
        String plan = planWithHistory();
        given().get(scorecards(plan) + "?year=2023").then().statusCode(200)
                .body("year", equalTo(2023))
                .body("items.agencyCode", hasItem(AGENCY))
                .body("items.size()", greaterThan(10));
        int agencies = given().get(scorecards(plan) + "?year=2023").then().extract().path("items.size()");

        byte[] csv = given().accept("text/csv").get(scorecards(plan) + "?year=2023").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(",", ScorecardFormats.csvHeader()) + "\r\n");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(agencies + 1);
        List<String> header = List.of(lines.get(0).substring(1).split(","));
        List<String> health = lines.stream().filter(l -> l.startsWith(AGENCY + ",")).findFirst().map(l -> List.of(l.split(",")))
                .orElseThrow();
        assertThat(health).hasSameSizeAs(header);
        assertThat(health.get(header.indexOf("ledIndicators"))).isEqualTo("41");
        assertThat(health.get(header.indexOf("returned"))).isEqualTo("1");
        assertThat(health.get(header.indexOf("corrected"))).isEqualTo("1");
        assertThat(health.get(header.indexOf("submitted"))).isEqualTo("2");

        String one = given().accept("text/csv").get(scorecards(plan) + "/" + AGENCY + "?year=2023").then().statusCode(200)
                .extract().asString();
        assertThat(one.lines()).hasSize(2);

        byte[] xlsx = given().accept(XLSX).get(scorecards(plan) + "?year=2023").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("说明 About", "汇总 Summary", "牵头指标 Indicators led", "报送明细 Reports",
                    "退回 Returns", "更正 Corrections", "自评 Self-assessments");
            assertThat(book.getSheet("汇总 Summary").getLastRowNum()).isEqualTo(agencies);
            Sheet returns = book.getSheet("退回 Returns");
            assertThat(returns.getLastRowNum()).isEqualTo(1);
            assertThat(returns.getRow(1).getCell(5).getStringCellValue()).isEqualTo("分城乡数据口径不符，请核实");
            assertThat(book.getSheet("更正 Corrections").getRow(1).getCell(13).getStringCellValue()).isEqualTo("年报终审修订");
            assertThat(book.getSheet("牵头指标 Indicators led").getLastRowNum()).isGreaterThanOrEqualTo(41);
            assertThat(book.getSheet("说明 About").getRow(4).getCell(1).getStringCellValue()).contains("已报");
        }
    }

    @Test
    void isForTheLeadingGroupTheCommitteeOfficeAndAdmins() {
        String plan = Monitoring.newPlan();
        for (String role : List.of("leadership", "evaluator", "admin")) {
            given().spec(Tokens.as(role)).get(scorecards(plan) + "?year=2023").then().statusCode(200);
        }
        for (String role : List.of("viewer", "statistics")) {
            given().spec(Tokens.as(role)).get(scorecards(plan) + "?year=2023").then().statusCode(403);
        }
        given().spec(Tokens.as("reporter", AGENCY)).get(scorecards(plan) + "/" + AGENCY + "?year=2023").then().statusCode(403);
    }

    @Test
    void refusesABadYearAndAnUnknownPlanOrAgency() {
        String plan = Monitoring.newPlan();
        given().get(scorecards(plan) + "?year=abc").then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().get(scorecards(plan)).then().statusCode(400);
        given().get(scorecards(plan) + "?year=3000").then().statusCode(400);
        given().get(scorecards(plan) + "/no-such-agency?year=2023").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/v1/plans/NO-SUCH-PLAN/scorecards?year=2023").then().statusCode(404);
    }

    @Test
    void theAnnualReportHasAPartOnTheScorecards() throws Exception {
        String plan = planWithHistory();
        String html = given().accept("text/html").get(Monitoring.cycles(plan) + "/2023/report").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("<li><a href=\"#s6\">六、成员单位目标责任落实情况</a></li>")
                .contains("<h2 id=\"s6\">六、成员单位目标责任落实情况");
        String part = html.substring(html.indexOf("<h2 id=\"s6\">"), html.indexOf("<div class=\"appendix\">"));
        // the health bureau: 41 led indicators; one report on time (2023), none late, one back-filled (2022); one return,
        // one correction; its one self-assessment not in time
        assertThat(part).containsPattern("<td>市卫生健康局</td><td class=\"num\">41</td><td class=\"num\">\\d+</td>"
                + "<td class=\"num\">\\d+</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td>"
                + "<td class=\"num\">\\d+</td>"
                + "<td class=\"num\">[0-9.]+%</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0/1</td></tr>");
        byte[] pdf = given().accept("application/pdf").get(Monitoring.cycles(plan) + "/2023/report").then().statusCode(200)
                .extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("六、成员单位目标责任落实情况");
        }
        byte[] xlsx = given().accept(XLSX).get(Monitoring.cycles(plan) + "/2023/report").then().statusCode(200).extract().asByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("目标责任 Scorecards");
            assertThat(sheet).isNotNull();
            boolean found = false;
            for (var row : sheet) {
                found |= row.getCell(0) != null && AGENCY.equals(row.getCell(0).getStringCellValue());
            }
            assertThat(found).isTrue();
        }
    }
}
