package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.evaluation.rest.Monitoring.row;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.domain.ObservationXlsx;
import org.childplan.evaluation.domain.ObservationXlsx.Column;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Excel in, Excel out: the template an agency downloads is what it owes, and filled in it is a submission. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class SubmissionTemplateTest {

    private static final String XLSX = ObservationXlsx.MEDIA_TYPE;
    private static final String AGENCY = "health-bureau";

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Tokens.anonymous();
    }

    @Test
    void templateHoldsARowForEveryValueTheAgencyOwesWithLastYearsValueAndDropdowns() throws IOException {
        String plan = planWith2022Values();
        List<String> owed = given().spec(Tokens.as("statistics"))
                .get(Monitoring.cycles(plan) + "/2023/expected-reports?agency=" + AGENCY + "&size=500")
                .then().statusCode(200).extract().path("items.indicatorCode");

        try (XSSFWorkbook workbook = download(plan, Tokens.as("reporter", AGENCY))) {
            XSSFSheet data = workbook.getSheet(ObservationXlsx.DATA_SHEET);
            Set<String> codes = new HashSet<>();
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                codes.add(text(data.getRow(r), Column.INDICATOR_CODE));
                assertThat(data.getRow(r).getCell(Column.YEAR.ordinal()).getNumericCellValue()).isEqualTo(2023.0);
                assertThat(data.getRow(r).getCell(Column.VALUE.ordinal()).getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            }
            assertThat(codes).containsExactlyInAnyOrderElementsOf(owed);
            Row rural = find(data, "HEALTH-3c", "RURAL");
            assertThat(text(rural, Column.INDICATOR_NAME)).isNotBlank();
            assertThat(text(rural, Column.UNIT)).isEqualTo("‰");
            assertThat(text(rural, Column.SEX)).isEqualTo("合计 (TOTAL)");
            assertThat(rural.getCell(Column.PREVIOUS_VALUE.ordinal()).getNumericCellValue()).isEqualTo(11.0);
            assertThat(find(data, "HEALTH-3c", "TOTAL").getCell(Column.PREVIOUS_VALUE.ordinal()).getNumericCellValue())
                    .isEqualTo(9.3);
            assertThat(text(data.getRow(0), Column.VALUE)).isEqualTo("本年数值\nvalue");
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<? extends DataValidation> validations = data.getDataValidations();
            Set<Integer> validated = new HashSet<>();
            validations.forEach(v -> {
                assertThat(v.getValidationConstraint().getFormula1()).startsWith("'代码表'!");
                validated.add(v.getRegions().getCellRangeAddress(0).getFirstColumn());
            });
            assertThat(validated).containsExactlyInAnyOrder(Column.AREA.ordinal(), Column.SEX.ordinal(),
                    Column.RESIDENCE.ordinal(), Column.AGE_GROUP.ordinal());
            XSSFSheet guide = workbook.getSheet(ObservationXlsx.GUIDE_SHEET);
            assertThat(guide.getRow(3).getCell(0).getStringCellValue()).isEqualTo("填写说明");
            assertThat(workbook.getSheet(ObservationXlsx.CODES_SHEET).getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("城镇 (URBAN)");
        }
    }

    @Test
    void aFilledTemplateIsASubmissionAndARetryWithTheSameKeyIsTheSameOne() throws IOException {
        String plan = planWith2022Values();
        byte[] filled = fill(download(plan, Tokens.as("reporter", AGENCY)), 9.1, 10.5, null);
        String key = "xlsx-" + UUID.randomUUID();

        String code = given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX).header("Idempotency-Key", key)
                .body(filled).post(Monitoring.submissions(plan, 2023))
                .then().statusCode(201).body("agencyCode", equalTo(AGENCY)).extract().path("code");
        given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX).header("Idempotency-Key", key)
                .body(filled).post(Monitoring.submissions(plan, 2023))
                .then().statusCode(201).body("code", equalTo(code));

        given().spec(Tokens.as("statistics")).get(Monitoring.submissions(plan, 2023) + "?agency=" + AGENCY)
                .then().statusCode(200).body("total", equalTo(1));
        given().spec(Tokens.as("statistics")).get(Monitoring.submissions(plan, 2023) + "/" + code + "/observations")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.residence == 'TOTAL' }.value", equalTo(9.1f))
                .body("items.find { it.residence == 'RURAL' }.value", equalTo(10.5f))
                .body("items.find { it.residence == 'RURAL' }.source", equalTo("妇幼卫生年报"));
    }

    @Test
    void aFilledTemplateReplacesTheRowsOfADraft() throws IOException {
        String plan = planWith2022Values();
        String code = given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX)
                .body(fill(download(plan, Tokens.as("reporter", AGENCY)), 9.1, null, null))
                .post(Monitoring.submissions(plan, 2023)).then().statusCode(201).extract().path("code");
        String path = Monitoring.submissions(plan, 2023) + "/" + code;

        given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX).header("If-Match", Monitoring.etag(Tokens.as("reporter", AGENCY), path))
                .body(fill(download(plan, Tokens.as("reporter", AGENCY)), 9.2, 10.4, null))
                .put(path + "/observations")
                .then().statusCode(200).body("observationCount", equalTo(2));
        given().spec(Tokens.as("reporter", AGENCY)).get(path + "/observations").then().statusCode(200)
                .body("items.find { it.residence == 'TOTAL' }.value", equalTo(9.2f));
    }

    @Test
    void aDryRunChecksTheWorkbookAndStoresNothing() throws IOException {
        String plan = planWith2022Values();
        byte[] filled = fill(download(plan, Tokens.as("statistics")), 9.0, 10.5, null);

        given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX).body(filled)
                .post(Monitoring.submissions(plan, 2023) + "?dryRun=true")
                .then().statusCode(200).body("observationCount", equalTo(2)).body("status", equalTo("DRAFT"));
        given().spec(Tokens.as("statistics")).get(Monitoring.submissions(plan, 2023))
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aBadCellIsNamedBySheetAndCellAndNothingIsStored() throws IOException {
        String plan = planWith2022Values();
        XSSFWorkbook workbook = download(plan, Tokens.as("reporter", AGENCY));
        int ruralRow = find(workbook.getSheet(ObservationXlsx.DATA_SHEET), "HEALTH-3c", "RURAL").getRowNum() + 1;
        int totalRow = find(workbook.getSheet(ObservationXlsx.DATA_SHEET), "HEALTH-3c", "TOTAL").getRowNum() + 1;
        // the rural rate is not a number, and the total is below the unit's range
        byte[] filled = fill(workbook, -5.0, null, "约十");

        given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX).body(filled).post(Monitoring.submissions(plan, 2023))
                .then().statusCode(400)
                .body("errors.field", hasItem("指标数据!J" + ruralRow))
                .body("errors.find { it.field == '指标数据!J" + ruralRow + "' }.messageZh", containsString("不是数字"))
                .body("errors.find { it.field == '指标数据!J" + ruralRow + "' }.row", equalTo(ruralRow))
                .body("errors.field", hasItem("指标数据!J" + totalRow))
                .body("errors.find { it.field == '指标数据!J" + totalRow + "' }.message", containsString("at least"));
        given().spec(Tokens.as("statistics")).get(Monitoring.submissions(plan, 2023))
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anotherAgencysTemplateIsForbiddenToDownloadAndToUpload() throws IOException {
        String plan = planWith2022Values();
        given().spec(Tokens.as("reporter", "education-bureau")).accept(XLSX)
                .get(Monitoring.cycles(plan) + "/2023/templates/" + AGENCY)
                .then().statusCode(403).contentType("application/problem+json");
        byte[] filled = fill(download(plan, Tokens.as("admin")), 9.0, null, null);
        given().spec(Tokens.as("reporter", "education-bureau")).contentType(XLSX).body(filled)
                .post(Monitoring.submissions(plan, 2023))
                .then().statusCode(403);
    }

    @Test
    void unknownCyclesAndAgenciesThatOweNothingAnswer404() {
        String plan = planWith2022Values();
        given().spec(Tokens.as("statistics")).accept(XLSX).get(Monitoring.cycles(plan) + "/2024/templates/" + AGENCY)
                .then().statusCode(404).contentType("application/problem+json");
        given().spec(Tokens.as("statistics")).accept(XLSX).get(Monitoring.cycles(plan) + "/2023/templates/no-such-agency")
                .then().statusCode(404).body("detail", containsString("owes no data"));
    }

    @Test
    void aBodyThatIsNotAWorkbookIsABadRequest() {
        String plan = planWith2022Values();
        given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX)
                .body("indicatorCode,year,value\nHEALTH-3c,2023,5.8\n".getBytes(StandardCharsets.UTF_8))
                .post(Monitoring.submissions(plan, 2023))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].messageZh", containsString("不是可读取的 XLSX 工作簿"));
    }

    @Test
    void aZipBombAndAWorkbookPastTheRowLimitAreRefusedAsTooLarge() throws IOException {
        String plan = planWith2022Values();
        // a sheet that unpacks to 300 MB of blanks from a few hundred KB
        Path bomb = workbook(zip -> {
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = " ".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 300L << 20; n += blanks.length) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        // a header, then 200,001 rows: one past the row limit of a submission
        Path rows = workbook(zip -> {
            zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicatorCode</t></is></c>"
                    + "<c r=\"D1\" t=\"inlineStr\"><is><t>year</t></is></c><c r=\"J1\" t=\"inlineStr\"><is><t>value</t></is></c></row>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int r = 2; r <= 200_002; r++) {
                zip.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>HEALTH-3c</t></is></c><c r=\"D" + r
                        + "\"><v>2023</v></c><c r=\"J" + r + "\"><v>5.8</v></c></row>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        try {
            given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX).body(Files.readAllBytes(bomb))
                    .post(Monitoring.submissions(plan, 2023) + "?agency=" + AGENCY)
                    .then().statusCode(413).contentType("application/problem+json");
            given().spec(Tokens.as("reporter", AGENCY)).contentType(XLSX).body(Files.readAllBytes(rows))
                    .post(Monitoring.submissions(plan, 2023) + "?agency=" + AGENCY)
                    .then().statusCode(413).body("detailZh", containsString("200000行"));
        } finally {
            Files.deleteIfExists(bomb);
            Files.deleteIfExists(rows);
        }
    }

    // ---- helpers

    /** A plan whose 2022 values of HEALTH-3c are accepted (9.3, rural 11.0), with the 2023 cycle open. */
    private static String planWith2022Values() {
        String plan = Monitoring.newPlan();
        Tokens.actAs(AGENCY, "statistics", "reporter");
        try {
            Monitoring.accepted(plan, 2022, AGENCY, List.of(row("HEALTH-3c", 2022, 9.3),
                    row("HEALTH-3c", 2022, "URBAN", 6.6), row("HEALTH-3c", 2022, "RURAL", 11.0)));
        } finally {
            Tokens.anonymous();
        }
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        return plan;
    }

    private static XSSFWorkbook download(String plan, RequestSpecification as) throws IOException {
        byte[] bytes = given().spec(as).accept(XLSX).get(Monitoring.cycles(plan) + "/2023/templates/" + AGENCY)
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("template-" + plan + "-2023-" + AGENCY + ".xlsx"))
                .extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The template with HEALTH-3c's total and rural values filled in (a text for the rural one, when given). */
    private static byte[] fill(XSSFWorkbook workbook, Double total, Double rural, String ruralText) throws IOException {
        try (workbook) {
            XSSFSheet data = workbook.getSheet(ObservationXlsx.DATA_SHEET);
            if (total != null) {
                find(data, "HEALTH-3c", "TOTAL").getCell(Column.VALUE.ordinal()).setCellValue(total);
            }
            Row ruralRow = find(data, "HEALTH-3c", "RURAL");
            if (rural != null) {
                ruralRow.getCell(Column.VALUE.ordinal()).setCellValue(rural);
                ruralRow.createCell(Column.SOURCE.ordinal()).setCellValue("妇幼卫生年报");
            } else if (ruralText != null) {
                ruralRow.getCell(Column.VALUE.ordinal()).setCellValue(ruralText);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The jurisdiction's row of the indicator with the residence given, sex and age group at their totals. */
    private static Row find(XSSFSheet data, String indicator, String residence) {
        for (int r = 1; r <= data.getLastRowNum(); r++) {
            Row row = data.getRow(r);
            if (indicator.equals(text(row, Column.INDICATOR_CODE)) && text(row, Column.RESIDENCE).endsWith("(" + residence + ")")
                    && text(row, Column.SEX).endsWith("(TOTAL)") && text(row, Column.AGE_GROUP).endsWith("(TOTAL)")
                    && text(row, Column.AREA).endsWith("(430482)")) {
                return row;
            }
        }
        throw new AssertionError("no row of " + indicator + " " + residence);
    }

    private static String text(Row row, Column column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null ? "" : cell.getStringCellValue();
    }

    private interface SheetWriter {
        void write(OutputStream sheet) throws IOException;
    }

    /** A minimal workbook whose data sheet the writer streams, compressed as it goes. */
    private static Path workbook(SheetWriter sheet) throws IOException {
        Path path = Files.createTempFile("workbook", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"指标数据\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
        }
        return path;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
