package org.childplan.indicator.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database seeded with the edition of the Changning document that had 118 indicators is brought to the corrected
 * plan by the seeder's amendments: new indicators added, merged ones revised with a reason, nothing deleted, and the
 * definitions earlier data was reported against still answer for their dates.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SeedUpgradeTest {

    private static final String SEED = "plans/changning-children-2021-2025.json";
    private static final String EARLIER_EDITION = "seed-history/changning-children-2021-2025.before-fidelity.json";
    private static final List<String> ADDED = List.of("ENVIRONMENT-M7d", "ENVIRONMENT-M7e", "ENVIRONMENT-M7f", "FAMILY-M6a",
            "WELFARE-M4b");

    @Inject
    PlanImporter importer;
    @Inject
    PlanDocumentValidator validator;
    @Inject
    PlanSeeder seeder;
    @Inject
    ObjectMapper mapper;

    @BeforeAll
    static void actAsViewer() {
        Tokens.actAs("admin");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    private ObjectNode document(String resource, String planCode) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            ObjectNode doc = (ObjectNode) mapper.readTree(in);
            ((ObjectNode) doc.get("plan")).put("code", planCode);
            return doc;
        }
    }

    private List<SeedAmendment> amendments() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(PlanSeeder.amendmentsOf(SEED))) {
            return mapper.readValue(in, new TypeReference<List<SeedAmendment>>() { });
        }
    }

    /** The earlier edition, stored as a plan of its own so that the test does not disturb the seeded one. */
    private String seededWithTheEarlierEdition() throws IOException {
        String planCode = "UPGRADE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importPlan(validator.validate(document(EARLIER_EDITION, planCode)), false);
        given().get("/api/v1/plans/" + planCode + "/indicators?size=1").then().body("total", equalTo(118));
        return planCode;
    }

    @Test
    void upgradingAddsTheMissingIndicatorsAndRevisesTheMergedOnesWithAReason() throws IOException {
        String planCode = seededWithTheEarlierEdition();
        List<String> earlierCodes = given().get("/api/v1/plans/" + planCode + "/indicators?size=200").then()
                .extract().jsonPath().getList("items.code");

        PlanImporter.SeedResult result = importer.seed(validator.validate(document(SEED, planCode)), amendments());

        assertThat(result.loaded()).isEmpty();
        assertThat(result.amendmentsApplied()).containsExactly("2026-12-catalogue-fidelity");
        var catalogue = given().get("/api/v1/plans/" + planCode + "/indicators?size=200").then().statusCode(200)
                .body("total", equalTo(123)).extract().jsonPath();
        List<String> codes = catalogue.getList("items.code");
        assertThat(codes).containsAll(earlierCodes).containsAll(ADDED);
        assertThat(catalogue.<String>getList("items.findAll { it.targetType == 'QUALITATIVE' }.code")).hasSize(57);

        for (String split : List.of("ENVIRONMENT-M7a", "ENVIRONMENT-M7c")) {
            given().get("/api/v1/plans/" + planCode + "/indicators/" + split + "/versions").then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("items[1].version", equalTo(2))
                    .body("items[1].nameZh", startsWith("建"))
                    .body("items[1].nameZh", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("村")))
                    .body("items[1].changeReason", org.hamcrest.Matchers.containsString("乡镇（街道）和村（社区）"));
        }
        // new indicators are plan commitments from the start, so every year of the period can be reported
        for (String added : ADDED) {
            given().get("/api/v1/plans/" + planCode + "/indicators/" + added + "/versions").then()
                    .body("total", equalTo(1))
                    .body("items[0].effectiveFrom", equalTo("2021-01-01"));
        }
        given().get("/api/v1/plans/" + planCode + "/indicators/WELFARE-M4b").then()
                .body("unit", equalTo("COUNT")).body("targetType", equalTo("AT_LEAST"))
                .body("baselineValue", org.childplan.platform.testing.NumberMatchers.numberEqualTo("24"))
                .body("targetValue", org.childplan.platform.testing.NumberMatchers.numberEqualTo("36"));
    }

    @Test
    void dataReportedBeforeTheUpgradeKeepsTheDefinitionItWasReportedAgainst() throws IOException {
        String planCode = seededWithTheEarlierEdition();
        importer.seed(validator.validate(document(SEED, planCode)), amendments());

        // an observation for 2023 was reported against the merged definition, and still finds it
        given().get("/api/v1/plans/" + planCode + "/indicators/ENVIRONMENT-M7a?asOf=2023-12-31").then().statusCode(200)
                .body("version", equalTo(1))
                .body("nameZh", equalTo("建有公共儿童体育设施的乡镇（街道）、行政村（社区）比例"));
        // and every indicator of the earlier edition answers for that date
        given().get("/api/v1/plans/" + planCode + "/indicators?size=200&asOf=2023-12-31").then()
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(118));
    }

    @Test
    void anAmendmentIsAppliedOnceAndAFreshInstallRecordsItAsAlreadyInTheSeed() throws IOException {
        String planCode = seededWithTheEarlierEdition();
        importer.seed(validator.validate(document(SEED, planCode)), amendments());
        PlanImporter.SeedResult again = importer.seed(validator.validate(document(SEED, planCode)), amendments());
        assertThat(again.amendmentsApplied()).isEmpty();
        given().get("/api/v1/plans/" + planCode + "/indicators/ENVIRONMENT-M7a/versions").then().body("total", equalTo(2));

        String fresh = "FRESH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        PlanImporter.SeedResult loaded = importer.seed(validator.validate(document(SEED, fresh)), amendments());
        assertThat(loaded.loaded()).isPresent();
        assertThat(importer.seed(validator.validate(document(SEED, fresh)), amendments()).amendmentsApplied()).isEmpty();
        given().get("/api/v1/plans/" + fresh + "/indicators/ENVIRONMENT-M7a/versions").then().body("total", equalTo(1))
                .body("items[0].nameZh", equalTo("建有公共儿童体育设施的乡镇（街道）比例"));
    }

    @Test
    void theShippedSeedIsTheCorrectedPlanAndRestartingChangesNothing() {
        seeder.seed(SEED);
        var catalogue = given().get("/api/v1/plans/CN-430482-CHILDREN-2021-2025/indicators?size=200").then()
                .body("total", equalTo(123)).extract().jsonPath();
        List<String> qualitative = new ArrayList<>(catalogue.getList("items.findAll { it.targetType == 'QUALITATIVE' }.code"));
        assertThat(qualitative).hasSize(57);
        given().get("/api/v1/plans/CN-430482-CHILDREN-2021-2025/indicators/ENVIRONMENT-M7a/versions").then()
                .body("total", equalTo(1));
    }
}
