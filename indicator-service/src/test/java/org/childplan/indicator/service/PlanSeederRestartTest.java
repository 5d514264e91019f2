package org.childplan.indicator.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restarting on a database that already holds the seed plan with all its amendments does nothing — not even the
 * validation of the 150 KB document, which was most of what seeding cost a restart — and duplicates nothing; a
 * seed with an amendment not yet recorded still takes the full path.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PlanSeederRestartTest {

    private static final String SEED = "plans/changning-children-2021-2025.json";

    @Inject
    PlanSeeder seeder;
    @Inject
    ObjectMapper mapper;

    @BeforeAll
    static void actAsViewer() {
        Tokens.actAs("viewer");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return mapper.readTree(in);
        }
    }

    /** The shipped seed under a plan code of its own, so that the test does not touch the seeded plan. */
    private ObjectNode seedAs(String planCode) throws IOException {
        ObjectNode doc = (ObjectNode) resource(SEED);
        ((ObjectNode) doc.get("plan")).put("code", planCode);
        return doc;
    }

    private static String newPlanCode() {
        return "RESTART-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aRestartWithThePlanAndAllItsAmendmentsStoredImportsNothingAndDuplicatesNothing() throws IOException {
        String planCode = newPlanCode();
        JsonNode amendments = resource(PlanSeeder.amendmentsOf(SEED));

        assertThat(seeder.seed(SEED, seedAs(planCode), amendments)).isEqualTo(PlanSeeder.Outcome.LOADED);
        assertThat(seeder.seed(SEED, seedAs(planCode), amendments)).isEqualTo(PlanSeeder.Outcome.UP_TO_DATE);
        assertThat(seeder.seed(SEED, seedAs(planCode), amendments)).isEqualTo(PlanSeeder.Outcome.UP_TO_DATE);

        given().get("/api/v1/plans/" + planCode + "/indicators?size=1").then().statusCode(200).body("total", equalTo(123));
        given().get("/api/v1/plans/" + planCode + "/indicators/ENVIRONMENT-M7a/versions").then().body("total", equalTo(1));
    }

    @Test
    void theQuickSkipDoesNotEvenReadTheDocumentBeyondItsPlanCode() throws IOException {
        String planCode = newPlanCode();
        JsonNode amendments = resource(PlanSeeder.amendmentsOf(SEED));
        seeder.seed(SEED, seedAs(planCode), amendments);

        // a document that would fail validation: skipped all the same, because the plan is stored with its amendments
        ObjectNode broken = seedAs(planCode);
        broken.remove("domains");
        assertThat(seeder.seed(SEED, broken, amendments)).isEqualTo(PlanSeeder.Outcome.UP_TO_DATE);
    }

    @Test
    void anAmendmentNotYetRecordedTakesTheFullPathWithValidation() throws IOException {
        String planCode = newPlanCode();
        JsonNode amendments = resource(PlanSeeder.amendmentsOf(SEED));
        seeder.seed(SEED, seedAs(planCode), amendments);

        ArrayNode more = ((ArrayNode) amendments).deepCopy();
        more.addObject().put("code", "2099-01-not-applied-yet").put("changeReason", "test").putArray("indicators");
        ObjectNode broken = seedAs(planCode);
        broken.remove("domains");
        assertThatThrownBy(() -> seeder.seed(SEED, broken, more)).isInstanceOf(InputValidationException.class);
        assertThat(seeder.seed(SEED, seedAs(planCode), more)).isEqualTo(PlanSeeder.Outcome.AMENDED);
        assertThat(seeder.seed(SEED, seedAs(planCode), more)).isEqualTo(PlanSeeder.Outcome.UP_TO_DATE);
    }
}
