package org.childplan.console.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A signed-in person on a page meant for another role gets the console's 403 page, in Chinese and in English, never a
 * 500: whether the page checks the role itself (the workflow pages' Access) or by {@code @RolesAllowed}, which refuses
 * before the CSRF filter has run, and for a form POST as for a GET. A session cookie that cannot be read is a visitor
 * sent to sign-in, not an error.
 */
@QuarkusTest
class WrongRoleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPageForAnotherRoleIsThe403PageInChineseAndInEnglish() {
        String[][] wrong = {
                {"/bureau", "reporter"}, {"/evaluations", "reporter"}, {"/evaluations/MIDTERM-2023", "viewer"},
                {"/agency", "statistics"}, {"/agency/2024/template", "evaluator"}, {"/test-only/statistics-page", "reporter"}};
        for (String[] c : wrong) {
            String session = c[1].equals("reporter") ? Tokens.of("reporter", "health-bureau") : Tokens.of(c[1]);
            Response zh = given().redirects().follow(false).cookie("childplan-session", session)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get(c[0]);
            assertThat(zh.statusCode()).as(c[1] + " on " + c[0]).isEqualTo(403);
            assertThat(zh.contentType()).as(c[1] + " on " + c[0]).startsWith("text/html");
            assertThat(zh.asString()).as(c[1] + " on " + c[0]).contains("<html lang=\"zh-CN\">", "没有权限", "请退出后以有权限的身份重新登录");
            Response en = given().redirects().follow(false).cookie("childplan-session", session).get(c[0] + "?lang=en");
            assertThat(en.statusCode()).as(c[1] + " on " + c[0] + " in English").isEqualTo(403);
            assertThat(en.asString()).as(c[1] + " on " + c[0] + " in English")
                    .contains("<html lang=\"en\">", "Not allowed", "sign out and sign in as someone who may");
        }
    }

    @Test
    void aFormPostedByAnotherRoleIsThe403Page() {
        Response form = given().get("/sign-in");
        Matcher token = CSRF.matcher(form.asString());
        assertThat(token.find()).isTrue();
        for (String path : new String[] {"/bureau/cycles", "/evaluations", "/bureau/2024/corrections"}) {
            Response refused = given().redirects().follow(false).cookie("childplan-session", Tokens.of("reporter", "health-bureau"))
                    .cookie("childplan-csrf", form.getCookie("childplan-csrf")).formParam("csrf-token", token.group(1))
                    .formParam("year", "2024").post(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.asString()).as(path).contains("没有权限");
        }
    }

    @Test
    void thePlatformsAuditApiIsNotServedByTheConsoleWhichHasNoDatabase() {
        // an administrator once got 500 here: the platform's @RolesAllowed(admin) resource, with no audit table behind it
        given().redirects().follow(false).cookie("childplan-session", Tokens.of("admin")).get("/api/v1/audit-events")
                .then().statusCode(404);
    }

    @Test
    void aSessionCookieThatCannotBeReadSendsToSignIn() {
        given().redirects().follow(false).cookie("childplan-session", "not-a-token").get("/bureau")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.containsString("/sign-in?next=%2Fbureau"));
        given().redirects().follow(false).cookie("childplan-session", "not-a-token").get("/sign-in")
                .then().statusCode(200);
    }
}
