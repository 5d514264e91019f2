package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.evaluation.domain.ObservationXlsx.Column;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.PayloadTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObservationXlsxTest {

    private Path file;

    @AfterEach
    void deleteFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void readsFilledRowsTakingCodesFromDropdownEntriesAndSkipsRowsLeftBlank() throws IOException {
        XSSFWorkbook workbook = template();
        XSSFSheet sheet = workbook.getSheet(ObservationXlsx.DATA_SHEET);
        row(sheet, 1, "HEALTH-3c", "长宁区 (430482)", "合计 (TOTAL)", "农村 (RURAL)", 6.4);
        row(sheet, 2, "HEALTH-3c", "长宁区 (430482)", "合计 (TOTAL)", "城镇 (URBAN)", null);
        row(sheet, 3, "HEALTH-2a", "", "合计", "", 98.7);

        ObservationXlsx.Result result = read(workbook);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new ObservationInput("HEALTH-3c", 2023, "430482", "TOTAL", "RURAL", null, new BigDecimal("6.4"), null, null,
                        null, null),
                new ObservationInput("HEALTH-2a", 2023, null, "TOTAL", null, null, new BigDecimal("98.7"), null, null, null, null));
        assertThat(result.sheetRows()).containsExactly(2, 4);
    }

    @Test
    void namesABadCellBySheetAndCellReference() throws IOException {
        XSSFWorkbook workbook = template();
        XSSFSheet sheet = workbook.getSheet(ObservationXlsx.DATA_SHEET);
        row(sheet, 1, "HEALTH-3c", null, null, null, 5.8);
        row(sheet, 6, "HEALTH-2a", null, null, null, null).getCell(Column.VALUE.ordinal(),
                Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("九十");

        ObservationXlsx.Result result = read(workbook);

        assertThat(result.errors()).hasSize(1);
        FieldError located = result.locate(result.errors().get(0));
        assertThat(located.field()).isEqualTo("指标数据!J7");
        assertThat(located.row()).isEqualTo(7);
        assertThat(located.message()).contains("not a number");
        assertThat(located.messageZh()).contains("不是数字");
        // an error the submission rules find later is located the same way, by the kept row's index and field
        assertThat(result.locate(new FieldError(1, "areaCode", "m", "z")).field()).isEqualTo("指标数据!E2");
    }

    @Test
    void refusesABodyThatIsNotAZipAsABadRequest() throws IOException {
        file = Files.createTempFile("not-xlsx", ".xlsx");
        Files.writeString(file, "indicatorCode,year,value\nHEALTH-3c,2023,5.8\n");

        assertThatThrownBy(() -> ObservationXlsx.read(file, rows -> { }))
                .isInstanceOf(InputValidationException.class)
                .satisfies(e -> assertThat(((InputValidationException) e).errors().get(0).message()).contains("not a zip"));
    }

    @Test
    void refusesAWorkbookWithoutTheDataSheet() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("indicatorCode");

        assertThatThrownBy(() -> read(workbook)).isInstanceOf(InputValidationException.class)
                .satisfies(e -> assertThat(((InputValidationException) e).errors().get(0).field()).isEqualTo("指标数据"));
    }

    @Test
    void refusesSharedStringsThatUnpackPastTheLimitWithoutHoldingThem() throws IOException {
        // 100 MB of one letter deflates to about 100 KB: a zip bomb in the part every other part refers to
        file = bomb("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>",
                'a', 100L << 20, "</t></si></sst>");

        assertThatThrownBy(() -> ObservationXlsx.read(file, rows -> { })).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void refusesADocumentTypeSoNoEntityIsExpanded() throws IOException {
        // the "billion laughs": entities that expand to gigabytes, or an external one that reads a local file
        file = bomb("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY file SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>", ' ', 0,
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;&file;</t></is></c></row></sheetData></worksheet>");

        assertThatThrownBy(() -> ObservationXlsx.read(file, rows -> { })).isInstanceOf(InputValidationException.class)
                .satisfies(e -> assertThat(((InputValidationException) e).errors().get(0).message())
                        .contains("not well-formed XML"));
    }

    @Test
    void refusesAHeaderWithoutTheValueColumnNamingTheHeaderRow() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row header = workbook.createSheet(ObservationXlsx.DATA_SHEET).createRow(0);
        header.createCell(0).setCellValue(Column.INDICATOR_CODE.header());
        header.createCell(1).setCellValue(Column.YEAR.header());

        assertThatThrownBy(() -> read(workbook)).isInstanceOf(InputValidationException.class)
                .satisfies(e -> {
                    FieldError error = ((InputValidationException) e).errors().get(0);
                    assertThat(error.field()).isEqualTo("指标数据!1:1");
                    assertThat(error.messageZh()).contains("本年数值");
                });
    }

    @Test
    void stopsReadingTheSheetWhenTheRowLimitSaysSo() throws IOException {
        XSSFWorkbook workbook = template();
        XSSFSheet sheet = workbook.getSheet(ObservationXlsx.DATA_SHEET);
        for (int i = 1; i <= 20; i++) {
            row(sheet, i, "HEALTH-3c", null, null, null, 5.8);
        }
        file = write(workbook);

        assertThatThrownBy(() -> ObservationXlsx.read(file, rows -> {
            if (rows > 10) {
                throw new PayloadTooLargeException("The batch", "本批数据", 10, "rows", "行");
            }
        })).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void numbersColumnsLikeExcel() {
        assertThat(ObservationXlsx.letters(0)).isEqualTo("A");
        assertThat(ObservationXlsx.letters(9)).isEqualTo("J");
        assertThat(ObservationXlsx.letters(26)).isEqualTo("AA");
        assertThat(ObservationXlsx.columnIndex("AB12")).isEqualTo(27);
    }

    // ---- workbooks

    private static XSSFWorkbook template() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row header = workbook.createSheet(ObservationXlsx.DATA_SHEET).createRow(0);
        for (Column c : Column.values()) {
            header.createCell(c.ordinal()).setCellValue(c.header());
        }
        return workbook;
    }

    private static Row row(XSSFSheet sheet, int index, String code, String area, String sex, String residence, Double value) {
        Row row = sheet.createRow(index);
        row.createCell(Column.INDICATOR_CODE.ordinal()).setCellValue(code);
        row.createCell(Column.YEAR.ordinal()).setCellValue(2023);
        if (area != null) {
            row.createCell(Column.AREA.ordinal()).setCellValue(area);
        }
        if (sex != null) {
            row.createCell(Column.SEX.ordinal()).setCellValue(sex);
        }
        if (residence != null) {
            row.createCell(Column.RESIDENCE.ordinal()).setCellValue(residence);
        }
        row.createCell(Column.PREVIOUS_VALUE.ordinal()).setCellValue(1.0);
        if (value != null) {
            row.createCell(Column.VALUE.ordinal()).setCellValue(value);
        }
        return row;
    }

    private ObservationXlsx.Result read(XSSFWorkbook workbook) throws IOException {
        file = write(workbook);
        return ObservationXlsx.read(file, rows -> { });
    }

    private static Path write(XSSFWorkbook workbook) throws IOException {
        Path path = Files.createTempFile("workbook", ".xlsx");
        try (OutputStream out = Files.newOutputStream(path); workbook) {
            workbook.write(out);
        }
        return path;
    }

    /** A minimal workbook whose one part is {@code prefix}, {@code count} times {@code filler}, {@code suffix}. */
    static Path bomb(String part, String prefix, char filler, long count, String suffix) throws IOException {
        Path path = Files.createTempFile("bomb", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"指标数据\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            if (!part.equals("xl/worksheets/sheet1.xml")) {
                put(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData/></worksheet>");
            }
            zip.putNextEntry(new ZipEntry(part));
            zip.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] block = String.valueOf(filler).repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < count; written += block.length) {
                zip.write(block);
            }
            zip.write(suffix.getBytes(StandardCharsets.UTF_8));
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
