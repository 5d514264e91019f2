package org.childplan.evaluation.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.CatalogueSnapshot.IndicatorInfo;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.ObservationXlsx;
import org.childplan.evaluation.domain.ObservationXlsx.Column;
import org.childplan.evaluation.domain.Vocabulary;

/**
 * An agency's submission template for one cycle: a row for every value it owes, with the previous year's accepted
 * value beside the empty cell for this year's, in the layout {@link ObservationXlsx} reads back.
 * <p>
 * The rows owed are, for each indicator the agency reports (in catalogue order), for each area (the jurisdiction, and
 * each reporting area when the indicator is reported by area): the total, then each value of each dimension the
 * indicator is disaggregated by, with the other dimensions at their total. Dimensions are not crossed (no "rural
 * girls"): the catalogue asks for each breakdown on its own, as the JSON and CSV rows give them.
 */
public final class SubmissionTemplate {

    /** Rows below the owed ones that keep the dropdowns, for a value the template did not foresee. */
    static final int SPARE_ROWS = 200;

    /** One value owed: the cells that identify it, and last year's accepted value (null when there is none). */
    public record OwedRow(IndicatorInfo indicator, String areaCode, String sex, String residence, String ageGroup,
                          BigDecimal previousValue) {

        public String key() {
            return indicator.code() + "|" + areaCode + "|" + sex + "|" + residence + "|" + ageGroup;
        }
    }

    /** The agency and cycle the template is for, and the rows it owes. */
    public record Content(CatalogueSnapshot catalogue, int year, String agencyCode, String agencyNameZh, List<OwedRow> rows) {
    }

    private SubmissionTemplate() {
    }

    /**
     * The rows owed for the given indicators; {@code previous} holds last year's accepted values by
     * {@link OwedRow#key()}. Indicators that annual monitoring does not collect are left out.
     */
    public static List<OwedRow> owed(CatalogueSnapshot catalogue, Collection<String> indicatorCodes,
                                     Map<String, BigDecimal> previous) {
        Set<String> owed = Set.copyOf(indicatorCodes);
        String jurisdiction = catalogue.plan().jurisdictionCode();
        List<OwedRow> rows = new ArrayList<>();
        for (IndicatorInfo indicator : catalogue.indicators()) {
            if (!owed.contains(indicator.code()) || indicator.qualitative() || !indicator.annual()) {
                continue;
            }
            List<String> areas = new ArrayList<>(List.of(jurisdiction));
            if (indicator.disaggregations().contains("AREA")) {
                catalogue.reportingAreas().stream().map(CatalogueSnapshot.AreaInfo::code)
                        .filter(code -> !code.equals(jurisdiction)).forEach(areas::add);
            }
            String total = ObservationInput.TOTAL;
            for (String area : areas) {
                rows.add(row(indicator, area, total, total, total, previous));
                if (indicator.disaggregations().contains("SEX")) {
                    catalogue.dimensionValues("SEX").forEach(v -> rows.add(row(indicator, area, v, total, total, previous)));
                }
                if (indicator.disaggregations().contains("RESIDENCE")) {
                    catalogue.dimensionValues("RESIDENCE").forEach(v -> rows.add(row(indicator, area, total, v, total, previous)));
                }
                if (indicator.disaggregations().contains("AGE_GROUP")) {
                    catalogue.dimensionValues("AGE_GROUP").forEach(v -> rows.add(row(indicator, area, total, total, v, previous)));
                }
            }
        }
        return rows;
    }

    private static OwedRow row(IndicatorInfo indicator, String area, String sex, String residence, String ageGroup,
                               Map<String, BigDecimal> previous) {
        OwedRow row = new OwedRow(indicator, area, sex, residence, ageGroup, null);
        return new OwedRow(indicator, area, sex, residence, ageGroup, previous.get(row.key()));
    }

