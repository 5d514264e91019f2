package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class AgencyResourceTest {

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    private static final String AGENCIES = "/api/v1/agencies";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void registersAnAgencyAndFindsItByEveryName() {
        String code = TestData.agencyCode();
        String name = TestData.nameZh("局");
        String alias = TestData.nameZh("简称");
        Map<String, Object> body = TestData.agency(code, name, alias);
        body.put("contactPerson", "张三");
        body.put("contactPhone", "0734-7222222");
        body.put("contactEmail", "test@example.gov.cn");
        given().contentType("application/json").body(body).post(AGENCIES).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(AGENCIES + "/" + code))
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("aliases", contains(alias))
                .body("active", equalTo(true))
                .body("contactPhone", equalTo("0734-7222222"));
        given().queryParam("name", alias).get(AGENCIES + "/lookup").then().statusCode(200).body("code", equalTo(code));
        given().queryParam("name", " " + name + " ").get(AGENCIES + "/lookup").then().statusCode(200).body("code", equalTo(code));
        given().get(AGENCIES + "/" + code).then().statusCode(200).body("nameZh", equalTo(name)).header("ETag", notNullValue());
    }

    @Test
    void searchesNamesAndAliases() {
        String alias = TestData.nameZh("别名");
        String code = TestData.createAgency(alias);
        given().queryParam("q", alias).get(AGENCIES).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo(code));
        given().queryParam("q", code.toUpperCase()).get(AGENCIES).then().body("items.code", contains(code));
        given().queryParam("q", "100%").get(AGENCIES).then().body("total", equalTo(0));
    }

    @Test
    void filtersByKindMembershipAndActivity() {
        String code = TestData.agencyCode();
        Map<String, Object> body = TestData.agency(code, TestData.nameZh("法院"));
        body.put("kind", "JUDICIAL_ORGAN");
        body.put("committeeMember", false);
        body.put("active", false);
        given().contentType("application/json").body(body).post(AGENCIES).then().statusCode(201);
        given().get(AGENCIES + "?kind=JUDICIAL_ORGAN&active=false&size=500").then().statusCode(200)
                .body("items.code", hasItem(code))
                .body("items.kind", everyItem(equalTo("JUDICIAL_ORGAN")))
                .body("items.active", everyItem(equalTo(false)));
        given().get(AGENCIES + "?committeeMember=true&size=500").then().body("items.code", not(hasItem(code)));
        given().get(AGENCIES + "?committeeMember=false&size=500").then().body("items.code", hasItem(code));
    }

    @Test
    void rejectsUnknownFilterValues() {
        given().get(AGENCIES + "?kind=MINISTRY").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].messageZh", containsString("取值“MINISTRY”无效"));
        given().get(AGENCIES + "?active=yes").then().statusCode(400).body("errors[0].field", equalTo("active"));
        given().get(AGENCIES + "?size=501").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get(AGENCIES + "/lookup").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void updatesAgencyWithIfMatchAndRefusesAStaleOne() {
        String code = TestData.createAgency();
        String etag = given().get(AGENCIES + "/" + code).then().extract().header("ETag");
        Map<String, Object> body = TestData.agency(code, TestData.nameZh("新名"), TestData.nameZh("旧名"));
        body.put("active", false);
        String newEtag = given().contentType("application/json").header("If-Match", etag).body(body).put(AGENCIES + "/" + code)
                .then().statusCode(200)
                .body("active", equalTo(false))
                .body("aliases", contains(((List<?>) body.get("aliases")).get(0)))
                .extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(newEtag).isNotEqualTo(etag);
        given().contentType("application/json").header("If-Match", etag).body(body).put(AGENCIES + "/" + code)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:precondition-failed"));
    }

    @Test
    void changingOnlyTheAliasesGivesANewEtag() {
        String code = TestData.createAgency();
        Map<String, Object> current = given().get(AGENCIES + "/" + code).then().extract().jsonPath().getMap("");
        String etag = given().get(AGENCIES + "/" + code).then().extract().header("ETag");
        Map<String, Object> body = TestData.agency(code, (String) current.get("nameZh"), TestData.nameZh("别名"));
        String after = given().contentType("application/json").header("If-Match", etag).body(body).put(AGENCIES + "/" + code)
                .then().statusCode(200).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(after).isNotEqualTo(etag);
    }

    @Test
    void refusesANameThatAlreadyLeadsToAnotherAgency() {
        TestData.awaitSeed();
        String taken = TestData.nameZh("别名");
        String owner = TestData.createAgency(taken);
        String code = TestData.agencyCode();
        given().contentType("application/json").body(TestData.agency(code, TestData.nameZh("局"), taken)).post(AGENCIES)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("aliases[0]"))
                .body("errors[0].message", containsString(owner));
        given().contentType("application/json").body(TestData.agency(code, taken)).post(AGENCIES)
                .then().statusCode(409).body("errors[0].field", equalTo("nameZh"));
        given().contentType("application/json").body(TestData.agency(code, "市民政局")).post(AGENCIES)
                .then().statusCode(409).body("errors[0].message", containsString("civil-affairs-bureau"));
        given().get(AGENCIES + "/" + code).then().statusCode(404);
    }

    @Test
    void refusesADuplicateCode() {
        String code = TestData.createAgency();
        given().contentType("application/json").body(TestData.agency(code, TestData.nameZh("局"))).post(AGENCIES)
                .then().statusCode(409).body("detailZh", equalTo("单位“" + code + "”已存在"));
    }

    @Test
    void refusesAnAliasRepeatingTheNameOrTheReservedCode() {
        String name = TestData.nameZh("局");
        given().contentType("application/json").body(TestData.agency(TestData.agencyCode(), name, name)).post(AGENCIES)
                .then().statusCode(400).body("errors[0].field", equalTo("aliases[0]"));
        given().contentType("application/json").body(TestData.agency("lookup", TestData.nameZh("局"))).post(AGENCIES)
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        given().contentType("application/json")
                .body(Map.of("code", "Not Kebab", "nameZh", " ", "kind", "GOVERNMENT_BUREAU", "contactEmail", "not-an-email"))
                .post(AGENCIES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:validation-failed"))
                .body("errors.field", hasItems("code", "nameZh", "committeeMember", "contactEmail"))
                .body("errors.messageZh", everyItem(notNullValue()));
    }

    @Test
    void answersAnUnknownAgencyWith404() {
        given().get(AGENCIES + "/no-such-agency").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Agency 'no-such-agency' does not exist"))
                .body("detailZh", equalTo("单位“no-such-agency”不存在"));
    }
}
