package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.childplan.platform.testing.Tokens;

/** Drives the monitoring API for tests: each test gets its own plan code, which the peer stub answers for. */
final class Monitoring {

    private Monitoring() {
    }

    static String newPlan() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String cycles(String plan) {
        return "/api/v1/plans/" + plan + "/monitoring-cycles";
    }

    static String submissions(String plan, int year) {
        return cycles(plan) + "/" + year + "/submissions";
    }

    static void openCycle(String plan, int year, String dueOn) {
        given().spec(Tokens.as("statistics")).contentType("application/json")
                .body(Map.of("year", year, "opensOn", year + 1 + "-01-10", "dueOn", dueOn))
                .post(cycles(plan)).then().statusCode(201);
    }

    static Map<String, Object> row(String indicator, int year, Number value) {
        Map<String, Object> row = new HashMap<>();
        row.put("indicatorCode", indicator);
        row.put("year", year);
        row.put("value", value);
        return row;
    }

    static Map<String, Object> row(String indicator, int year, String residence, Number value) {
        Map<String, Object> row = row(indicator, year, value);
        row.put("residence", residence);
        return row;
    }

    /** The ETag of the resource at {@code path}, for If-Match: what a careful client reads before it updates. */
    static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    static String etag(io.restassured.specification.RequestSpecification as, String path) {
        return given().spec(as).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Creates a DRAFT submission and returns its code. */
    static String submit(String plan, int year, String agency, List<Map<String, Object>> rows) {
        return given().spec(Tokens.as("reporter", agency)).contentType("application/json")
                .body(Map.of("agencyCode", agency, "observations", rows))
                .post(submissions(plan, year)).then().statusCode(201).extract().path("code");
    }

    /** Submitting is the agency's (named in the code, e.g. 2023-health-bureau-1); accepting and returning the bureau's. */
    static void act(String plan, int year, String code, String action) {
        String agency = code.substring(code.indexOf('-') + 1, code.lastIndexOf('-'));
        given().spec(action.equals("submit") ? Tokens.as("reporter", agency) : Tokens.as("statistics"))
                .post(submissions(plan, year) + "/" + code + "/" + action).then().statusCode(200);
    }

    /** Opens the year's cycle (if needed), and has the rows submitted and accepted. */
    static void accepted(String plan, int year, String agency, List<Map<String, Object>> rows) {
        int status = given().spec(Tokens.as("viewer")).get(cycles(plan) + "/" + year).then().extract().statusCode();
        if (status == 404) {
            openCycle(plan, year, (year + 1) + "-03-31");
        }
        String code = submit(plan, year, agency, new ArrayList<>(rows));
        act(plan, year, code, "submit");
        act(plan, year, code, "accept");
    }

    /** A plan with under-5 mortality 10‰ (2020) falling to 9‰ (2023) against ≤ 6.0‰, urban and rural values, and a coverage. */
    static String planWithMortalitySeries() {
        String plan = newPlan();
        double[] totals = {10.0, 9.6, 9.3, 9.0};
        double[] urban = {7.0, 6.8, 6.6, 6.5};
        double[] rural = {12.0, 11.4, 11.0, 10.5};
        for (int i = 0; i < totals.length; i++) {
            int year = 2020 + i;
            accepted(plan, year, "health-bureau", List.of(row("HEALTH-3c", year, totals[i]),
                    row("HEALTH-3c", year, "URBAN", urban[i]), row("HEALTH-3c", year, "RURAL", rural[i]),
                    row("HEALTH-2a", year, 80 + 2 * i)));
        }
        return plan;
    }
}
