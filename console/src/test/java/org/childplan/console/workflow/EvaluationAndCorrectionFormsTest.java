package org.childplan.console.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation group creates an evaluation from /evaluations, and the statistics bureau records a correction of an
 * accepted value from /bureau: each form sent with its CSRF token lands on the page of what it made; a refusal is the
 * same page under the service's status, in the service's words, with what was typed still in the form. The services
 * run on ports and databases of their own (offset 750), beside the whole-year walk's.
 */
@QuarkusTest
@QuarkusTestResource(value = WorkflowServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "offset", value = "750"))
class EvaluationAndCorrectionFormsTest {

    static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theEvaluationGroupCreatesAnEvaluationAndLandsOnItsPage() {
        String session = Tokens.of("evaluator");
        Response list = page(session, "/evaluations");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.asString()).contains("action=\"/evaluations\"", "<label for=\"new-year\">", "<option value=\"FINAL\"");

        // refused by the service (a reference year before 1949): its words, under its status, the typed plan kept
        Response refused = post(session, list, "/evaluations", Map.of("type", "FINAL", "referenceYear", "1900",
                "planTextZh", "终期评估方案（被拒绝）", "selfAssessmentDueOn", "2099-06-30", "reportDueOn", "2099-09-30"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("notice-problem", "referenceYear", ">终期评估方案（被拒绝）</textarea>",
                "value=\"1900\"", "value=\"2099-09-30\"", "<option value=\"FINAL\" selected>");

        Response created = post(session, list, "/evaluations", Map.of("type", "FINAL", "referenceYear", "2024",
                "planTextZh", "终期评估方案（控制台新建）", "selfAssessmentDueOn", "2099-06-30", "reportDueOn", "2099-09-30"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        Matcher location = Pattern.compile("/evaluations/([^/?]+)\\?done=evaluation-created$").matcher(created.header("Location"));
        assertThat(location.find()).as(created.header("Location")).isTrue();
        String code = location.group(1);

        Response evaluation = given().cookie("childplan-session", session).get(created.header("Location"));
        assertThat(evaluation.statusCode()).isEqualTo(200);
        assertThat(evaluation.asString()).contains("评估 " + code, "评估已新建（草稿）");
        String stored = given().header("Authorization", "Bearer " + session)
                .get(WorkflowServices.evaluation + "/api/v1/plans/" + PLAN + "/evaluations/" + code)
                .then().statusCode(200).extract().path("planTextZh");
        assertThat(stored).isEqualTo("终期评估方案（控制台新建）");
    }

    @Test
    void onlyTheEvaluationGroupIsOfferedTheFormAndMayPostIt() {
        String leadership = Tokens.of("leadership");
        Response list = page(leadership, "/evaluations");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.asString()).doesNotContain("action=\"/evaluations\"");
        Response refused = post(leadership, list, "/evaluations", Map.of("type", "MIDTERM", "referenceYear", "2023",
                "planTextZh", "不应新建", "selfAssessmentDueOn", "2099-06-30", "reportDueOn", "2099-09-30"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theBureauCorrectsAnAcceptedValueWithItsReason() {
        int year = 2021;
        String[] accepted = acceptedValue(year);
        String session = Tokens.of("statistics");
        Response bureau = page(session, "/bureau?year=" + year);
        assertThat(bureau.statusCode()).isEqualTo(200);
        assertThat(bureau.asString()).contains("action=\"/bureau/" + year + "/corrections\"", "<label for=\"fix-reason\">");

        // refused by the service (no such value): its words, under its status, what was typed kept
        Response refused = post(session, bureau, "/bureau/" + year + "/corrections", Map.of("indicatorCode", "NO-SUCH-1",
                "value", "7", "reason", "核对有误（被拒绝）", "sex", "FEMALE"));
        assertThat(refused.statusCode()).as(refused.asString()).isBetween(400, 499);
        assertThat(refused.asString()).contains("notice-problem", "value=\"NO-SUCH-1\"", ">核对有误（被拒绝）</textarea>",
                "<option value=\"FEMALE\" selected>");

        Response corrected = post(session, bureau, "/bureau/" + year + "/corrections", Map.of("indicatorCode", accepted[0],
                "value", "7", "reason", "卫生健康统计年报终审数据修订（控制台）"));
        assertThat(corrected.statusCode()).as(corrected.asString()).isEqualTo(303);
        assertThat(corrected.header("Location")).endsWith("/bureau?year=" + year + "&done=corrected");
        String after = given().cookie("childplan-session", session).get(corrected.header("Location")).asString();
        assertThat(after).contains("更正已记录", "卫生健康统计年报终审数据修订（控制台）", "<td class=\"num\">7</td>");
        List<String> reasons = given().header("Authorization", "Bearer " + session)
                .get(WorkflowServices.evaluation + "/api/v1/plans/" + PLAN + "/monitoring-cycles/" + year + "/corrections")
                .then().statusCode(200).extract().path("items.reason");
        assertThat(reasons).containsExactly("卫生健康统计年报终审数据修订（控制台）");
    }

    /**
     * One value accepted in a closed cycle, made through the service's API (the pages' own walk is WholeYearWalkTest):
     * the cycle opened, an owing agency's total for one indicator submitted and accepted, the cycle closed.
     * Returns the indicator and the agency.
     */
    private static String[] acceptedValue(int year) {
        String cycles = WorkflowServices.evaluation + "/api/v1/plans/" + PLAN + "/monitoring-cycles";
        String bureau = "Bearer " + Tokens.of("statistics");
        given().header("Authorization", bureau).contentType(ContentType.JSON)
                .body(Map.of("year", year, "opensOn", (year + 1) + "-01-15", "dueOn", "2099-03-31"))
                .post(cycles).then().statusCode(201);
        Response owed = given().header("Authorization", bureau).get(cycles + "/" + year + "/expected-reports?size=1");
        String agency = owed.path("items[0].agencyCode");
        String indicator = owed.path("items[0].indicatorCode");
        String clerk = "Bearer " + Tokens.of("reporter", agency);
        String submission = given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(Map.of("indicatorCode", indicator, "year", year, "value", 5))))
                .post(cycles + "/" + year + "/submissions").then().statusCode(201).extract().path("code");
        String one = cycles + "/" + year + "/submissions/" + submission;
        given().header("Authorization", clerk).header("If-Match", etag(clerk, one)).post(one + "/submit").then().statusCode(200);
        given().header("Authorization", bureau).header("If-Match", etag(bureau, one)).post(one + "/accept").then().statusCode(200);
        given().header("Authorization", bureau).header("If-Match", etag(bureau, cycles + "/" + year)).contentType(ContentType.JSON)
                .body(Map.of()).post(cycles + "/" + year + "/close").then().statusCode(200);
        return new String[] {indicator, agency};
    }

    private static String etag(String authorization, String url) {
        return given().header("Authorization", authorization).get(url).then().statusCode(200).extract().header("ETag");
    }

    /** A page, as a signed-in person's browser asks for it (its CSRF cookie is in the answer). */
    private static Response page(String session, String path) {
        return given().redirects().follow(false).cookie("childplan-session", session).get(path);
    }

    /** The page's form sent as a browser sends it: in UTF-8, with the page's CSRF cookie and token. */
    private static Response post(String session, Response page, String path, Map<String, String> form) {
        Matcher token = CSRF.matcher(page.asString());
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        var request = given().redirects().follow(false).cookie("childplan-session", session)
                .cookie("childplan-csrf", page.getCookie("childplan-csrf"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token.group(1));
        form.forEach(request::formParam);
        return request.post(path);
    }
}
