package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Race;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fifty administrators revise one indicator at once, all holding the same ETag: exactly one new version is recorded,
 * the winner's, and the other 49 are told 412 (no lost update: one version and one revision more, not 50). Without
 * If-Match the revision is refused with 428.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentWritersTest {

    private static final int WRITERS = 50;

    @BeforeAll
    static void actAsAdmin() {
        Tokens.actAs("admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @Test
    void fiftyWritersOfOneIndicatorWithOneEtagLeaveOneNewVersionAndTheRest412() throws Exception {
        String indicator = indicators() + "/HEALTH-1a";
        String etag = given().get(indicator).then().statusCode(200).extract().header("ETag");

        Race.Result race = Race.run(WRITERS, writer -> given().contentType("application/json").header("If-Match", etag)
                .body(revision(targetOf(writer))).put(indicator));

        System.out.printf("%d concurrent writers: %s; %d in flight before the first answer%n", WRITERS, race.countByStatus(),
                race.inFlightTogether());
        assertThat(race.countByStatus()).as("statuses of %d writers with one ETag", WRITERS)
                .isEqualTo(Map.of(200, 1L, 412, (long) WRITERS - 1));
        assertThat(race.inFlightTogether()).as("requests in flight at once").isGreaterThan(1);
        for (Race.Answer lost : race.withStatus(412)) {
            assertThat(lost.contentType()).startsWith("application/problem+json");
            assertThat(JsonPath.from(lost.body()).getString("type")).isEqualTo("urn:childplan:problem:precondition-failed");
        }
        Race.Answer winner = race.withStatus(200).get(0);
        JsonPath stored = given().get(indicator).then().statusCode(200)
                // a read's ETag is "<revision>.<digest of the answer>"; If-Match compares the revision
                .header("ETag", startsWith("\"" + (Long.parseLong(etag.replace("\"", "").split("\\.")[0]) + 1) + "."))
                .extract().jsonPath();
        assertThat(stored.getInt("version")).isEqualTo(2);
        assertThat(stored.getDouble("targetValue")).isEqualTo(targetOf(winner.writer()));
        given().get(indicator + "/versions").then().body("total", equalTo(2));
    }

    @Test
    void refusesARevisionWithoutIfMatchWith428AndRecordsNoVersion() {
        String indicator = indicators() + "/HEALTH-1a";

        given().contentType("application/json").body(revision(4.5)).put(indicator).then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        given().get(indicator + "/versions").then().body("total", equalTo(1)).body("items[0].targetValue", equalTo(5.0f));
    }

    private static String indicators() {
        return "/api/v1/plans/" + TestPlans.imported(TestPlans.document(TestPlans.uniqueCode())) + "/indicators";
    }

    /** A different target per writer: 4.00‰, 4.01‰, … */
    private static double targetOf(int writer) {
        return 4.0 + writer / 100.0;
    }

    private static Map<String, Object> revision(double target) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameZh", "婴儿死亡率");
        body.put("unit", "PER_MILLE");
        body.put("targetType", "AT_MOST");
        body.put("targetValue", target);
        body.put("targetYear", 2025);
        body.put("disaggregations", List.of("SEX", "RESIDENCE"));
        body.put("reportingFrequency", "ANNUAL");
        body.put("effectiveFrom", "2024-01-01");
        body.put("changeReason", "中期评估后调整");
        return body;
    }
}
