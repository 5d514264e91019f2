package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every instant the service writes is UTC with exactly millisecond precision (docs/api-conventions.md). The audit
 * trail is the only place indicator-service's JSON carries an instant: no write response does.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class InstantFormatTest {

    static final String INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void actAsAdmin() {
        Tokens.actAs("admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @Test
    void writesTheAuditTrailsInstantsAsUtcMillisecondsEveryTimeTheyAreRead() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String plan = TestPlans.imported(TestPlans.document(TestPlans.uniqueCode()));
        Instant after = Instant.now();
        List<String> byResource = given().queryParam("resource", plan).queryParam("size", 500).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("items.at", String.class);
        assertThat(byResource).isNotEmpty().allSatisfy(at -> {
            assertThat(at).matches(INSTANT);
            assertThat(Instant.parse(at)).isBetween(before, after);
        });
        // the same entries read again, through another query, give the identical text
        List<String> again = given().queryParam("resource", plan).queryParam("size", 500)
                .queryParam("from", before.toString().substring(0, 10)).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("items.at", String.class);
        assertThat(again).isEqualTo(byResource);
    }

    @Test
    void theServicesMapperWritesAClockReadingInThePlansZoneAsUtcMilliseconds() throws Exception {
        assertThat(json.writeValueAsString(OffsetDateTime.parse("2026-12-04T11:42:23.803932878+08:00")))
                .isEqualTo("\"2026-12-04T03:42:23.803Z\"");
    }
}
