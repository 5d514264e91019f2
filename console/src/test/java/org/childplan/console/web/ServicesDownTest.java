package org.childplan.console.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console with every service down (the test profile points the clients at a closed port): each page says in
 * words which service is unavailable, in Chinese and in English, and still renders the rest (layout, sign-in).
 */
@QuarkusTest
class ServicesDownTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void thePublicPageSaysTheEvaluationServiceIsUnavailableAndKeepsItsLayout() {
        given().when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"), containsString("评估服务暂时不可用"),
                        containsString("跳到正文"), containsString("href=\"/sign-in\""));
    }

    @Test
    void theSamePageInEnglishSaysSoInEnglishAndKeepsTheChoiceInACookie() {
        given().queryParam("lang", "en").when().get("/")
                .then().statusCode(200)
                .cookie("childplan-lang", "en")
                .body(containsString("<html lang=\"en\">"), containsString("The evaluation service is unavailable"),
                        not(containsString("评估服务暂时不可用")));
        given().cookie("childplan-lang", "en").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theSignInPageStillListsTheRolesWhenAgenciesCannotBeListed() {
        given().when().get("/sign-in")
                .then().statusCode(200)
                .body(containsString("value=\"reporter\""), containsString("value=\"statistics\""),
                        containsString("value=\"evaluator\""), containsString("value=\"leadership\""),
                        containsString("value=\"viewer\""), containsString("value=\"admin\""),
                        containsString("机构服务暂时不可用，无法列出机构"));
    }
}
