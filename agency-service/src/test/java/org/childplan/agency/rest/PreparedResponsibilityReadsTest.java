package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.representation.Representations;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The responsibility matrix and indicator-responsibilities are answered from prepared representations: the bytes
 * served before, an ETag, 304 on If-None-Match, private caching only (they need a token), and a new representation
 * after a write through the API or straight into the database.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class PreparedResponsibilityReadsTest {

    private static final String ETAG = "\"[A-Za-z0-9_-]{22}\"";

    @Inject
    Representations representations;

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void actAsAdmin() {
        Tokens.actAs("admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @Test
    void theJsonIsTheBytesTheRestLayerWroteBefore() {
        String plan = TestData.plan();
        TestData.assign(plan, TestData.createAgency(), "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        String before = given().get("/test-only/views-as-served-before/" + plan + "/responsibility-matrix").then()
                .statusCode(200).extract().asString();
        String beforeType = given().get("/test-only/views-as-served-before/" + plan + "/responsibility-matrix").then()
                .extract().contentType();
        for (int i = 0; i < 2; i++) {
            var now = given().get("/api/v1/plans/" + plan + "/responsibility-matrix").then().statusCode(200).extract();
            assertThat(now.asString()).isEqualTo(before);
            assertThat(now.contentType()).isEqualTo(beforeType);
        }
        // fetchedAt is when the catalogue was fetched: per request before, the first fetch of this mapping now
        String all = given().get("/test-only/views-as-served-before/" + plan + "/indicator-responsibilities").then()
                .statusCode(200).extract().asString();
        String prepared = given().get("/api/v1/plans/" + plan + "/indicator-responsibilities").then().statusCode(200)
                .extract().asString();
        assertThat(withoutFetchedAt(prepared)).isEqualTo(withoutFetchedAt(all));
    }

    @Test
    void theMatrixAnswers304AndIsPreparedPerFormat() {
        String plan = TestData.plan();
        TestData.assign(plan, TestData.createAgency(), "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        String path = "/api/v1/plans/" + plan + "/responsibility-matrix";
        String json = given().get(path).then().statusCode(200)
                .header("ETag", matchesPattern(ETAG))
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("Vary", equalTo("Accept, Accept-Encoding"))
                .header("Catalogue-Source", equalTo("FRESH"))
                .extract().header("ETag");
        given().header("If-None-Match", json).get(path).then().statusCode(304).body(emptyString())
                .header("ETag", equalTo(json)).header("Catalogue-Source", equalTo("FRESH"));
        String csv = given().accept("text/csv").get(path).then().statusCode(200).extract().header("ETag");
        assertThat(csv).isNotEqualTo(json);
        given().accept("text/csv").header("If-None-Match", json).get(path).then().statusCode(200);
        given().accept("text/csv").header("If-None-Match", csv).get(path).then().statusCode(304);
        given().header("If-None-Match", csv).get(path + ".csv").then().statusCode(304).header("Vary", equalTo("Accept-Encoding"));
        given().auth().none().header("If-None-Match", json).get(path).then().statusCode(401);
    }

    @Test
    void aWriteThroughTheApiOrStraightIntoTheDatabaseGivesANewRepresentation() throws Exception {
        String plan = TestData.plan();
        String lead = TestData.createAgency();
        TestData.assign(plan, lead, "DOMAIN", "HEALTH", "LEAD", "2021-01-01");
        String path = "/api/v1/plans/" + plan + "/indicator-responsibilities";
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304);

        String provider = TestData.createAgency();
        TestData.assign(plan, provider, "INDICATOR", "HEALTH-1a", "DATA_PROVIDER", "2021-01-01");
        String afterApiWrite = given().header("If-None-Match", etag).get(path).then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-1a' }.dataProviders.code", hasItem(provider))
                .extract().header("ETag");
        assertThat(afterApiWrite).isNotEqualTo(etag);

        awaitTrue(representations::keeping, Duration.ofSeconds(10), "the listener is connected");
        given().get(path).then().statusCode(200).header("ETag", equalTo(afterApiWrite));
        try (Connection connection = database.getConnection(); var s = connection.createStatement()) {
            s.execute("update agency set name_zh = '改名测试局" + TestData.suffix() + "' where code = '" + provider + "'");
        }
        awaitTrue(() -> !afterApiWrite.equals(given().get(path).then().extract().header("ETag")), Duration.ofSeconds(1),
                "a new ETag within a second of another process's write");
        given().get(path).then().body("items.find { it.indicatorCode == 'HEALTH-1a' }.dataProviders.nameZh",
                not(hasItem(equalTo(null))));
    }

    private static String withoutFetchedAt(String json) {
        return json.replaceAll("\"fetchedAt\":\"[^\"]*\"", "\"fetchedAt\":\"…\"");
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toMillis() + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }
}
