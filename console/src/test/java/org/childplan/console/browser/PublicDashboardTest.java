package org.childplan.console.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public dashboard of the demo's published mid-term report, read over HTTP without signing in: its figures, the
 * report's files through the console, and a reader's feedback sent with the form's CSRF token.
 */
@QuarkusTest
@QuarkusTestResource(value = LiveServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "offset", value = "500"))
class PublicDashboardTest {

    static final String DASHBOARD = "/reports/" + LiveServices.PLAN + "/MIDTERM-2023";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void showsTheReportsFiguresByDomainWithItsCharts() throws Exception {
        JsonNode report = new ObjectMapper().readTree(given().get(DASHBOARD + "/download/json").then().statusCode(200)
                .extract().asByteArray());
        JsonNode indicator = null;
        for (JsonNode row : report.path("indicators")) {
            if (row.hasNonNull("latestValue")) {
                indicator = row;
                break;
            }
        }
        assertThat(indicator).as("an indicator with a latest value in the demo").isNotNull();
        String value = new BigDecimal(indicator.get("latestValue").asText()).stripTrailingZeros().toPlainString();

        String html = given().get(DASHBOARD).then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains(report.path("titleZh").asText(), "各领域指标进展",
                report.path("summary").get(0).path("nameZh").asText(), indicator.path("code").asText(),
                indicator.path("nameZh").asText(), value, "预警", "城乡与性别差距", "<svg", "<caption>");
        assertThat(html).as("only the statuses the service defines").doesNotContain("unknown_default");
        assertThat(html).as("a trend chart per indicator with values, titled by the indicator")
                .contains("<title>" + indicator.path("code").asText() + " ");
    }

    @Test
    void speaksEnglishWithLangEn() {
        String html = given().get(DASHBOARD + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(html).contains("lang=\"en\"", "Progress by domain", "Download the report", "Send feedback");
    }

    @Test
    void streamsEveryFormatWithItsMediaTypeAsAnAttachment() {
        assertThat(new String(expectFile("pdf", "application/pdf").asByteArray(), 0, 4)).isEqualTo("%PDF");
        assertThat(new String(expectFile("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .asByteArray(), 0, 2)).isEqualTo("PK");
        assertThat(expectFile("html", "text/html").asString()).contains("<html");
        assertThat(expectFile("json", "application/json").asString()).contains("\"evaluationCode\"");
        given().get(DASHBOARD + "/download/docx").then().statusCode(404);
    }

    @Test
    void anUnknownReportIsThe404Page() {
        given().get("/reports/" + LiveServices.PLAN + "/NO-SUCH-REPORT").then().statusCode(404).contentType("text/html");
    }

    @Test
    void aReaderSendsFeedbackAndGetsTheServicesReceipt() {
        Response form = given().get(DASHBOARD).then().statusCode(200).extract().response();
        String cookie = form.getCookie("childplan-csrf");
        String token = token(form.asString());

        given().cookie("childplan-csrf", cookie).formParam("csrf-token", token).formParam("commentZh", "  ")
                .post(DASHBOARD + "/feedback").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("请填写意见建议"));

        String answer = given().cookie("childplan-csrf", cookie).formParam("csrf-token", token)
                .formParam("commentZh", "建议增加各乡镇的数据。").formParam("authorName", "李女士")
                .post(DASHBOARD + "/feedback").then().statusCode(200).extract().asString();
        assertThat(answer).containsPattern("已收到您的意见（编号 PF-[0-9A-F]+）");

        given().formParam("commentZh", "没有令牌").post(DASHBOARD + "/feedback").then().statusCode(400);
    }

    private static Response expectFile(String format, String mediaType) {
        Response response = given().get(DASHBOARD + "/download/" + format);
        assertThat(response.statusCode()).as(format).isEqualTo(200);
        assertThat(response.contentType()).as(format).startsWith(mediaType);
        assertThat(response.header("Content-Disposition")).as(format)
                .isEqualTo("attachment; filename=\"" + LiveServices.PLAN + "-MIDTERM-2023." + format + "\"");
        assertThat(response.asByteArray()).as(format).isNotEmpty();
        return response;
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the form");
        }
        return m.group(1);
    }
}
