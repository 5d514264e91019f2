package org.childplan.agency.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Changning responsibilities as seeded at first start, checked against the plan itself
 * (src/test/resources/source holds the published text): the lead and responsible units of every domain,
 * written here as the document writes them and resolved to agencies by alias.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class ResponsibilityMatrixContentTest {

    @org.junit.jupiter.api.BeforeAll
    static void actAsAdmin() {
        org.childplan.platform.testing.Tokens.actAs("admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    static final String PLAN = "/api/v1/plans/" + TestData.CHANGNING;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The domain headers of the plan, exactly as written (民政局 without 市, 市发展改革局 beside 市发展和改革委员会, 市检察院). */
    static final Map<String, List<String>> LEAD = new LinkedHashMap<>();
    static final Map<String, List<String>> RESPONSIBLE = new LinkedHashMap<>();
    static final Map<String, String> DOMAIN_NAMES = new LinkedHashMap<>();

    static {
        header("HEALTH", "儿童与健康", List.of("市卫生健康局"),
                List.of("市文化旅游广电体育局", "市民政局", "市统计局", "市财政局", "市教育局", "市残联", "市医疗保障局", "团市委",
                        "市妇联", "市关心下一代工作委员会"));
        header("SAFETY", "儿童与安全", List.of("市公安局", "市教育局"),
                List.of("市委宣传部", "市委网信办", "市民政局", "市统计局", "市卫生健康局", "市应急管理局", "市交通运输局",
                        "市市场监督管理局", "市财政局", "市商务和粮食局", "市残联", "市医疗保障局", "市融媒体中心", "团市委", "市妇联",
                        "市关心下一代工作委员会"));
        header("EDUCATION", "儿童与教育", List.of("市教育局"),
                List.of("市委网信办", "市民政局", "市统计局", "市卫生健康局", "市发展改革局", "市自然资源局", "市住房和城乡建设局",
                        "市财政局", "市残联", "市科技和工业信息化局", "市融媒体中心", "团市委", "市妇联", "市科协", "市关心下一代工作委员会"));
        header("WELFARE", "儿童与福利", List.of("市民政局", "市人力资源和社会保障局", "市残联"),
                List.of("市公安局", "市卫生健康局", "市自然资源局", "市发展和改革委员会", "市财政局", "市住房和城乡建设局", "市医疗保障局",
                        "团市委", "市妇联", "市关心下一代工作委员会"));
        header("FAMILY", "儿童与家庭", List.of("市妇联"),
                List.of("市委宣传部", "市检察院", "市文化旅游广电体育局", "市司法局", "市民政局", "市卫生健康局", "市财政局", "市教育局",
                        "团市委", "市科协", "市关心下一代工作委员会"));
        header("ENVIRONMENT", "儿童与环境", List.of("市委宣传部", "市文化旅游广电体育局", "民政局", "市水利局", "市市场监督管理局", "市妇联"),
                List.of("市委网信办", "市司法局", "市自然资源局", "市统计局", "市发展和改革委员会", "市应急管理局", "市财政局",
                        "市住房和城乡建设局", "衡阳市生态环境局常宁分局", "市教育局", "市残联", "市民族宗教事务局", "市科技和工业信息化局",
                        "市融媒体中心", "团市委", "市科协", "市关心下一代工作委员会"));
        header("LAW", "儿童与法律保护", List.of("市人民法院", "市检察院", "市公安局", "市司法局", "市人力资源和社会保障局"),
                List.of("市委宣传部", "市融媒体中心", "市委网信办", "市民政局", "市残联", "团市委", "市妇联", "市关心下一代工作委员会"));
    }

    private static void header(String domain, String nameZh, List<String> lead, List<String> responsible) {
        DOMAIN_NAMES.put(domain, nameZh);
        LEAD.put(domain, lead);
        RESPONSIBLE.put(domain, responsible);
    }

    private static String sourceText;

    @BeforeAll
    static void readSource() throws IOException {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        try (InputStream in = ResponsibilityMatrixContentTest.class.getResourceAsStream("/source/changning-children-2021-2025.txt")) {
            // the text has page breaks inside sentences: joining the lines restores them
            sourceText = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\R", "");
        }
    }

    @BeforeEach
    void seeded() {
        TestData.awaitSeed();
    }

    private static String codeOf(String name) {
        return given().queryParam("name", name).get("/api/v1/agencies/lookup").then().statusCode(200).extract().path("code");
    }

    private static Set<String> codesOf(List<String> names) {
        return names.stream().map(ResponsibilityMatrixContentTest::codeOf).collect(Collectors.toSet());
    }

    @Test
    void theExpectedHeadersAreThePlansOwnWords() {
        Pattern header = Pattern.compile("儿童与(\\S+?)\\s*[（(]牵头单位[:：]\\s*(.*?)。\\s*责任单位[:：]\\s*(.*?)。\\s*[）)]");
        Matcher m = header.matcher(sourceText);
        Map<String, List<List<String>>> found = new LinkedHashMap<>();
        while (m.find()) {
            found.put("儿童与" + m.group(1), List.of(split(m.group(2)), split(m.group(3))));
        }
        assertThat(found.keySet()).containsExactlyElementsOf(DOMAIN_NAMES.values());
        DOMAIN_NAMES.forEach((code, nameZh) -> {
            assertThat(found.get(nameZh).get(0)).as("lead units of " + code).isEqualTo(LEAD.get(code));
            assertThat(found.get(nameZh).get(1)).as("responsible units of " + code).isEqualTo(RESPONSIBLE.get(code));
        });
    }

    private static List<String> split(String units) {
        return Arrays.stream(units.split("、")).map(String::strip).toList();
    }

    @Test
    void matrixHasTheLeadAndResponsibleUnitsOfEveryDomainAsThePlanNamesThem() {
        JsonPath matrix = given().accept("application/json").get(PLAN + "/responsibility-matrix").then().statusCode(200)
                .header("Catalogue-Source", "FRESH")
                .body("domains", contains("HEALTH", "SAFETY", "EDUCATION", "WELFARE", "FAMILY", "ENVIRONMENT", "LAW"))
                .extract().jsonPath();
        List<Map<String, Object>> rows = matrix.getList("rows");
        for (String domain : DOMAIN_NAMES.keySet()) {
            assertThat(withRole(rows, domain, "LEAD")).as("LEAD of " + domain).isEqualTo(codesOf(LEAD.get(domain)));
            assertThat(withRole(rows, domain, "RESPONSIBLE")).as("RESPONSIBLE of " + domain).isEqualTo(codesOf(RESPONSIBLE.get(domain)));
        }
        assertThat(LEAD.get("ENVIRONMENT")).contains("民政局");
        assertThat(withRole(rows, "ENVIRONMENT", "LEAD")).contains("civil-affairs-bureau");
        // every unit of every header has a row, and nothing else does
        Set<String> all = new java.util.HashSet<>();
        LEAD.values().forEach(names -> all.addAll(codesOf(names)));
        RESPONSIBLE.values().forEach(names -> all.addAll(codesOf(names)));
        assertThat(rows).extracting(r -> (String) r.get("agencyCode")).containsExactlyInAnyOrderElementsOf(all).hasSize(31);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> withRole(List<Map<String, Object>> rows, String domain, String role) {
        return rows.stream().filter(r -> role.equals(((Map<String, Object>) r.get("roles")).get(domain)))
                .map(r -> (String) r.get("agencyCode")).collect(Collectors.toSet());
    }

    @Test
    void matrixRowsFollowTheReadingOrderOfThePlan() {
        given().get(PLAN + "/responsibility-matrix").then().statusCode(200)
                .body("rows[0].agencyCode", equalTo("health-bureau"))
                .body("rows[0].nameZh", equalTo("市卫生健康局"))
                .body("rows[0].roles.HEALTH", equalTo("LEAD"))
                .body("rows[0].roles.SAFETY", equalTo("RESPONSIBLE"))
                .body("rows[1].agencyCode", equalTo("culture-tourism-sports-bureau"))
                .body("rows.find { it.agencyCode == 'procuratorate' }.nameZh", equalTo("市人民检察院"))
                .body("rows.find { it.agencyCode == 'procuratorate' }.roles", equalTo(Map.of("FAMILY", "RESPONSIBLE", "LAW", "LEAD")));
    }

    @Test
    void looksUpEveryWayThePlanWritesAUnit() {
        assertThat(codeOf("民政局")).isEqualTo("civil-affairs-bureau");
        assertThat(codeOf("市民政局")).isEqualTo("civil-affairs-bureau");
        assertThat(codeOf("市发展改革局")).isEqualTo("development-reform-commission");
        assertThat(codeOf("市发展和改革委员会")).isEqualTo("development-reform-commission");
        assertThat(codeOf("市检察院")).isEqualTo("procuratorate");
        assertThat(codeOf("市人民检察院")).isEqualTo("procuratorate");
        assertThat(codeOf("衡阳市生态环境局常宁分局")).isEqualTo("ecology-environment-branch");
        assertThat(codeOf("统计部门")).isEqualTo("statistics-bureau");
        assertThat(codeOf("妇联")).isEqualTo("womens-federation");
        // line breaks and full-width spaces inside a name, as copies of the plan have them
        assertThat(codeOf("市 民政局")).isEqualTo("civil-affairs-bureau");
        assertThat(codeOf("市\u3000检察院")).isEqualTo("procuratorate");
        given().queryParam("name", "市体育局").get("/api/v1/agencies/lookup").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detailZh", equalTo("没有名称或别名为“市体育局”的单位"));
    }

    @Test
    void seedsEveryHeaderUnitAsACommitteeMemberWithItsKind() {
        given().get("/api/v1/agencies?committeeMember=true&size=500&q=").then().statusCode(200)
                .body("items.code", hasItems("health-bureau", "publicity-department", "procuratorate", "ecology-environment-branch"));
        given().get("/api/v1/agencies/publicity-department").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("kind", equalTo("PARTY_COMMITTEE_DEPARTMENT"))
                .body("committeeMember", equalTo(true))
                .body("note", org.hamcrest.Matchers.containsString("规划未列出市妇儿工委成员名单"));
        given().get("/api/v1/agencies/procuratorate").then().body("kind", equalTo("JUDICIAL_ORGAN"))
                .body("aliases", contains("市检察院"));
        given().get("/api/v1/agencies/womens-federation").then().body("kind", equalTo("PEOPLES_ORGANISATION"));
        given().get("/api/v1/agencies/ecology-environment-branch").then().body("kind", equalTo("BRANCH_OF_HIGHER_LEVEL_BUREAU"));
        given().get("/api/v1/agencies/media-centre").then().body("kind", equalTo("PUBLIC_INSTITUTION"));
        given().get("/api/v1/agencies/municipal-government").then().body("committeeMember", equalTo(false))
                .body("kind", equalTo("PEOPLES_GOVERNMENT"));
    }

    @Test
    void keepsEachUnitAsTheHeaderWritesIt() {
        given().get(PLAN + "/assignments?scopeCode=ENVIRONMENT&role=LEAD&agency=civil-affairs-bureau").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo("ENVIRONMENT.LEAD.civil-affairs-bureau.2021-01-01"))
                .body("items[0].sourceNameZh", equalTo("民政局"))
                .body("items[0].agencyNameZh", equalTo("市民政局"))
                .body("items[0].scopeType", equalTo("DOMAIN"))
                .body("items[0].validFrom", equalTo("2021-01-01"))
                .body("items[0].origin", equalTo("IMPORT"));
        given().get(PLAN + "/assignments?domain=EDUCATION&agency=development-reform-commission").then()
                .body("items[0].sourceNameZh", equalTo("市发展改革局"));
        given().get(PLAN + "/assignments?domain=WELFARE&agency=development-reform-commission").then()
                .body("items[0].sourceNameZh", equalTo("市发展和改革委员会"));
        int total = LEAD.values().stream().mapToInt(List::size).sum() + RESPONSIBLE.values().stream().mapToInt(List::size).sum();
        given().get(PLAN + "/assignments?scopeType=DOMAIN&size=500").then().body("total", equalTo(total));
    }

    @Test
    void seedsTheGovernanceBodiesOfSectionsThreeAndFour() {
        given().get("/api/v1/governance-bodies?size=500").then().statusCode(200)
                .body("items.code", hasItems("womens-childrens-committee", "womens-childrens-committee-office",
                        "monitoring-evaluation-leading-group", "monitoring-group", "evaluation-group"));
        List<String> members = given().get("/api/v1/governance-bodies/womens-childrens-committee").then().statusCode(200)
                .body("shortNameZh", equalTo("市妇儿工委"))
                .body("kind", equalTo("COMMITTEE"))
                .body("lead.agencyCode", equalTo("municipal-government"))
                .body("includesCommitteeMembers", equalTo(true))
                .extract().path("members.code");
        // every unit of a domain header is taken as a member unit (the plan names no member list); other tests may add more
        Set<String> headerUnits = new java.util.HashSet<>();
        LEAD.values().forEach(names -> headerUnits.addAll(codesOf(names)));
        RESPONSIBLE.values().forEach(names -> headerUnits.addAll(codesOf(names)));
        assertThat(members).containsAll(headerUnits).doesNotContain("municipal-government");
        given().get("/api/v1/governance-bodies/womens-childrens-committee-office").then()
                .body("parentCode", equalTo("womens-childrens-committee"))
                .body("housedAt.code", equalTo("womens-federation"))
                .body("lead.agencyCode", equalTo("womens-federation"))
                .body("lead.asWrittenZh", equalTo("妇联"));
        given().get("/api/v1/governance-bodies/monitoring-evaluation-leading-group").then()
                .body("lead.bodyCode", equalTo("womens-childrens-committee"))
                .body("memberBodies.code", contains("womens-childrens-committee"));
        given().get("/api/v1/governance-bodies/monitoring-group").then()
                .body("parentCode", equalTo("monitoring-evaluation-leading-group"))
                .body("lead.agencyCode", equalTo("statistics-bureau"))
                .body("lead.asWrittenZh", equalTo("统计部门"))
                .body("members.code", hasItems("statistics-bureau", "health-bureau"));
        given().get("/api/v1/governance-bodies/evaluation-group").then()
                .body("lead.bodyCode", equalTo("womens-childrens-committee-office"))
                .body("sourceZh", equalTo("四（二）"));
        given().get("/api/v1/governance-bodies?kind=WORKING_GROUP&size=500").then()
                .body("items.code", hasItems("monitoring-group", "evaluation-group"))
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("WORKING_GROUP")));
        given().get("/api/v1/governance-bodies?kind=COMMITTEE&size=500").then()
                .body("items.code", org.hamcrest.Matchers.not(hasItems("monitoring-group")));
        given().get("/api/v1/governance-bodies?kind=TASK_FORCE").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void answersWhoIsResponsibleForAnIndicatorFromItsDomainHeader() {
        JsonPath answer = given().get(PLAN + "/indicators/HEALTH-3a/responsible-agencies").then().statusCode(200)
                .header("Catalogue-Source", "FRESH")
                .body("domainCode", equalTo("HEALTH"))
                .body("goalCode", equalTo("HEALTH-3"))
                .body("nameZh", equalTo("新生儿死亡率"))
                .body("catalogue.source", equalTo("FRESH"))
                .body("lead.scopeType", equalTo("DOMAIN"))
                .body("lead.agencies.agencyCode", contains("health-bureau"))
                .body("responsible.scopeType", equalTo("DOMAIN"))
                .body("dataProviders.scopeType", equalTo(null))
                .body("dataProviders.agencies", empty())
                .extract().jsonPath();
        assertThat(answer.<String>getList("responsible.agencies.agencyCode"))
                .containsExactlyElementsOf(RESPONSIBLE.get("HEALTH").stream().map(ResponsibilityMatrixContentTest::codeOf).toList());
    }

    @Test
    void resolvesWhatTheStatisticsBureauAnswersForDownToTheIndicators() {
        JsonPath answer = given().get("/api/v1/agencies/statistics-bureau/responsibilities?plan=" + TestData.CHANGNING).then()
                .statusCode(200)
                .body("catalogue.source", equalTo("FRESH"))
                .body("assignments.scopeCode", containsInAnyOrder("HEALTH", "SAFETY", "EDUCATION", "ENVIRONMENT"))
                .extract().jsonPath();
        List<String> domains = answer.getList("indicators.domainCode");
        // responsible in HEALTH (41 indicators), SAFETY (13), EDUCATION (14) and ENVIRONMENT (21)
        assertThat(domains).hasSize(89);
        assertThat(new ArrayList<>(new java.util.LinkedHashSet<>(domains))).containsExactly("HEALTH", "SAFETY", "EDUCATION", "ENVIRONMENT");
        assertThat(answer.<String>getList("indicators.roles.role.flatten()")).containsOnly("RESPONSIBLE");
        given().get("/api/v1/agencies/statistics-bureau/responsibilities?plan=" + TestData.CHANGNING + "&role=LEAD").then()
                .body("indicators", empty());
        given().get("/api/v1/agencies/statistics-bureau/responsibilities?plan=" + TestData.CHANGNING + "&domain=SAFETY").then()
                .body("indicators", hasSize(13));
    }

    @Test
    void exportsTheMatrixAsCsvWithABomForExcel() {
        byte[] csv = given().accept("text/csv").get(PLAN + "/responsibility-matrix").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"responsibility-matrix-" + TestData.CHANGNING))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("agencyCode,nameZh,HEALTH,SAFETY,EDUCATION,WELFARE,FAMILY,ENVIRONMENT,LAW");
        assertThat(lines.get(1)).isEqualTo("health-bureau,市卫生健康局,LEAD,RESPONSIBLE,RESPONSIBLE,RESPONSIBLE,RESPONSIBLE,,");
        assertThat(lines).contains("civil-affairs-bureau,市民政局,RESPONSIBLE,RESPONSIBLE,RESPONSIBLE,LEAD,RESPONSIBLE,LEAD,RESPONSIBLE");
        assertThat(lines).hasSize(32);
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void exportsTheMatrixAsAnExcelWorkbook() throws IOException {
        byte[] xlsx = given().accept(XLSX).get(PLAN + "/responsibility-matrix").then().statusCode(200)
                .contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet grid = workbook.getSheetAt(0);
            assertThat(grid.getRow(0).getCell(2).getStringCellValue()).isEqualTo("HEALTH");
            assertThat(grid.getRow(0).getCell(8).getStringCellValue()).isEqualTo("LAW");
            assertThat(grid.getRow(1).getCell(0).getStringCellValue()).isEqualTo("health-bureau");
            assertThat(grid.getRow(1).getCell(1).getStringCellValue()).isEqualTo("市卫生健康局");
            assertThat(grid.getRow(1).getCell(2).getStringCellValue()).isEqualTo("LEAD");
            assertThat(grid.getLastRowNum()).isEqualTo(31);
            Sheet legend = workbook.getSheetAt(1);
            assertThat(legend.getRow(1).getCell(1).getStringCellValue()).isEqualTo("儿童与健康");
        }
    }

    @Test
    void negotiatesTheMatrixFormatFromAccept() {
        given().accept("text/csv;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(PLAN + "/responsibility-matrix")
                .then().statusCode(200).contentType(XLSX);
        given().accept("*/*").get(PLAN + "/responsibility-matrix").then().statusCode(200).contentType("application/json");
        given().accept("application/pdf").get(PLAN + "/responsibility-matrix").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void importingTheShippedDocumentAgainChangesNothing() throws IOException {
        String shipped;
        try (InputStream in = getClass().getResourceAsStream("/responsibilities/changning-children-2021-2025.json")) {
            shipped = new ObjectMapper().readTree(in).toString();
        }
        given().contentType("application/json").body(shipped).post("/api/v1/responsibility-imports").then().statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("changes", empty())
                .body("counts.agencies.unchanged", equalTo(32))
                .body("counts.governanceBodies.unchanged", equalTo(5))
                .body("counts.assignments.unchanged", equalTo(
                        LEAD.values().stream().mapToInt(List::size).sum() + RESPONSIBLE.values().stream().mapToInt(List::size).sum()))
                .body("catalogues[0].planCode", equalTo(TestData.CHANGNING))
                .body("catalogues[0].source", equalTo("FRESH"));
    }

    @Test
    void reportsTheSeedInReadiness() {
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == 'Responsibility seed' }.data.'responsibilities/changning-children-2021-2025.json'",
                        equalTo("LOADED"));
    }

    @Test
    void answersForEveryIndicatorInOneRequestWithDataProvidersFromTheCatalogue() {
        var items = given().get(PLAN + "/indicator-responsibilities?asOf=2023-12-31").then().statusCode(200)
                .body("planCode", equalTo(TestData.CHANGNING))
                .body("asOf", equalTo("2023-12-31"))
                .extract().jsonPath().<java.util.Map<String, Object>>getList("items");
        org.assertj.core.api.Assertions.assertThat(items).hasSize(123);
        var myopia = items.stream().filter(i -> "HEALTH-9c".equals(i.get("indicatorCode"))).findFirst().orElseThrow();
        // the health domain's lead, but the catalogue names the education bureau as the source of school myopia data
        org.assertj.core.api.Assertions.assertThat(myopia.get("leads").toString()).contains("health-bureau");
        org.assertj.core.api.Assertions.assertThat(myopia.get("dataProviders").toString()).contains("education-bureau");
        org.assertj.core.api.Assertions.assertThat(myopia.get("dataProviderBasis")).isEqualTo("CATALOGUE_DATA_SOURCE");
        var drowning = items.stream().filter(i -> "SAFETY-3a".equals(i.get("indicatorCode"))).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(drowning.get("leads").toString())
                .contains("public-security-bureau", "education-bureau");
    }
}
