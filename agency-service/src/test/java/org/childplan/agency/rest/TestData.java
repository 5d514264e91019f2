package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds data with unique codes, so each test owns what it reads and tests do not depend on their order. */
final class TestData {

    static final String CHANGNING = "CN-430482-CHILDREN-2021-2025";

    private TestData() {
    }

    /** A plan code the stub serves the small test catalogue for (domains HEALTH and LAW). */
    static String plan() {
        return "TEST-" + suffix().toUpperCase();
    }

    static String agencyCode() {
        return "test-" + suffix();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Chinese name no other test uses. */
    static String nameZh(String label) {
        return "测试" + label + suffix();
    }

    static Map<String, Object> agency(String code, String nameZh, String... aliases) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", code);
        a.put("nameZh", nameZh);
        a.put("nameEn", "Test agency " + code);
        a.put("aliases", new ArrayList<>(List.of(aliases)));
        a.put("kind", "GOVERNMENT_BUREAU");
        a.put("committeeMember", true);
        return a;
    }

    /** Registers an agency with a unique code and name; returns its code. */
    static String createAgency(String... aliases) {
        String code = agencyCode();
        given().contentType("application/json").body(agency(code, nameZh("局"), aliases)).post("/api/v1/agencies")
                .then().statusCode(201);
        return code;
    }

    static Map<String, Object> assignment(String agencyCode, String scopeType, String scopeCode, String role, String validFrom) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("agencyCode", agencyCode);
        a.put("scopeType", scopeType);
        a.put("scopeCode", scopeCode);
        a.put("role", role);
        a.put("validFrom", validFrom);
        return a;
    }

    /** Creates an assignment and returns its code. */
    static String assign(String plan, String agencyCode, String scopeType, String scopeCode, String role, String validFrom) {
        return given().contentType("application/json").body(assignment(agencyCode, scopeType, scopeCode, role, validFrom))
                .post("/api/v1/plans/" + plan + "/assignments").then().statusCode(201).extract().path("code");
    }

    /** The seed loads in the background once the stubbed catalogue answers; tests of it wait until it has. */
    static void awaitSeed() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            int total = given().get("/api/v1/plans/" + CHANGNING + "/assignments?size=1").then().statusCode(200)
                    .extract().path("total");
            if (total > 0) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the seed responsibilities were not loaded within 60 s");
    }
}
