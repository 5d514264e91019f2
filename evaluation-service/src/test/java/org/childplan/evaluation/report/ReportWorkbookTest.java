package org.childplan.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    private static final Pattern ENUM_CODE = Pattern.compile("[A-Z_]{4,}");

    static XSSFWorkbook evaluationWorkbook(EvaluationReport report) throws IOException {
        var out = new ByteArrayOutputStream();
        ReportWorkbook.write(EvaluationReportFormats.parts(report), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static XSSFWorkbook annualWorkbook() throws IOException {
        var out = new ByteArrayOutputStream();
        ReportWorkbook.write(AnnualReportFormats.parts(ReportFixtures.annualReport()), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void namesTheSheetsChineseFirstWithEachReportsOwnParts() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport()); var annual = annualWorkbook()) {
            assertThat(sheetNames(book)).containsExactly("说明 About", "汇总 Summary", "指标 Indicators", "定性目标 Qualitative goals",
                    "自评 Self-assessments", "预警 Warnings", "差距 Gaps", "长表 Long");
            assertThat(sheetNames(annual)).containsExactly("说明 About", "报送情况 Completeness", "汇总 Summary", "指标 Indicators",
                    "预警 Warnings", "差距 Gaps", "目标责任 Scorecards", "长表 Long");
        }
    }

    @Test
    void writesOneNumericCellPerYearUnderTheYearHeaderAsReported() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport())) {
            XSSFSheet sheet = book.getSheet("指标 Indicators");
            List<String> headers = headers(sheet);
            int first = headers.indexOf("2020");
            assertThat(headers.subList(first, first + 4)).containsExactly("2020", "2021", "2022", "2023");
            assertThat(headers.get(first - 1)).isEqualTo("基期值 Base value");
            assertThat(headers.get(first + 4)).isEqualTo("最新年 Latest year");
            Row neonatal = row(sheet, "HEALTH-1");
            List<Double> values = new ArrayList<>();
            for (int c = first; c < first + 4; c++) {
                Cell cell = neonatal.getCell(c);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0");
                values.add(cell.getNumericCellValue());
            }
            // stored as reported (3.14); the format shows it at the unit's precision (3.1)
            assertThat(values).containsExactly(3.5, 3.3, 3.14, 3.05);
        }
    }

    @Test
    void writesUnitsTargetsAndStatusesInChinese() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport())) {
            XSSFSheet sheet = book.getSheet("指标 Indicators");
            List<String> headers = headers(sheet);
            Row neonatal = row(sheet, "HEALTH-1");
            Row enrolment = row(sheet, "EDUCATION-1");
            assertThat(text(neonatal, headers, "领域 Domain")).isEqualTo("儿童与健康");
            assertThat(text(neonatal, headers, "单位 Unit")).isEqualTo("‰");
            assertThat(text(neonatal, headers, "目标 Target")).isEqualTo("≤3‰");
            assertThat(text(neonatal, headers, "状态 Status")).isEqualTo("进展良好");
            assertThat(text(enrolment, headers, "单位 Unit")).isEqualTo("%");
            assertThat(text(enrolment, headers, "目标 Target")).isEqualTo("≥92%");
            assertThat(text(enrolment, headers, "状态 Status")).isEqualTo("需加快进度");
            assertThat(text(enrolment, headers, "目标（英文）Target (EN)")).isEqualTo("at least 92%");
        }
    }

    @Test
    void writesTheWordsForRowsSealedBeforeTheReportKeptThem() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport(ReportFixtures.rawRows()))) {
            XSSFSheet sheet = book.getSheet("指标 Indicators");
            Row neonatal = row(sheet, "HEALTH-1");
            assertThat(text(neonatal, headers(sheet), "单位 Unit")).isEqualTo("‰");
            assertThat(text(neonatal, headers(sheet), "目标 Target")).isEqualTo("≤3‰");
            assertThat(text(neonatal, headers(sheet), "状态 Status")).isEqualTo("进展良好");
        }
    }

    @Test
    void storesComputedValuesRoundedAndShowsThemSo() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport())) {
            XSSFSheet sheet = book.getSheet("指标 Indicators");
            List<String> headers = headers(sheet);
            Row enrolment = row(sheet, "EDUCATION-1");
            Cell projection = enrolment.getCell(headers.indexOf("预测值 Projection"));
            assertThat(projection.getNumericCellValue()).isEqualTo(91.2);
            assertThat(projection.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            Cell ratio = enrolment.getCell(headers.indexOf("R"));
            assertThat(ratio.getNumericCellValue()).isEqualTo(0.46);
            assertThat(ratio.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            Cell latest = enrolment.getCell(headers.indexOf("最新值 Latest value"));
            assertThat(latest.getNumericCellValue()).isEqualTo(89.25);
            assertThat(latest.getCellStyle().getDataFormatString()).isEqualTo("0.0");
        }
    }

    @Test
    void givesEverySheetABoldFrozenHeaderWithAnAutofilter() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport()); var annual = annualWorkbook()) {
            for (XSSFWorkbook workbook : List.of(book, annual)) {
                for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                    XSSFSheet sheet = workbook.getSheetAt(s);
                    var pane = sheet.getPaneInformation();
                    assertThat(pane).as(sheet.getSheetName()).isNotNull();
                    assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
                    assertThat(pane.getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 1);
                    assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                    int columns = sheet.getRow(0).getLastCellNum();
                    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(sheet.getSheetName())
                            .isEqualTo("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1)
                                    + (sheet.getLastRowNum() + 1));
                    Cell first = sheet.getRow(0).getCell(0);
                    assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as(sheet.getSheetName()).isTrue();
                    assertThat(sheet.getColumnWidth(0)).as(sheet.getSheetName()).isGreaterThan(6 * 256);
                }
            }
            // the code, domain and name stay in view beside the years
            assertThat(book.getSheet("指标 Indicators").getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void leavesNoEnumCodeInTheChineseColumns() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport()); var annual = annualWorkbook()) {
            for (XSSFWorkbook workbook : List.of(book, annual)) {
                for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                    XSSFSheet sheet = workbook.getSheetAt(s);
                    if (sheet.getSheetName().equals("长表 Long")) {
                        continue;
                    }
                    List<String> headers = headers(sheet);
                    for (Row row : sheet) {
                        if (row.getRowNum() == 0 || isCode(text(row, 0))) {
                            continue;
                        }
                        for (Cell cell : row) {
                            String header = headers.get(cell.getColumnIndex());
                            if (cell.getCellType() == CellType.STRING && !isCode(header) && !header.contains("(EN)")) {
                                assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + " " + header)
                                        .doesNotContainPattern(ENUM_CODE);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void writesTheGapsOneRowPerYearWithBothGroupsAsNumbers() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport())) {
            XSSFSheet sheet = book.getSheet("差距 Gaps");
            List<String> headers = headers(sheet);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row row2022 = sheet.getRow(2);
            assertThat(row2022.getCell(headers.indexOf("年份 Year")).getNumericCellValue()).isEqualTo(2022.0);
            assertThat(text(row2022, headers, "维度 Dimension")).isEqualTo("城乡");
            assertThat(text(row2022, headers, "组A Group A")).isEqualTo("城镇");
            assertThat(text(row2022, headers, "组B Group B")).isEqualTo("农村");
            assertThat(text(row2022, headers, "趋势 Trend")).isEqualTo("差距缩小");
            assertThat(row2022.getCell(headers.indexOf("组A值 Value A")).getNumericCellValue()).isEqualTo(2.5);
            assertThat(row2022.getCell(headers.indexOf("组B值 Value B")).getNumericCellValue()).isEqualTo(3.45);
            assertThat(row2022.getCell(headers.indexOf("差距（A−B）Gap")).getNumericCellValue()).isEqualTo(-0.95);
            assertThat(row2022.getCell(headers.indexOf("组B值 Value B")).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        }
    }

    @Test
    void keepsTheTrendOfAGapSealedWithoutItsGroupsValues() throws IOException {
        var report = ReportFixtures.evaluationReport(ReportFixtures.rows(), List.of(ReportFixtures.gapSealedWithoutPoints()));
        try (var book = evaluationWorkbook(report)) {
            XSSFSheet sheet = book.getSheet("差距 Gaps");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(text(sheet.getRow(1), headers(sheet), "维度 Dimension")).isEqualTo("城乡");
            assertThat(text(sheet.getRow(1), headers(sheet), "趋势 Trend")).isEqualTo("差距缩小");
            assertThat(sheet.getRow(1).getCell(headers(sheet).indexOf("年份 Year"))).isNull();
            // only the totals are left for the long sheet
            assertThat(book.getSheet("长表 Long").getLastRowNum()).isEqualTo(8);
        }
    }

    @Test
    void writesWarningsAndQualitativeGoalsInChinese() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport())) {
            XSSFSheet warnings = book.getSheet("预警 Warnings");
            Row warning = warnings.getRow(1);
            assertThat(text(warning, headers(warnings), "预警类型 Rule")).isEqualTo("预计达标困难");
            assertThat(text(warning, headers(warnings), "级别 Severity")).isEqualTo("中");
            assertThat(text(warning, headers(warnings), "牵头单位 Lead agencies")).isEqualTo("市教育局");
            XSSFSheet goals = book.getSheet("定性目标 Qualitative goals");
            Row goal = row(goals, "HEALTH-9");
            assertThat(text(goal, headers(goals), "领域 Domain")).isEqualTo("儿童与健康");
            assertThat(text(goal, headers(goals), "评定 Rating")).isEqualTo("基本实现");
            assertThat(text(goal, headers(goals), "各单位自评 Agencies' ratings")).isEqualTo("市卫生健康局：已实现");
            XSSFSheet summary = book.getSheet("汇总 Summary");
            assertThat(headers(summary)).contains("已达标 Target achieved", "进展良好 On track", "定性目标基本实现 Basically achieved");
            Row health = row(summary, "HEALTH");
            assertThat(health.getCell(headers(summary).indexOf("进展良好 On track")).getNumericCellValue()).isEqualTo(1.0);
            assertThat(health.getCell(headers(summary).indexOf("定性目标基本实现 Basically achieved")).getNumericCellValue())
                    .isEqualTo(1.0);
            Cell share = health.getCell(headers(summary).indexOf("已达标或进展良好占比 Achieved or on track"));
            assertThat(share.getNumericCellValue()).isEqualTo(1.0);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void writesTheLongSheetWithOneRowPerValueForPandas() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport())) {
            XSSFSheet sheet = book.getSheet("长表 Long");
            assertThat(headers(sheet)).containsExactly("indicator_code", "indicator_name_zh", "domain_code", "year", "area_code",
                    "area_name_zh", "disaggregation", "disaggregation_zh", "value", "unit_zh");
            List<org.assertj.core.groups.Tuple> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(text(row, 4)).isEqualTo(ReportFixtures.JURISDICTION);
                assertThat(text(row, 5)).isEqualTo("常宁市");
                rows.add(tuple(text(row, 0), text(row, 2), (int) row.getCell(3).getNumericCellValue(), text(row, 6), text(row, 7),
                        row.getCell(8).getNumericCellValue(), text(row, 9)));
            }
            assertThat(rows).containsExactly(
                    tuple("HEALTH-1", "HEALTH", 2020, "TOTAL", "合计", 3.5, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2021, "TOTAL", "合计", 3.3, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2021, "URBAN", "城镇", 2.6, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2021, "RURAL", "农村", 3.8, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2022, "TOTAL", "合计", 3.14, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2022, "URBAN", "城镇", 2.5, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2022, "RURAL", "农村", 3.45, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2023, "TOTAL", "合计", 3.05, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2023, "URBAN", "城镇", 2.6, "‰"),
                    tuple("HEALTH-1", "HEALTH", 2023, "RURAL", "农村", 3.4, "‰"),
                    tuple("EDUCATION-1", "EDUCATION", 2020, "TOTAL", "合计", 86.0, "%"),
                    tuple("EDUCATION-1", "EDUCATION", 2021, "TOTAL", "合计", 87.1, "%"),
                    tuple("EDUCATION-1", "EDUCATION", 2022, "TOTAL", "合计", 88.3, "%"),
                    tuple("EDUCATION-1", "EDUCATION", 2023, "TOTAL", "合计", 89.25, "%"));
        }
    }

    @Test
    void givesTheAnnualReportTheSameLayoutWithItsCompletenessAndJurisdiction() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport()); var annual = annualWorkbook()) {
            for (String name : List.of("汇总 Summary", "指标 Indicators", "预警 Warnings", "差距 Gaps", "长表 Long")) {
                List<String> evaluationHeaders = headers(book.getSheet(name));
                List<String> annualHeaders = headers(annual.getSheet(name));
                if (name.equals("汇总 Summary")) {
                    // the annual report rates no qualitative goals
                    assertThat(evaluationHeaders).startsWith(annualHeaders.toArray(String[]::new));
                } else {
                    assertThat(annualHeaders).as(name).isEqualTo(evaluationHeaders);
                }
            }
            XSSFSheet indicators = annual.getSheet("指标 Indicators");
            Cell projection = row(indicators, "EDUCATION-1").getCell(headers(indicators).indexOf("预测值 Projection"));
            assertThat(projection.getNumericCellValue()).isEqualTo(91.2);
            XSSFSheet completeness = annual.getSheet("报送情况 Completeness");
            Cell rate = row(completeness, "health-bureau").getCell(headers(completeness).indexOf("完整率 Completeness"));
            assertThat(rate.getNumericCellValue()).isEqualTo(0.875);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            XSSFSheet long_ = annual.getSheet("长表 Long");
            assertThat(long_.getLastRowNum()).isEqualTo(14);
            assertThat(text(long_.getRow(1), 4)).isEqualTo(ReportFixtures.JURISDICTION);
            XSSFSheet about = annual.getSheet("说明 About");
            assertThat(text(row(about, "报告 Report"), 1)).isEqualTo("2023年度监测报告");
            assertThat(text(row(about, "编制单位 Issued by"), 1)).isEqualTo("常宁市妇女儿童工作委员会办公室");
        }
    }

    @Test
    void describesTheWorkbookItsProvenanceAndEverySheet() throws IOException {
        try (var book = evaluationWorkbook(ReportFixtures.evaluationReport())) {
            XSSFSheet about = book.getSheet("说明 About");
            assertThat(text(row(about, "报告 Report"), 1)).isEqualTo("中期评估报告");
            assertThat(row(about, "数据年份 Reference year").getCell(1).getNumericCellValue()).isEqualTo(2023.0);
            assertThat(text(row(about, "报告校验和 Report checksum (SHA-256)"), 1)).isEqualTo("ab12".repeat(16));
            assertThat(text(row(about, "数据校验和 Data checksum (SHA-256)"), 1)).isEqualTo("cd34".repeat(16));
            assertThat(text(row(about, "数值与舍入 Rounding"), 1)).contains("显示格式");
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                assertThat(row(about, "工作表 " + book.getSheetName(s))).as(book.getSheetName(s)).isNotNull();
            }
        }
    }

    private static boolean isCode(String header) {
        return header.contains("代码") || header.contains("Code");
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    /** The row whose first cell is the code, or null. */
    private static Row row(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (code.equals(text(row, 0))) {
                return row;
            }
        }
        return null;
    }

    private static String text(Row row, List<String> headers, String header) {
        assertThat(headers).contains(header);
        return text(row, headers.indexOf(header));
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }
}
