package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.childplan.evaluation.rest.Monitoring.row;
import static org.childplan.platform.testing.NumberMatchers.numberCloseTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Progress, warnings, equity gaps, the annual report and the SDMX export, from data accepted through the API. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ProgressAndWarningsTest {

    /** One person holding every role of the workflow, at the health bureau; access itself is tested in AccessMatrixTest. */
    @org.junit.jupiter.api.BeforeAll
    static void actAsEveryRole() {
        org.childplan.platform.testing.Tokens.actAs("health-bureau", "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String planWithMortalitySeries() {
        return Monitoring.planWithMortalitySeries();
    }

    @Test
    void computesProgressWithTheCagrMethod() {
        String plan = planWithMortalitySeries();
        given().get("/api/v1/plans/" + plan + "/progress?year=2023&domain=HEALTH&size=100").then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.status", equalTo("LIMITED_PROGRESS"))
                // R = ((9/10)^(1/3) − 1) / |(6/10)^(1/5) − 1| = −0.034511 / −0.097123
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.ratio", numberCloseTo(0.3553, 0.0001))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.baseYear", equalTo(2020))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.latestYear", equalTo(2023))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.dataPoints", equalTo(4))
                .body("items.find { it.indicatorCode == 'HEALTH-2a' }.status", equalTo("SUBSTANTIAL_PROGRESS"))
                .body("items.find { it.indicatorCode == 'HEALTH-2b' }.status", equalTo("INSUFFICIENT_DATA"))
                .body("items.find { it.indicatorCode == 'HEALTH-1a' }.status", equalTo("NOT_ASSESSED"));
        // as of 2021 only two years count
        given().get("/api/v1/plans/" + plan + "/progress?year=2021&domain=HEALTH&status=LIMITED_PROGRESS").then()
                .body("items.indicatorCode", hasItem("HEALTH-3c"))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.dataPoints", equalTo(2));
    }

    @Test
    void givesTheGrowthRateOfATargetWithoutANumberApartFromTheRatio() {
        String plan = Monitoring.newPlan();
        double[] values = {10.0, 9.5, 9.0, 8.6};
        for (int i = 0; i < values.length; i++) {
            Monitoring.accepted(plan, 2020 + i, "health-bureau", List.of(row("HEALTH-10a", 2020 + i, values[i]),
                    row("HEALTH-3c", 2020 + i, 10.0 - 0.4 * i)));
        }
        given().get("/api/v1/plans/" + plan + "/progress?year=2023&domain=HEALTH&size=100").then().statusCode(200)
                .body("items.find { it.indicatorCode == 'HEALTH-10a' }.targetType", equalTo("DECREASE"))
                // p = (8.6/10)^(1/3) − 1 = −0.0490, positive for a decrease
                .body("items.find { it.indicatorCode == 'HEALTH-10a' }.growthRate", numberCloseTo(0.0490, 0.0005))
                .body("items.find { it.indicatorCode == 'HEALTH-10a' }", not(hasKey("ratio")))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.ratio", notNullValue())
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }", not(hasKey("growthRate")));
    }

    @Test
    void warnsAboutIndicatorsExpectedToMissNamingTheLeadAgency() {
        String plan = planWithMortalitySeries();
        given().get("/api/v1/plans/" + plan + "/warnings?year=2023&rule=EXPECTED_TO_MISS").then().statusCode(200)
                .body("items.indicatorCode", hasItem("HEALTH-3c"))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.leadAgencies[0].code", equalTo("health-bureau"))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.criteria", hasItem("PROGRESS_STATUS"))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.ruleZh", equalTo("预计达标困难"))
                .body("items.find { it.indicatorCode == 'HEALTH-3c' }.messageZh",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        given().get("/api/v1/plans/" + plan + "/warnings?year=2023&rule=LOUD").then().statusCode(400);
    }

    @Test
    void warnsAboutAVolatileIndicator() {
        String plan = Monitoring.newPlan();
        Monitoring.accepted(plan, 2022, "health-bureau", List.of(row("HEALTH-2a", 2022, 80)));
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(row("HEALTH-2a", 2023, 95)));
        given().get("/api/v1/plans/" + plan + "/warnings?year=2023&rule=VOLATILE").then().statusCode(200)
                .body("items.indicatorCode", hasItem("HEALTH-2a"))
                .body("items.find { it.indicatorCode == 'HEALTH-2a' }.evidence.relativeChange", numberCloseTo(0.1875, 0.0001));
    }

    @Test
    void measuresTheUrbanRuralGapAndWhetherItNarrows() {
        String plan = planWithMortalitySeries();
        given().get("/api/v1/plans/" + plan + "/equity-gaps?year=2023&dimension=RESIDENCE").then().statusCode(200)
                .body("items[0].indicatorCode", equalTo("HEALTH-3c"))
                .body("items[0].groupA", equalTo("URBAN"))
                .body("items[0].years.size()", equalTo(4))
                .body("items[0].years[0].gap", equalTo(-5.0f))
                .body("items[0].latestAbsoluteGap", equalTo(4.0f))
                .body("items[0].trend", equalTo("NARROWING"))
                .body("items[0].trendZh", equalTo("差距缩小"))
                .body("items[0].dimensionZh", equalTo("城乡"));
        given().get("/api/v1/plans/" + plan + "/equity-gaps?year=2023&dimension=AGE").then().statusCode(400);
    }

    @Test
    void offersTheAnnualReportAsJsonHtmlPdfAndXlsx() throws Exception {
        String plan = planWithMortalitySeries();
        String report = Monitoring.cycles(plan) + "/2023/report";
        given().accept("application/json").get(report).then().statusCode(200)
                .body("year", equalTo(2023))
                .body("planTitleZh", equalTo("常宁市儿童发展规划（2021—2025年）"))
                .body("domains[0].code", equalTo("HEALTH"))
                .body("domains[0].statusCounts.LIMITED_PROGRESS", equalTo(1))
                .body("warnings.indicatorCode", hasItem("HEALTH-3c"))
                .body("completeness.byAgency.find { it.code == 'health-bureau' }.accepted", equalTo(2));
        String html = given().accept("text/html").get(report).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        Assertions.assertThat(html).contains("2023年度监测报告", "5岁以下儿童死亡率", "Annual Monitoring Report", "进展有限");
        byte[] xlsx = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(report)
                .then().statusCode(200).extract().asByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Assertions.assertThat(book.getSheetName(1)).isEqualTo("报送情况 Completeness");
            var indicators = book.getSheet("指标 Indicators");
            Assertions.assertThat(indicators.getLastRowNum()).isGreaterThan(100);
            // the same long sheet as the evaluation report, in the plan's jurisdiction
            var long_ = book.getSheet("长表 Long");
            Assertions.assertThat(long_.getRow(0).getCell(4).getStringCellValue()).isEqualTo("area_code");
            Assertions.assertThat(long_.getRow(1).getCell(4).getStringCellValue()).isEqualTo("430482");
        }
        byte[] pdf = given().accept("application/pdf").get(report).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("2023年度监测报告", "常宁市人民政府妇女儿童工作委员会监测评估领导小组监测组", "5岁以下儿童死亡率", "≤6‰");
        }
        given().accept("text/plain").get(report).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void packsTheYearsResultsForTheCommitteeAboveWithAManifestOfChecksums() throws Exception {
        String plan = planWithMortalitySeries();
        byte[] zip = given().spec(Tokens.as("statistics")).get(Monitoring.cycles(plan) + "/2023/upward-package").then()
                .statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("upward-package-" + plan + "-2023.zip")).extract().asByteArray();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (var entries = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), entries.readAllBytes());
            }
        }
        String base = plan + "-2023";
        Assertions.assertThat(files).containsOnlyKeys("annual-report-" + base + ".pdf", "annual-report-" + base + ".xlsx",
                "observations-" + base + ".csv", "manifest.json", "SHA256SUMS");
        Assertions.assertThat(new String(files.get("annual-report-" + base + ".pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Assertions.assertThat(new String(files.get("observations-" + base + ".csv"), StandardCharsets.UTF_8))
                .startsWith("STRUCTURE,STRUCTURE_ID").contains(",HEALTH-3c,_T,_T,_T,2023,9,");
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(files.get("manifest.json"));
        Assertions.assertThat(manifest.path("year").asInt()).isEqualTo(2023);
        Assertions.assertThat(manifest.path("issuerZh").asText()).isEqualTo("常宁市人民政府妇女儿童工作委员会监测评估领导小组监测组");
        Assertions.assertThat(manifest.path("files")).hasSize(3);
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (var file : manifest.path("files")) {
            byte[] content = files.get(file.path("name").asText());
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            Assertions.assertThat(file.path("sha256").asText()).isEqualTo(digest);
            Assertions.assertThat(file.path("bytes").asInt()).isEqualTo(content.length);
            Assertions.assertThat(sums).contains(digest + "  " + file.path("name").asText() + "\n");
        }
        given().spec(Tokens.as("reporter", "health-bureau")).get(Monitoring.cycles(plan) + "/2023/upward-package").then()
                .statusCode(403);
        given().spec(Tokens.as("statistics")).get(Monitoring.cycles(plan) + "/2019/upward-package").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void exportsAcceptedObservationsAsSdmxCsv() {
        String plan = planWithMortalitySeries();
        String csv = given().accept("application/vnd.sdmx.data+csv;version=2.0.0")
                .get("/api/v1/plans/" + plan + "/observations?indicator=HEALTH-3c&year=2023").then().statusCode(200)
                .extract().asString();
        List<String> lines = csv.lines().toList();
        Assertions.assertThat(lines.get(0)).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,SEX,URBANISATION,AGE,"
                + "TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE_DETAIL,COMMENT_OBS");
        Assertions.assertThat(lines).hasSize(4)
                .contains("dataflow,CHILDPLAN:DF_" + plan.replace('-', '_') + "(1.0),I,A,430482,HEALTH-3c,_T,R,_T,2023,10.5,PER_1000,A,,");
        given().accept("application/json").get("/api/v1/plans/" + plan + "/observations?year=2020").then().statusCode(200)
                .body("total", equalTo(4));
    }

    @Test
    void exportsTheSourceAndNoteAnAgencySubmittedWithEachValue() {
        String plan = Monitoring.newPlan();
        Map<String, Object> row = row("HEALTH-3c", 2023, 9.0);
        row.put("source", "卫健局年报, 2023");
        row.put("note", "含\"流动儿童\"；口径同上年");
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(row));

        String csv = given().accept("text/csv").get("/api/v1/plans/" + plan + "/observations?indicator=HEALTH-3c").then()
                .statusCode(200).extract().asString();
        Assertions.assertThat(csv.lines().toList().get(1)).endsWith(",9,PER_1000,A,\"卫健局年报, 2023\",\"含\"\"流动儿童\"\"；口径同上年\"");
        given().accept("application/json").get("/api/v1/plans/" + plan + "/observations?indicator=HEALTH-3c").then()
                .statusCode(200)
                .body("items[0].source", equalTo("卫健局年报, 2023"))
                .body("items[0].note", equalTo("含\"流动儿童\"；口径同上年"));
    }
}
