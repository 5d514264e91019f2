package org.childplan.console.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development sign-in: the page lists agency-service's agencies to a visitor not yet signed in; a form POST with
 * its CSRF token mints a session cookie (HttpOnly, SameSite=Lax) that the pages after it recognise; a POST without the
 * token is refused. agency-service is a stub that lists agencies only to signed-in callers, as the real one does.
 */
@QuarkusTest
@QuarkusTestResource(value = AgencyServiceStub.class, restrictToAnnotatedClass = true)
class SignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theSignInPageListsTheAgenciesToAVisitorWhoIsNotSignedIn() {
        given().when().get("/sign-in")
                .then().statusCode(200)
                .body(containsString("<option value=\"" + AgencyServiceStub.AGENCY_CODE + "\""),
                        containsString(AgencyServiceStub.AGENCY_NAME),
                        not(containsString("agency-unavailable")));
    }

    @Test
    void aClerkSignsInWithAnAgencyChosenFromTheList() {
        Response form = given().when().get("/sign-in");
        Response signedIn = given().redirects().follow(false).cookie("childplan-csrf", form.getCookie("childplan-csrf"))
                .formParam("csrf-token", token(form.asString())).formParam("role", "reporter")
                .formParam("agency", AgencyServiceStub.AGENCY_CODE).formParam("next", "/")
                .when().post("/sign-in");
        signedIn.then().statusCode(303);
        given().cookie("childplan-session", signedIn.getCookie("childplan-session"))
                .when().get("/")
                .then().statusCode(200).body(containsString("当前用户：dev-reporter-" + AgencyServiceStub.AGENCY_CODE));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        Response refused = given().redirects().follow(false).formParam("role", "statistics").when().post("/sign-in");
        refused.then().statusCode(400);
        assertThat(refused.getCookies()).doesNotContainKey("childplan-session");
    }

    @Test
    void aFormPostWithATokenThatDoesNotMatchItsCookieIsRefused() {
        Response form = given().when().get("/sign-in");
        given().redirects().follow(false).cookie("childplan-csrf", form.getCookie("childplan-csrf"))
                .formParam("csrf-token", "not-the-token").formParam("role", "statistics")
                .when().post("/sign-in")
                .then().statusCode(400);
    }

    @Test
    void signingInAsTheStatisticsBureauSetsAnHttpOnlySessionCookieThatThePagesRecognise() {
        Response form = given().when().get("/sign-in");
        Response signedIn = given().redirects().follow(false).cookie("childplan-csrf", form.getCookie("childplan-csrf"))
                .formParam("csrf-token", token(form.asString())).formParam("role", "statistics").formParam("next", "/")
                .when().post("/sign-in");
        signedIn.then().statusCode(303).header("Location", containsString("/"));
        var session = signedIn.getDetailedCookie("childplan-session");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        given().cookie("childplan-session", signedIn.getCookie("childplan-session"))
                .when().get("/")
                .then().statusCode(200).body(containsString("当前用户：dev-statistics"), containsString("action=\"/sign-out\""));
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteLax() {
        String setCookie = given().when().get("/sign-in").then().statusCode(200).extract().headers().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith("childplan-csrf=")).findFirst().orElseThrow();
        assertThat(setCookie).containsPattern("(?i);\\s*HttpOnly").containsPattern("(?i);\\s*SameSite=Lax");
        assertThat(setCookie.toLowerCase().split("samesite", -1)).as("one SameSite attribute: " + setCookie).hasSize(2);
    }

    @Test
    void theSessionCookieCarriesOneSameSiteAttribute() {
        Response form = given().when().get("/sign-in");
        String setCookie = given().redirects().follow(false).cookie("childplan-csrf", form.getCookie("childplan-csrf"))
                .formParam("csrf-token", token(form.asString())).formParam("role", "viewer")
                .when().post("/sign-in").then().statusCode(303).extract().headers().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith("childplan-session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsPattern("(?i);\\s*HttpOnly").containsPattern("(?i);\\s*SameSite=Lax");
        assertThat(setCookie.toLowerCase().split("samesite", -1)).as("one SameSite attribute: " + setCookie).hasSize(2);
    }

    @Test
    void aReporterMustChooseAnAgency() {
        Response form = given().when().get("/sign-in");
        given().redirects().follow(false).cookie("childplan-csrf", form.getCookie("childplan-csrf"))
                .formParam("csrf-token", token(form.asString())).formParam("role", "reporter")
                .when().post("/sign-in")
                .then().statusCode(400).body(containsString("填报人员必须选择所属机构"));
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        Response form = given().when().get("/sign-in");
        given().redirects().follow(false).cookie("childplan-csrf", form.getCookie("childplan-csrf"))
                .formParam("csrf-token", token(form.asString())).formParam("role", "viewer")
                .formParam("next", "//evil.example/")
                .when().post("/sign-in")
                .then().statusCode(303).header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port + "/"));
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the form");
        }
        return m.group(1);
    }
}
