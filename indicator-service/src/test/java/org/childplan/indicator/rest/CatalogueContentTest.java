package org.childplan.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.platform.testing.NumberMatchers.numberEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Changning plan as loaded at first start, checked against the document itself
 * (src/test/resources/source holds the published text).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CatalogueContentTest {

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    static final String PLAN = "/api/v1/plans/CN-430482-CHILDREN-2021-2025";
    private static String sourceText;

    @BeforeAll
    static void readSource() throws IOException {
        try (InputStream in = CatalogueContentTest.class.getResourceAsStream("/source/changning-children-2021-2025.txt")) {
            // The text has page breaks inside sentences: joining the lines restores them.
            sourceText = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\R", "");
        }
    }

    private static JsonPath catalogue() {
        return given().get(PLAN + "/catalogue").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void loadsThePlanHeaderFromTheDocument() {
        given().get(PLAN).then().statusCode(200)
                .body("titleZh", equalTo("常宁市儿童发展规划（2021—2025年）"))
                .body("documentNumber", equalTo("常政办发〔2021〕22号"))
                .body("jurisdictionZh", equalTo("常宁市"))
                .body("periodStart", equalTo(2021))
                .body("periodEnd", equalTo(2025))
                .body("baselineYear", equalTo(2020))
                .body("issuedOn", equalTo("2021-12-31"));
    }

    @Test
    void hasSevenDomainsInTheDocumentsOrder() {
        given().get(PLAN + "/domains").then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.code", contains("HEALTH", "SAFETY", "EDUCATION", "WELFARE", "FAMILY", "ENVIRONMENT", "LAW"))
                .body("items.nameZh", contains("儿童与健康", "儿童与安全", "儿童与教育", "儿童与福利", "儿童与家庭", "儿童与环境", "儿童与法律保护"));
    }

    @Test
    void hasAll74GoalsWithTheirCountsPerDomain() {
        JsonPath c = catalogue();
        List<String> goalDomains = c.getList("goals.domainCode");
        assertThat(goalDomains).hasSize(74);
        assertThat(countBy(goalDomains)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "HEALTH", 13L, "SAFETY", 11L, "EDUCATION", 11L, "WELFARE", 9L, "FAMILY", 8L, "ENVIRONMENT", 11L, "LAW", 11L));
        assertThat(countBy(c.getList("measures.domainCode"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "HEALTH", 13L, "SAFETY", 13L, "EDUCATION", 13L, "WELFARE", 12L, "FAMILY", 11L, "ENVIRONMENT", 13L, "LAW", 14L));
    }

    @Test
    void everyGoalAndMeasureTitleIsTheDocumentsExactText() {
        JsonPath c = catalogue();
        List<String> goals = c.getList("goals.textZh");
        List<String> measures = c.getList("measures.titleZh");
        assertThat(goals).allSatisfy(text -> assertThat(sourceText).contains(text));
        assertThat(measures).allSatisfy(text -> assertThat(sourceText).contains(text));
        assertThat(goals).allSatisfy(text -> assertThat(text).doesNotContain("\n"));
        assertThat(c.getList("goals.textEn")).doesNotContainNull();
    }

    @Test
    void everyIndicatorQuotesTheDocumentVerbatim() {
        List<String> quotes = catalogue().getList("indicators.sourceTextZh");
        assertThat(quotes).doesNotContainNull().allSatisfy(q -> assertThat(sourceText).contains(q));
    }

    @Test
    void countsIndicatorsPerDomainAndSplitsQualitativeGoals() {
        JsonPath c = catalogue();
        List<Map<String, Object>> indicators = c.getList("indicators");
        assertThat(indicators).hasSize(123);
        assertThat(countBy(indicators.stream().map(i -> (String) i.get("domainCode")).toList()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("HEALTH", 41L, "SAFETY", 13L, "EDUCATION", 14L, "WELFARE", 12L,
                        "FAMILY", 11L, "ENVIRONMENT", 21L, "LAW", 11L));
        long qualitative = indicators.stream().filter(i -> "QUALITATIVE".equals(i.get("targetType"))).count();
        assertThat(qualitative).isEqualTo(57);
        // every goal is covered by at least one indicator, so every goal can be assessed
        List<String> covered = indicators.stream().filter(i -> i.get("goalNumber") != null)
                .map(i -> i.get("domainCode") + "-" + i.get("goalNumber")).distinct().toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(c.getList("goals.code"));
    }

    @Test
    void splitsTheCompoundMortalityGoalIntoThreeIndicators() {
        given().get(PLAN + "/indicators?goal=HEALTH-3").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.code", contains("HEALTH-3a", "HEALTH-3b", "HEALTH-3c"))
                .body("items.nameZh", contains("新生儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率"))
                .body("items.unit", contains("PER_MILLE", "PER_MILLE", "PER_MILLE"))
                .body("items.targetType", contains("AT_MOST", "AT_MOST", "AT_MOST"))
                .body("items.targetValue", contains(numberEqualTo("3.0"), numberEqualTo("5.0"), numberEqualTo("6.0")))
                .body("items.direction", contains("DECREASE", "DECREASE", "DECREASE"));
    }

    @Test
    void loadsTargetsThatAppearOnlyInStrategyMeasures() {
        indicator("HEALTH-M1a", "AT_LEAST", "0.85", "PER_1000_CHILDREN")
                .body("nameZh", equalTo("每千名儿童拥有儿科执业（助理）医生数"))
                .body("goalNumber", nullValue())
                .body("measureNumber", equalTo(1));
        indicator("HEALTH-M1b", "AT_LEAST", "2.2", "PER_1000_CHILDREN");
        indicator("HEALTH-M4a", "AT_LEAST", "85", "PERCENT").body("nameZh", equalTo("婚前医学检查率"));
        indicator("HEALTH-M10a", "AT_MOST", "25", "PERCENT").body("nameZh", equalTo("12岁儿童龋患率"));
        indicator("EDUCATION-M9a", "AT_LEAST", "4", "PERCENT");
        indicator("WELFARE-M12a", "AT_LEAST", "90", "PERCENT");
        indicator("ENVIRONMENT-M9a", "AT_LEAST", "3", "COUNT");
    }

    @Test
    void aShareCommittedForTownshipsAndForVillagesIsTwoIndicators() {
        indicator("ENVIRONMENT-M7a", "AT_LEAST", "90", "PERCENT").body("nameZh", equalTo("建有公共儿童体育设施的乡镇（街道）比例"));
        indicator("ENVIRONMENT-M7d", "AT_LEAST", "90", "PERCENT").body("nameZh", equalTo("建有公共儿童体育设施的行政村（社区）比例"));
        indicator("ENVIRONMENT-M7c", "AT_LEAST", "90", "PERCENT").body("nameZh", equalTo("建立综合文化站的乡镇（街道）比例"));
        indicator("ENVIRONMENT-M7e", "AT_LEAST", "90", "PERCENT").body("nameZh", equalTo("建立综合性文化服务中心的村（社区）比例"));
        // no indicator measures both populations against one denominator
        List<String> names = catalogue().getList("indicators.nameZh");
        assertThat(names).noneMatch(n -> n.contains("乡镇（街道）、") && (n.contains("村（社区）") || n.contains("行政村")));
    }

    @Test
    void countsAndMovingRangesThePlanCommitsToAreTargets() {
        indicator("ENVIRONMENT-M7f", "AT_LEAST", "1", "COUNT").body("sourceTextZh", equalTo("市区建有规模适中的儿童活动中心"));
        indicator("FAMILY-M6a", "AT_LEAST", "1", "COUNT").body("sourceTextZh", equalTo("设立家庭教育指导服务中心"));
        indicator("WELFARE-M4b", "AT_LEAST", "36", "COUNT")
                .body("baselineYear", equalTo(2020))
                .body("baselineValue", numberEqualTo("24"))
                .body("sourceTextZh", equalTo("逐步将对象从6—24月龄延伸到6—36月龄婴幼儿"));
    }

    @Test
    void everyQualitativeIndicatorIsRatedAtEvaluation() {
        List<Map<String, Object>> indicators = catalogue().getList("indicators");
        assertThat(indicators.stream().filter(i -> "QUALITATIVE".equals(i.get("targetType"))))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("reportingFrequency")).isEqualTo("AT_EVALUATION"));
    }

    @Test
    void loadsEveryFormOfTargetThePlanUses() {
        indicator("SAFETY-2a", "REDUCE_FROM_BASELINE_PCT", "20", "PER_100K")
                .body("baselineYear", equalTo(2020)).body("direction", equalTo("DECREASE"));
        indicator("SAFETY-3a", "REDUCE_FROM_BASELINE_PCT", "25", "PER_100K");
        indicator("EDUCATION-4a", "MAINTAIN_AT_LEAST", "98", "PERCENT").body("direction", equalTo("INCREASE"));
        indicator("ENVIRONMENT-8a", "APPROX", "98", "PERCENT").body("direction", equalTo("NONE"));
        indicator("ENVIRONMENT-8c", "FULL_COVERAGE", "100", "PERCENT");
        indicator("HEALTH-9a", "DECREASE", null, "PERCENT").body("nameZh", equalTo("儿童总体近视率"));
        indicator("WELFARE-5a", "INCREASE", null, "PERCENT");
        indicator("HEALTH-7a", "AT_LEAST", "95", "PERCENT").body("disaggregations", contains("AREA"));
        given().get(PLAN + "/indicators/LAW-1a").then().statusCode(200)
                .body("targetType", equalTo("QUALITATIVE"))
                .body("unit", nullValue())
                .body("reportingFrequency", equalTo("AT_EVALUATION"))
                .body("nameZh", equalTo("落实保护儿童的法规政策，落实儿童优先和儿童最大利益原则"));
    }

    @Test
    void recordsEachDomainsUnitsExactlyAsTheDocumentNamesThem() {
        JsonPath c = catalogue();
        assertThat(c.getList("domains.find { it.code == 'HEALTH' }.leadUnits")).containsExactly("市卫生健康局");
        assertThat(c.getList("domains.find { it.code == 'SAFETY' }.leadUnits")).containsExactly("市公安局", "市教育局");
        assertThat(c.getList("domains.find { it.code == 'WELFARE' }.leadUnits"))
                .containsExactly("市民政局", "市人力资源和社会保障局", "市残联");
        assertThat(c.getList("domains.find { it.code == 'ENVIRONMENT' }.leadUnits"))
                .containsExactly("市委宣传部", "市文化旅游广电体育局", "民政局", "市水利局", "市市场监督管理局", "市妇联");
        assertThat(c.getList("domains.find { it.code == 'LAW' }.leadUnits"))
                .containsExactly("市人民法院", "市检察院", "市公安局", "市司法局", "市人力资源和社会保障局");
        assertThat(c.getList("domains.find { it.code == 'EDUCATION' }.responsibleUnits")).contains("市发展改革局").hasSize(15);
        assertThat(c.getList("domains.find { it.code == 'WELFARE' }.responsibleUnits")).contains("市发展和改革委员会").hasSize(10);
        assertThat(c.getList("domains.find { it.code == 'ENVIRONMENT' }.responsibleUnits"))
                .contains("衡阳市生态环境局常宁分局").hasSize(17);
        assertThat(c.getList("domains.find { it.code == 'SAFETY' }.responsibleUnits")).hasSize(16);
        // every unit name appears in the document's domain headers
        List<Map<String, List<String>>> domains = c.getList("domains");
        assertThat(domains.stream().flatMap(d -> java.util.stream.Stream.concat(d.get("leadUnits").stream(),
                d.get("responsibleUnits").stream()))).allSatisfy(unit -> assertThat(sourceText).contains(unit));
    }

    @Test
    void hasTheJurisdictionAsItsReportingArea() {
        given().get(PLAN + "/reporting-areas").then().statusCode(200)
                .body("items[0].code", equalTo("430482"))
                .body("items[0].level", equalTo("JURISDICTION"));
    }

    private static io.restassured.response.ValidatableResponse indicator(String code, String type, String target, String unit) {
        return given().get(PLAN + "/indicators/" + code).then().statusCode(200)
                .body("targetType", equalTo(type))
                .body("targetValue", target == null ? nullValue() : numberEqualTo(target))
                .body("unit", equalTo(unit))
                .body("targetYear", equalTo(2025));
    }

    private static Map<String, Long> countBy(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }
}
