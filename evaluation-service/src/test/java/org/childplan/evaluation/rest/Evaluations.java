package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;

import java.util.Map;
import org.childplan.platform.testing.Tokens;

/** Drives an evaluation through its workflow for tests, each step as the role that takes it. */
final class Evaluations {

    private Evaluations() {
    }

    static String path(String plan, String code) {
        return "/api/v1/plans/" + plan + "/evaluations/" + code;
    }

    /** A new MIDTERM-2023 evaluation of the plan, compiled: its report is a draft. */
    static String compiled(String plan) {
        String code = given().spec(Tokens.as("evaluator")).contentType("application/json")
                .body(Map.of("type", "MIDTERM", "referenceYear", 2023, "planTextZh", "对2021—2023年规划实施情况开展中期评估。",
                        "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post("/api/v1/plans/" + plan + "/evaluations").then().statusCode(201).extract().path("code");
        act(plan, code, "leadership", "approve-plan", null);
        act(plan, code, "evaluator", "start-collecting", null);
        act(plan, code, "evaluator", "compile", null);
        return code;
    }

    static void findings(String plan, String code, String findingsZh) {
        String etag = given().spec(Tokens.as("evaluator")).get(path(plan, code)).then().extract().header("ETag");
        given().spec(Tokens.as("evaluator")).contentType("application/json").header("If-Match", etag)
                .body(Map.of("findingsZh", findingsZh)).put(path(plan, code) + "/findings").then().statusCode(200);
    }

    static void act(String plan, String code, String role, String action, String comment) {
        given().spec(Tokens.as(role)).contentType("application/json")
                .body(comment == null ? Map.of() : Map.of("comment", comment))
                .post(path(plan, code) + "/" + action).then().statusCode(200);
    }

    /** A compiled evaluation sealed, approved and published, with the given findings; returns its code. */
    static String published(String plan, String findingsZh) {
        String code = compiled(plan);
        findings(plan, code, findingsZh);
        act(plan, code, "evaluator", "submit-for-review", null);
        act(plan, code, "leadership", "approve", "同意");
        act(plan, code, "leadership", "publish", "同意发布");
        return code;
    }
}
