package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A county that records its responsibilities after the fact (issue 14): imported today, they must still answer for the
 * past years being back-filled, by a validity start the document sets, and a start set too late can move earlier.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class BackdatedResponsibilitiesTest {

    private static final String IMPORTS = "/api/v1/responsibility-imports";

    @BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    @Test
    void reimportingWithAnEarlierValidityStartMovesTodaysAssignmentsBackSoPastYearsHaveReporters() {
        String today = LocalDate.now().toString();
        String plan = TestData.plan();
        String lead = TestData.agencyCode();
        String leadName = TestData.nameZh("局");
        String provider = TestData.agencyCode();
        String providerName = TestData.nameZh("委");
        Map<String, Object> planEntry = planEntry(plan, today, leadName, providerName);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("formatVersion", "1.0");
        doc.put("agencies", List.of(TestData.agency(lead, leadName), TestData.agency(provider, providerName)));
        doc.put("plans", List.of(planEntry));
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(200)
                .body("counts.assignments.created", equalTo(3));
        // imported with today's date, they answer for no past year
        given().get("/api/v1/plans/" + plan + "/assignments?asOf=2022-12-31").then().statusCode(200).body("total", equalTo(0));

        planEntry.put("validFrom", "2020-01-01");
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(200)
                .body("counts.assignments.created", equalTo(0))
                .body("counts.assignments.changed", equalTo(3));

        for (String asOf : List.of("2020-12-31", "2021-01-01", "2022-12-31", "2023-12-31", today)) {
            given().get("/api/v1/plans/" + plan + "/assignments?asOf=" + asOf).then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.validFrom", everyItem(equalTo("2020-01-01")))
                    // the codes stay as created: they name the start the assignment was first recorded with
                    .body("items.code", everyItem(containsString(today)));
        }
        given().get("/api/v1/plans/" + plan + "/indicator-responsibilities?asOf=2020-12-31").then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-1a' }.dataProviders.code", contains(provider))
                .body("items.find { it.indicatorCode == 'HEALTH-1a' }.leads.code", contains(lead));
        // importing the first document again does not move them forward, and does not clash
        planEntry.put("validFrom", today);
        given().contentType("application/json").body(doc).post(IMPORTS).then().statusCode(409)
                .body("errors[0].message", startsWith("overlaps stored assignment"));
    }

    @Test
    void movesAnAssignmentsStartEarlierButNeverLater() {
        String plan = TestData.plan();
        String agency = TestData.createAgency();
        String today = LocalDate.now().toString();
        String code = TestData.assign(plan, agency, "INDICATOR", "HEALTH-1a", "DATA_PROVIDER", today);
        String path = "/api/v1/plans/" + plan + "/assignments/" + code;

        given().contentType("application/json").header("If-Match", etag(path)).body(Map.of("validFrom", "2021-01-01"))
                .put(path).then().statusCode(200)
                .body("code", equalTo(code))
                .body("validFrom", equalTo("2021-01-01"))
                .body("validTo", equalTo(null));
        given().get("/api/v1/plans/" + plan + "/assignments?asOf=2021-06-30").then().body("items.code", contains(code));

        given().contentType("application/json").header("If-Match", etag(path)).body(Map.of("validFrom", "2022-01-01"))
                .put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("validFrom"))
                .body("errors[0].messageZh", containsString("只能提前"));

        // an earlier, ended assignment of the same agency and role stands in the way of moving further back
        Map<String, Object> ended = TestData.assignment(agency, "INDICATOR", "HEALTH-1a", "DATA_PROVIDER", "2019-01-01");
        ended.put("validTo", "2019-12-31");
        given().contentType("application/json").body(ended).post("/api/v1/plans/" + plan + "/assignments").then().statusCode(201);
        given().contentType("application/json").header("If-Match", etag(path)).body(Map.of("validFrom", "2019-06-01"))
                .put(path).then().statusCode(409).body("errors[0].field", equalTo("validFrom"));
        given().contentType("application/json").header("If-Match", etag(path)).body(Map.of("validFrom", "2020-01-01"))
                .put(path).then().statusCode(200).body("validFrom", equalTo("2020-01-01"));
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> planEntry(String plan, String validFrom, String leadName, String providerName) {
        Map<String, Object> domain = new LinkedHashMap<>();
        domain.put("domainCode", "HEALTH");
        domain.put("leadUnits", List.of(leadName));
        domain.put("responsibleUnits", List.of(providerName));
        Map<String, Object> assignment = new LinkedHashMap<>();
        assignment.put("unit", providerName);
        assignment.put("scopeType", "INDICATOR");
        assignment.put("scopeCode", "HEALTH-1a");
        assignment.put("role", "DATA_PROVIDER");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("planCode", plan);
        entry.put("validFrom", validFrom);
        entry.put("domains", new ArrayList<>(List.of(domain)));
        entry.put("assignments", new ArrayList<>(List.of(assignment)));
        return entry;
    }
}