    /** Writes the workbook: the data sheet, the guide (说明) and the code lists (代码表) the dropdowns draw on. */
    public static void write(Content content, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet data = workbook.createSheet(ObservationXlsx.DATA_SHEET);
            XSSFSheet guide = workbook.createSheet(ObservationXlsx.GUIDE_SHEET);
            XSSFSheet codes = workbook.createSheet(ObservationXlsx.CODES_SHEET);
            CatalogueSnapshot catalogue = content.catalogue();

            Map<Column, String> lists = writeCodes(codes, catalogue, styles);
            writeData(data, content, styles);
            int lastRow = content.rows().size() + SPARE_ROWS;
            DataValidationHelper helper = data.getDataValidationHelper();
            lists.forEach((column, range) -> {
                DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                        new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("取值无效 Invalid value", "请从下拉列表中选择（见“代码表”）。Pick a value from the list (see 代码表).");
                validation.setSuppressDropDownArrow(true);
                data.addValidationData(validation);
            });
            writeGuide(guide, content, styles);

            workbook.setActiveSheet(0);
            workbook.getProperties().getCoreProperties().setTitle(content.year() + "年度监测数据填报模板 " + content.agencyNameZh());
            workbook.getProperties().getCoreProperties().setCreator("childplan evaluation-service");
            workbook.getProperties().getCustomProperties().addProperty(ObservationXlsx.AGENCY_PROPERTY, content.agencyCode());
            workbook.getProperties().getCustomProperties().addProperty("planCode", catalogue.plan().code());
            workbook.getProperties().getCustomProperties().addProperty("year", content.year());
            workbook.write(out);
        }
    }

    private static void writeData(XSSFSheet sheet, Content content, Styles styles) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        for (Column column : Column.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(column.read() ? styles.header : styles.referenceHeader);
        }
        CatalogueSnapshot catalogue = content.catalogue();
        int r = 1;
        for (OwedRow owed : content.rows()) {
            Row row = sheet.createRow(r++);
            IndicatorInfo indicator = owed.indicator();
            text(row, Column.INDICATOR_CODE, indicator.code(), null);
            text(row, Column.INDICATOR_NAME, indicator.nameZh(), styles.reference);
            text(row, Column.UNIT, unit(catalogue, indicator.unit()), styles.reference);
            row.createCell(Column.YEAR.ordinal()).setCellValue(content.year());
            text(row, Column.AREA, area(catalogue, owed.areaCode()), null);
            text(row, Column.SEX, entry(Labels.zh(Vocabulary.Sex.class, owed.sex()), owed.sex()), null);
            text(row, Column.RESIDENCE, entry(Labels.zh(Vocabulary.Residence.class, owed.residence()), owed.residence()), null);
            text(row, Column.AGE_GROUP, entry(Labels.zh(Vocabulary.AgeGroup.class, owed.ageGroup()), owed.ageGroup()), null);
            Cell previous = row.createCell(Column.PREVIOUS_VALUE.ordinal());
            previous.setCellStyle(styles.reference);
            if (owed.previousValue() != null) {
                previous.setCellValue(owed.previousValue().doubleValue());
            }
            row.createCell(Column.VALUE.ordinal()).setCellStyle(styles.input);
        }
        int[] widths = {14, 40, 10, 8, 22, 12, 12, 12, 14, 12, 10, 10, 24, 30};
        for (Column column : Column.values()) {
            sheet.setColumnWidth(column.ordinal(), widths[column.ordinal()] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static Map<Column, String> writeCodes(XSSFSheet sheet, CatalogueSnapshot catalogue, Styles styles) {
        List<List<String>> columns = List.of(
                catalogue.reportingAreas().stream().map(a -> entry(a.nameZh(), a.code())).toList(),
                entries(Vocabulary.Sex.class, catalogue.dimensionValues("SEX")),
                entries(Vocabulary.Residence.class, catalogue.dimensionValues("RESIDENCE")),
                entries(Vocabulary.AgeGroup.class, catalogue.dimensionValues("AGE_GROUP")));
        List<Column> dimensions = List.of(Column.AREA, Column.SEX, Column.RESIDENCE, Column.AGE_GROUP);
        Row header = sheet.createRow(0);
        Map<Column, String> ranges = new EnumMap<>(Column.class);
        for (int c = 0; c < dimensions.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(dimensions.get(c).header());
            cell.setCellStyle(styles.header);
            List<String> values = columns.get(c);
            for (int i = 0; i < values.size(); i++) {
                Row row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                row.createCell(c).setCellValue(values.get(i));
            }
            sheet.setColumnWidth(c, 24 * 256);
            String letter = String.valueOf((char) ('A' + c));
            ranges.put(dimensions.get(c), "'" + ObservationXlsx.CODES_SHEET + "'!$" + letter + "$2:$" + letter + "$"
                    + (values.size() + 1));
        }
        sheet.createFreezePane(0, 1);
        return ranges;
    }

    private static void writeGuide(XSSFSheet sheet, Content content, Styles styles) {
        CatalogueSnapshot.PlanInfo plan = content.catalogue().plan();
        List<String> lines = List.of(
                plan.titleZh() + " " + content.year() + "年度监测数据填报模板",
                "报送单位：" + content.agencyNameZh() + "（" + content.agencyCode() + "）；应报数据 " + content.rows().size() + " 项。",
                "",
                "填写说明",
                "1. 在“" + ObservationXlsx.DATA_SHEET + "”工作表中，每一行是本单位本年度应报送的一项数据（指标 × 地区 × 分组）。"
                        + "请在“" + Column.VALUE.zh() + "”列（黄色）填写" + content.year() + "年的数值，只填数字，不要填写单位。",
                "2. “" + Column.PREVIOUS_VALUE.zh() + "”列为上一年度已审核通过的数值，仅供核对，上传时不读取。"
                        + "“指标名称”“计量单位”两列同样仅供参考。",
                "3. 数值留空的行视为本年度未报送该项数据，上传时跳过，不算错误。",
                "4. 比率类指标可同时填写“分子”“分母”，两者须同时填写，且与数值一致。“数据来源”“备注”可选填。",
                "5. 地区和分组（性别、城乡、年龄组）请从下拉列表中选择，取值见“" + ObservationXlsx.CODES_SHEET + "”工作表；“合计 (TOTAL)”表示不分组。"
                        + "如需补报模板以外的分组，可在表格下方新增行，格式与上方各行相同。",
                "6. 请勿修改表头（第1行）、工作表名称和“指标代码”“年份”两列。",
                "7. 上传：以 Content-Type: " + ObservationXlsx.MEDIA_TYPE + " 将本文件 POST 到 …/monitoring-cycles/"
                        + content.year() + "/submissions（加 ?dryRun=true 可只校验不保存）。整批校验：任何一个单元格有误则整批退回，"
                        + "错误按“工作表!单元格”列出，例如 " + ObservationXlsx.DATA_SHEET + "!" + Column.VALUE.letter() + "7。",
                "",
                "How to fill in this template",
                "1. Each row of the sheet " + ObservationXlsx.DATA_SHEET + " is one value your agency owes for " + content.year()
                        + " (indicator × area × breakdown). Enter the value in the yellow column " + Column.VALUE.field()
                        + " (" + Column.VALUE.zh() + "): a number only, without its unit.",
                "2. The column " + Column.PREVIOUS_VALUE.field() + " shows last year's accepted value, for reference; it is not read"
                        + " on upload, nor are the indicator name and unit.",
                "3. A row whose value is left empty means \"not reported\": it is skipped on upload, not an error.",
                "4. For rates you may give numerator and denominator too; they go together and must agree with the value."
                        + " Source and note are optional.",
                "5. Pick the area and the breakdowns (sex, residence, age group) from the dropdowns; the values are listed in the"
                        + " sheet " + ObservationXlsx.CODES_SHEET + ". \"合计 (TOTAL)\" means not broken down. To report a breakdown"
                        + " the template does not list, add a row below in the same form.",
                "6. Do not change the header row, the sheet names, or the indicator code and year columns.",
                "7. Upload: POST this file with Content-Type " + ObservationXlsx.MEDIA_TYPE + " to …/monitoring-cycles/"
                        + content.year() + "/submissions (?dryRun=true checks without storing). The whole batch is checked: if any"
                        + " cell is wrong, nothing is stored, and each error names its sheet and cell, e.g. "
                        + ObservationXlsx.DATA_SHEET + "!" + Column.VALUE.letter() + "7.");
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 || lines.get(i).equals("填写说明") || lines.get(i).startsWith("How to") ? styles.title
                    : styles.wrapped);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }

    private static void text(Row row, Column column, String value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A dropdown entry: the Chinese label, then the code in brackets, which is what the upload reads. */
    static String entry(String label, String code) {
        return label == null || label.isBlank() || label.equals(code) ? code : label + " (" + code + ")";
    }

    private static <E extends Enum<E>> List<String> entries(Class<E> type, List<String> values) {
        List<String> entries = new ArrayList<>();
        entries.add(entry(Labels.zh(type, ObservationInput.TOTAL), ObservationInput.TOTAL));
        values.forEach(v -> entries.add(entry(Labels.zh(type, v), v)));
        return entries;
    }

    private static String area(CatalogueSnapshot catalogue, String code) {
        return entry(catalogue.area(code).map(CatalogueSnapshot.AreaInfo::nameZh).orElse(null), code);
    }

    private static String unit(CatalogueSnapshot catalogue, String code) {
        return catalogue.unit(code).map(CatalogueSnapshot.UnitInfo::symbolZh).filter(s -> !s.isBlank()).orElse(code);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle referenceHeader;
        final CellStyle reference;
        final CellStyle input;
        final CellStyle wrapped;
        final CellStyle title;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font greyBold = workbook.createFont();
            greyBold.setBold(true);
            greyBold.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            referenceHeader = workbook.createCellStyle();
            referenceHeader.cloneStyleFrom(header);
            referenceHeader.setFont(greyBold);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            reference = workbook.createCellStyle();
            reference.setFont(grey);
            reference.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            reference.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            reference.setLocked(true);
            input = workbook.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderBottom(BorderStyle.HAIR);
            input.setBorderTop(BorderStyle.HAIR);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
        }
    }
}
