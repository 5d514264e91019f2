package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds small plan documents with unique codes, so each test owns its data. */
final class TestPlans {

    private TestPlans() {
    }

    static String uniqueCode() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A two-domain plan: HEALTH with goals 1–2, measure 1 and three indicators; LAW with one qualitative goal. */
    static Map<String, Object> document(String planCode) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("code", planCode);
        plan.put("titleZh", "测试县儿童发展规划（2021—2025年）");
        plan.put("titleEn", "Test County Children's Development Plan (2021–2025)");
        plan.put("jurisdictionCode", "999999");
        plan.put("jurisdictionZh", "测试县");
        plan.put("periodStart", 2021);
        plan.put("periodEnd", 2025);
        plan.put("baselineYear", 2020);

        List<Map<String, Object>> healthIndicators = new ArrayList<>(List.of(
                indicator("HEALTH-1a", 1, null, "婴儿死亡率", "PER_MILLE", "AT_MOST", 5.0),
                indicator("HEALTH-2a", 2, null, "儿童伤害死亡率", "PER_100K", "REDUCE_FROM_BASELINE_PCT", 20),
                indicator("HEALTH-M1a", null, 1, "每千名儿童拥有儿科执业（助理）医生数", "PER_1000_CHILDREN", "AT_LEAST", 0.85)));
        healthIndicators.get(1).put("baselineYear", 2020);
        Map<String, Object> health = domain("HEALTH", 1, "儿童与健康",
                List.of(goal(1, "婴儿死亡率控制在5.0‰以下。"), goal(2, "儿童伤害死亡率以2020年为基数下降20%。")),
                List.of(Map.of("number", 1, "titleZh", "完善儿童健康服务体系建设")),
                healthIndicators);
        Map<String, Object> qualitative = indicator("LAW-1a", 1, null, "落实保护儿童的法规政策", null, "QUALITATIVE", null);
        qualitative.put("targetYear", null);
        qualitative.put("reportingFrequency", "AT_EVALUATION");
        Map<String, Object> law = domain("LAW", 2, "儿童与法律保护", List.of(goal(1, "落实保护儿童的法规政策。")), List.of(),
                List.of(qualitative));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("formatVersion", "1.0");
        doc.put("plan", plan);
        doc.put("domains", new ArrayList<>(List.of(health, law)));
        return doc;
    }

    static Map<String, Object> domain(String code, int ordinal, String nameZh, List<Map<String, Object>> goals,
                                      List<Map<String, Object>> measures, List<Map<String, Object>> indicators) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", code);
        d.put("ordinal", ordinal);
        d.put("nameZh", nameZh);
        d.put("leadUnits", List.of("县卫生健康局"));
        d.put("responsibleUnits", List.of("县教育局", "县妇联"));
        d.put("goals", goals);
        d.put("measures", measures);
        d.put("indicators", indicators);
        return d;
    }

    static Map<String, Object> goal(int number, String textZh) {
        return Map.of("number", number, "textZh", textZh);
    }

    static Map<String, Object> indicator(String code, Integer goal, Integer measure, String nameZh, String unit,
                                         String targetType, Number target) {
        Map<String, Object> i = new HashMap<>();
        i.put("code", code);
        i.put("goalNumber", goal);
        i.put("measureNumber", measure);
        i.put("nameZh", nameZh);
        i.put("unit", unit);
        i.put("targetType", targetType);
        i.put("targetValue", target);
        i.put("targetYear", 2025);
        i.put("disaggregations", List.of("SEX", "RESIDENCE"));
        i.put("reportingFrequency", "ANNUAL");
        return i;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> indicatorOf(Map<String, Object> doc, int domain, int index) {
        var domains = (List<Map<String, Object>>) doc.get("domains");
        return ((List<Map<String, Object>>) domains.get(domain).get("indicators")).get(index);
    }

    /** Imports the document and returns its plan code. */
    static String imported(Map<String, Object> doc) {
        given().contentType("application/json").body(doc).post("/api/v1/plan-imports").then().statusCode(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) doc.get("plan");
        return (String) plan.get("code");
    }
}
