package org.childplan.agency.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class ResponsibilityImportResourceTest {

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    private static final String IMPORTS = "/api/v1/responsibility-imports";
    private static final String INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @IndicatorServiceStub.Inject
    WireMockServer indicatorService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A small document with unique codes: two agencies, one working group, and a plan whose HEALTH header names them. */
    private record Doc(Map<String, Object> body, String plan, String lead, String leadAlias, String other, String otherName, String group) {

        @SuppressWarnings("unchecked")
        Map<String, Object> agency(int i) {
            return ((List<Map<String, Object>>) body.get("agencies")).get(i);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> planEntry() {
            return ((List<Map<String, Object>>) body.get("plans")).get(0);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> domain() {
            return ((List<Map<String, Object>>) planEntry().get("domains")).get(0);
        }
    }

    private static Doc document() {
        String plan = TestData.plan();
        String lead = TestData.agencyCode();
        String leadName = TestData.nameZh("局");
        String leadAlias = TestData.nameZh("简称");
        String other = TestData.agencyCode();
        String otherName = TestData.nameZh("委");
        String group = "test-group-" + TestData.suffix();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("formatVersion", "1.0");
        body.put("notes", List.of("测试文件"));
        body.put("agencies", new ArrayList<>(List.of(TestData.agency(lead, leadName, leadAlias), TestData.agency(other, otherName))));
        Map<String, Object> groupEntry = new LinkedHashMap<>();
        groupEntry.put("code", group);
        groupEntry.put("nameZh", "测试组");
        groupEntry.put("kind", "WORKING_GROUP");
        groupEntry.put("leadUnit", leadAlias);
        groupEntry.put("memberUnits", List.of(otherName));
        groupEntry.put("includesCommitteeMembers", false);
        body.put("governanceBodies", new ArrayList<>(List.of(groupEntry)));
        Map<String, Object> domain = new LinkedHashMap<>();
        domain.put("domainCode", "HEALTH");
        domain.put("leadUnits", new ArrayList<>(List.of(leadAlias)));
        domain.put("responsibleUnits", new ArrayList<>(List.of(otherName)));
        Map<String, Object> assignment = new LinkedHashMap<>();
        assignment.put("unit", otherName);
        assignment.put("scopeType", "INDICATOR");
        assignment.put("scopeCode", "HEALTH-1a");
        assignment.put("role", "DATA_PROVIDER");
        Map<String, Object> planEntry = new LinkedHashMap<>();
        planEntry.put("planCode", plan);
        planEntry.put("validFrom", "2021-01-01");
        planEntry.put("domains", new ArrayList<>(List.of(domain)));
        planEntry.put("assignments", new ArrayList<>(List.of(assignment)));
        body.put("plans", new ArrayList<>(List.of(planEntry)));
        return new Doc(body, plan, lead, leadAlias, other, otherName, group);
    }

    private static void imported(Doc doc) {
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(200);
    }

    @Test
    void createsAgenciesBodiesAndAssignmentsResolvingUnitsByAlias() {
        Doc doc = document();
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("CREATED"))
                .body("dryRun", equalTo(false))
                .body("counts.agencies.created", equalTo(2))
                .body("counts.aliases.created", equalTo(1))
                .body("counts.governanceBodies.created", equalTo(1))
                .body("counts.assignments.created", equalTo(3))
                .body("catalogues[0].planCode", equalTo(doc.plan()))
                .body("catalogues[0].source", equalTo("FRESH"));
        given().get("/api/v1/plans/" + doc.plan() + "/assignments/HEALTH.LEAD." + doc.lead() + ".2021-01-01").then().statusCode(200)
                .body("sourceNameZh", equalTo(doc.leadAlias()))
                .body("origin", equalTo("IMPORT"));
        given().get("/api/v1/governance-bodies/" + doc.group()).then().statusCode(200)
                .body("lead.agencyCode", equalTo(doc.lead()))
                .body("lead.asWrittenZh", equalTo(doc.leadAlias()))
                .body("members.code", contains(doc.other()));
        given().get("/api/v1/plans/" + doc.plan() + "/indicators/HEALTH-1a/responsible-agencies").then().statusCode(200)
                .body("lead.agencies.agencyCode", contains(doc.lead()))
                .body("responsible.agencies.agencyCode", contains(doc.other()))
                .body("dataProviders.scopeType", equalTo("INDICATOR"))
                .body("dataProviders.agencies.agencyCode", contains(doc.other()));
    }

    @Test
    void importingTheSameDocumentTwiceChangesNothing() {
        Doc doc = document();
        imported(doc);
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("changes", org.hamcrest.Matchers.empty())
                .body("counts.agencies.unchanged", equalTo(2))
                .body("counts.assignments.unchanged", equalTo(3))
                .body("counts.governanceBodies.unchanged", equalTo(1));
    }

    @Test
    void aChangedDocumentUpdatesAndReportsWhatItNoLongerMentions() {
        Doc doc = document();
        imported(doc);
        String newAlias = TestData.nameZh("又名");
        doc.agency(0).put("nameEn", "Renamed");
        doc.agency(0).put("aliases", List.of(newAlias));
        doc.domain().put("responsibleUnits", List.of());
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("UPDATED"))
                .body("changes", hasItems(Map.of("kind", "agencies", "code", doc.lead(), "action", "UPDATED"),
                        Map.of("kind", "aliases", "code", doc.lead() + ":" + newAlias, "action", "CREATED")))
                // aliases are only added: the old one still finds the agency
                .body("notInDocument", hasItems("aliases:" + doc.lead() + ":" + doc.leadAlias(),
                        "assignments:HEALTH.RESPONSIBLE." + doc.other() + ".2021-01-01"));
        given().get("/api/v1/agencies/" + doc.lead()).then().body("aliases", contains(doc.leadAlias(), newAlias))
                .body("nameEn", equalTo("Renamed"));
        given().get("/api/v1/plans/" + doc.plan() + "/assignments/HEALTH.RESPONSIBLE." + doc.other() + ".2021-01-01")
                .then().statusCode(200);
    }

    @Test
    void aDocumentForAnotherPlanDoesNotListTheSeededPlansAgencies() {
        TestData.awaitSeed();
        Doc doc = document();
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(200)
                .body("notInDocument", everyItem(org.hamcrest.Matchers.not(startsWith("agencies:"))))
                .body("notInDocument", everyItem(org.hamcrest.Matchers.not(startsWith("assignments:"))));
    }

    @Test
    void anAgencyOfTheTouchedPlanMissingFromTheDocumentIsStillReported() {
        TestData.awaitSeed();
        Doc doc = document();
        imported(doc);
        doc.body().put("agencies", new ArrayList<>(List.of(doc.agency(0))));
        doc.body().put("governanceBodies", new ArrayList<>());
        doc.domain().put("responsibleUnits", new ArrayList<>());
        doc.planEntry().put("assignments", new ArrayList<>());
        var report = given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.<String>getList("notInDocument").stream().filter(item -> item.startsWith("agencies:")))
                .containsExactly("agencies:" + doc.other());
    }

    @Test
    void aDryRunReportsWithoutStoring() {
        Doc doc = document();
        given().contentType("application/json").body(doc.body()).post(IMPORTS + "?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("outcome", equalTo("CREATED"))
                .body("counts.assignments.created", equalTo(3));
        given().get("/api/v1/agencies/" + doc.lead()).then().statusCode(404);
        given().get("/api/v1/plans/" + doc.plan() + "/assignments").then().body("total", equalTo(0));
        given().contentType("application/json").body(doc.body()).post(IMPORTS + "?dryRun=maybe").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void repeatingAnImportWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        Doc doc = document();
        String key = UUID.randomUUID().toString();
        given().contentType("application/json").header("Idempotency-Key", key).body(doc.body()).post(IMPORTS).then()
                .statusCode(200).body("outcome", equalTo("CREATED"));
        given().contentType("application/json").header("Idempotency-Key", key).body(doc.body()).post(IMPORTS).then()
                .statusCode(200)
                .header("Idempotency-Replayed", equalTo("true"))
                .body("outcome", equalTo("CREATED"));
        doc.agency(1).put("nameEn", "Changed");
        given().contentType("application/json").header("Idempotency-Key", key).body(doc.body()).post(IMPORTS).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:idempotency-key-reused"));
        given().get("/api/v1/agencies/" + doc.other()).then().body("nameEn", equalTo("Test agency " + doc.other()));
    }

    @Test
    void anInvalidDocumentListsEverySchemaErrorWithItsPath() {
        Doc doc = document();
        doc.agency(0).put("kind", "MINISTRY");
        doc.agency(0).put("colour", "red");
        doc.agency(1).put("code", "Not Kebab");
        doc.domain().remove("leadUnits");
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:validation-failed"))
                .body("errors.field", hasItems("$.agencies[0].kind", "$.agencies[0].colour", "$.agencies[1].code",
                        "$.plans[0].domains[0].leadUnits"))
                .body("errors.messageZh", everyItem(notNullValue()));
    }

    @Test
    void aDocumentBreakingTheRulesListsEveryErrorWithItsPath() {
        TestData.awaitSeed();
        Doc doc = document();
        doc.agency(1).put("aliases", List.of("民政局"));                      // already leads to civil-affairs-bureau
        doc.domain().put("leadUnits", List.of("不存在的单位"));                  // names no agency
        doc.domain().put("domainCode", "SPORTS");                             // not in the plan's catalogue
        @SuppressWarnings("unchecked")
        Map<String, Object> assignment = ((List<Map<String, Object>>) doc.planEntry().get("assignments")).get(0);
        assignment.put("scopeCode", "HEALTH-9z");                             // not in the plan's catalogue
        @SuppressWarnings("unchecked")
        Map<String, Object> group = ((List<Map<String, Object>>) doc.body().get("governanceBodies")).get(0);
        group.put("parentCode", "no-such-body");
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(400)
                .body("errors.field", hasItems(
                        "$.agencies[1].aliases[0]",
                        "$.plans[0].domains[0].leadUnits[0]",
                        "$.plans[0].domains[0].domainCode",
                        "$.plans[0].assignments[0].scopeCode",
                        "$.governanceBodies[0].parentCode"))
                .body("errors.messageZh", hasItem("没有名称或别名为“不存在的单位”的单位"));
        given().get("/api/v1/agencies/" + doc.lead()).then().statusCode(404);
    }

    @Test
    void aDocumentForAPlanTheCatalogueDoesNotHaveIsRefused() {
        Doc doc = document();
        doc.planEntry().put("planCode", "MISSING-" + TestData.suffix());
        given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(400)
                .body("errors.field", contains("$.plans[0].planCode"))
                .body("errors[0].messageZh", startsWith("指标目录（indicator-service）中不存在规划"));
    }

    @Test
    void servesTheDocumentsJsonSchema() {
        given().get("/api/v1/responsibility-document-schema").then().statusCode(200)
                .contentType(startsWith("application/schema+json"))
                .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("required", hasItems("formatVersion", "agencies"));
    }

    @Test
    void writesTheCatalogueFetchTimeOfAnImportAsTheReadsThatUseTheStoredCopyDo() {
        Doc doc = document();
        String written = given().contentType("application/json").body(doc.body()).post(IMPORTS).then().statusCode(200)
                .body("catalogues[0].source", equalTo("FRESH"))
                .extract().path("catalogues[0].fetchedAt");
        assertThat(written).matches(INSTANT);
        // indicator-service fails now: reads use the copy stored at the import, read back from the database
        indicatorService.stubFor(get(IndicatorServiceStub.catalogue(doc.plan())).willReturn(aResponse().withStatus(500)));
        try {
            String read = given().get("/api/v1/plans/" + doc.plan() + "/indicators/HEALTH-1a/responsible-agencies").then()
                    .statusCode(200)
                    .body("catalogue.source", equalTo("STORED"))
                    .header("Catalogue-Fetched-At", equalTo(written))
                    .extract().path("catalogue.fetchedAt");
            assertThat(read).isEqualTo(written);
        } finally {
            IndicatorServiceStub.reset(indicatorService);
            breakers.resetAll();
        }
    }
}
