package org.childplan.console.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The workflow pages without any service (the test profile points the clients at a closed port): who may see which
 * page, that each still renders and says in words that the evaluation service is down, that it offers no workflow
 * button it could not back, and that a form POST without its CSRF token is refused.
 */
@QuarkusTest
class WorkflowPagesTest {

    @Test
    void aVisitorIsSentToSignInAndComesBackToTheAgencyPage() {
        given().redirects().follow(false).get("/agency")
                .then().statusCode(303).header("Location", containsString("/sign-in?next=%2Fagency"));
    }

    @Test
    void eachPageIsForItsRoleOnly() {
        given().cookie("childplan-session", Tokens.of("statistics")).get("/agency").then().statusCode(403);
        given().cookie("childplan-session", Tokens.of("reporter", "health-bureau")).get("/bureau").then().statusCode(403);
        given().cookie("childplan-session", Tokens.of("viewer")).get("/evaluations").then().statusCode(403);
    }

    @Test
    void theAgencyPageSaysInWordsThatTheEvaluationServiceIsDownAndShowsItsNavLink() {
        given().cookie("childplan-session", Tokens.of("reporter", "health-bureau")).get("/agency")
                .then().statusCode(200)
                .body(containsString("本机构应报数据"), containsString("评估服务暂时不可用"), containsString("href=\"/agency\""),
                        not(containsString("href=\"/bureau\"")));
    }

    @Test
    void theBureauPageStillOffersToOpenACycleWithLabelledFields() {
        given().cookie("childplan-session", Tokens.of("statistics")).get("/bureau")
                .then().statusCode(200)
                .body(containsString("评估服务暂时不可用"), containsString("<label for=\"open-year\">"),
                        containsString("<label for=\"open-due\">"), containsString("name=\"csrf-token\""));
    }

    @Test
    void anEvaluationWhoseServiceIsDownOffersNoStep() {
        given().cookie("childplan-session", Tokens.of("leadership")).get("/evaluations/MIDTERM-2023")
                .then().statusCode(200).body(containsString("评估服务暂时不可用"), not(containsString("/steps/")));
    }

    @Test
    void theEvaluationGroupIsOfferedTheNewEvaluationFormInBothLanguagesTheLeadingGroupIsNot() {
        given().cookie("childplan-session", Tokens.of("evaluator")).get("/evaluations")
                .then().statusCode(200).body(containsString("评估服务暂时不可用"), containsString("action=\"/evaluations\""),
                        containsString("新建评估"), containsString("<label for=\"new-plan\">评估方案</label>"));
        given().cookie("childplan-session", Tokens.of("evaluator")).get("/evaluations?lang=en")
                .then().statusCode(200).body(containsString("New evaluation"), containsString("Reference year"),
                        containsString(">Final evaluation</option>"), not(containsString("新建评估")));
        given().cookie("childplan-session", Tokens.of("leadership")).get("/evaluations")
                .then().statusCode(200).body(not(containsString("action=\"/evaluations\"")));
    }

    @Test
    void theEnglishPageIsInEnglish() {
        given().cookie("childplan-session", Tokens.of("statistics")).get("/bureau?lang=en")
                .then().statusCode(200).body(containsString("Statistics bureau: annual monitoring"), containsString("Open the cycle"));
    }

    @Test
    void aWorkflowFormPostWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).cookie("childplan-session", Tokens.of("statistics"))
                .formParam("year", "2024").formParam("opensOn", "2025-01-15").formParam("dueOn", "2025-03-31")
                .post("/bureau/cycles").then().statusCode(400);
    }
}
