package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.platform.testing.AccessMatrix.EVERYONE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.childplan.platform.testing.AccessMatrix;
import org.childplan.platform.testing.BodyLimitChecks;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may call what: the catalogue is public to read; only admins change it or read the audit trail. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AccessMatrixTest {

    private static final Set<String> ADMIN = Set.of("admin");

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    @Test
    void everyOperationAnswersEachRoleAsExpected() throws Exception {
        Map<String, Set<String>> allowed = new HashMap<>();
        for (String read : new String[] {"listPlans", "getPlan", "getCatalogue", "exportPlanDocument", "listDomains", "getDomain",
                "listGoals", "getGoal", "listMeasures", "getMeasure", "listIndicators", "getIndicator", "listIndicatorVersions",
                "listReportingAreas", "getReportingArea", "listDisaggregationDimensions", "listUnits", "getPlanDocumentSchema"}) {
            allowed.put(read, EVERYONE);
        }
        for (String write : new String[] {"createPlan", "updatePlan", "createDomain", "updateDomain", "createGoal", "updateGoal",
                "createMeasure", "updateMeasure", "createIndicator", "reviseIndicator", "createReportingArea",
                "updateReportingArea", "importPlan", "listAuditEvents"}) {
            allowed.put(write, ADMIN);
        }
        assertThat(AccessMatrix.check(allowed, Map.of("planCode", "CN-430482-CHILDREN-2021-2025", "domainCode", "HEALTH",
                "goalCode", "HEALTH-3", "measureCode", "HEALTH-M1", "indicatorCode", "HEALTH-3a", "areaCode", "430482"),
                "health-bureau")).isEmpty();
    }

    @Test
    void refusesAForgedOrExpiredTokenWith401() {
        String token = Tokens.of("admin");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        given().header("Authorization", "Bearer " + forged).contentType("application/json").body("{}")
                .post("/api/v1/plans").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void recordsEveryWriteInTheAuditTrailWithBeforeAndAfter() {
        String code = TestPlans.uniqueCode();
        given().spec(Tokens.as("admin")).contentType("application/json").body("""
                {"code": "%s", "titleZh": "审计测试规划", "jurisdictionCode": "999999", "jurisdictionZh": "测试县",
                 "periodStart": 2021, "periodEnd": 2025}""".formatted(code)).post("/api/v1/plans").then().statusCode(201);
        given().spec(Tokens.as("admin")).contentType("application/json").body("""
                {"titleZh": "审计测试规划（修订）", "jurisdictionCode": "999999", "jurisdictionZh": "测试县",
                 "periodStart": 2021, "periodEnd": 2025}""")
                .header("If-Match", given().spec(Tokens.as("admin")).get("/api/v1/plans/" + code).then().extract().header("ETag"))
                .put("/api/v1/plans/" + code).then().statusCode(200);
        given().spec(Tokens.as("admin")).get("/api/v1/audit-events?resource=" + code).then().statusCode(200)
                .body("items.action", hasItem("UPDATE"))
                .body("items.find { it.action == 'UPDATE' }.actor", equalTo("test-admin"))
                .body("items.find { it.action == 'UPDATE' }.before.titleZh", equalTo("审计测试规划"))
                .body("items.find { it.action == 'UPDATE' }.after.titleZh", equalTo("审计测试规划（修订）"))
                .body("items.find { it.action == 'UPDATE' }.requestMethod", equalTo("PUT"))
                .body("items.find { it.action == 'CREATE' }.after.jurisdictionZh", equalTo("测试县"))
                .body("items[0].requestId", notNullValue());
        given().spec(Tokens.as("admin")).get("/api/v1/audit-events?user=test-admin&from=2000-01-01").then().statusCode(200)
                .body("items.resourceKey", hasItem(code));
        given().spec(Tokens.as("viewer")).get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    void refusesBodiesAboveTheLimitWith413ProblemWithoutReadingThem() throws Exception {
        BodyLimitChecks.refuseOversizedBodiesWithoutReadingThem(RestAssured.port, "/api/v1/plans", Tokens.of("admin"),
                "titleZh", 10_485_760);
    }
}
