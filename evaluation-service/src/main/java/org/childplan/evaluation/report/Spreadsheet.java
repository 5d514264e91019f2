package org.childplan.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook written sheet by sheet, each with a bold, frozen header row and an autofilter over it; numbers stay
 * numbers so the evaluation group can compute with them, and dates are written as Chinese readers read them
 * (2026年12月4日, in the plan's zone). Streams rows to disk-backed buffers, so large reports do not sit in memory:
 * a sheet's rows are written as they come, and only its column widths are kept until it ends.
 */
public final class Spreadsheet implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Columns are as wide as their widest cell, but no wider than this many characters (long texts are cut off). */
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    // one style per number format: Excel allows some 64,000 styles, a report has a handful of formats
    private final Map<String, CellStyle> numberStyles = new HashMap<>();

    /**
     * A number shown in an Excel number format (0.0, 0.00, 0.0%): the cell keeps the value as given, and the format
     * only decides how many places a reader sees.
     */
    public record Formatted(double value, String format) {
    }

    /** The value in the format, or no cell for no value. */
    static Formatted number(BigDecimal value, String format) {
        return value == null ? null : new Formatted(value.doubleValue(), format);
    }

    Spreadsheet() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** Adds a sheet with all its rows at once; see {@link #table}. */
    Spreadsheet sheet(String name, List<String> headers, List<List<Object>> rows) {
        try (Table table = table(name, headers, 0)) {
            rows.forEach(table::row);
        }
        return this;
    }

    /**
     * Starts a sheet whose rows are added one by one; closing it puts the autofilter over what was written and sizes
     * the columns. The name is cut to Excel's 31 characters and stripped of the characters Excel forbids.
     *
     * @param frozenColumns how many leading columns stay in view when scrolling right (the code and name of a wide table)
     */
    Table table(String name, List<String> headers, int frozenColumns) {
        return new Table(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)), headers, frozenColumns);
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private CellStyle numberStyle(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    /** A sheet being written: a header row, then rows of values, each cell typed by its value. */
    final class Table implements AutoCloseable {

        private final Sheet sheet;
        private final int columns;
        private final int[] widths;
        private int next = 1;

        private Table(Sheet sheet, List<String> headers, int frozenColumns) {
            this.sheet = sheet;
            this.columns = headers.size();
            this.widths = new int[columns];
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                var cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                // a long bilingual header may wrap in the reader's mind, not widen the column past its data
                widths[c] = Math.min(24, width(headers.get(c)) + 2);
            }
            sheet.createFreezePane(frozenColumns, 1);
        }

        /** Adds a row; a null leaves its cell empty, numbers are numeric cells, times are written as the local day. */
        Table row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(c);
                String shown;
                if (v instanceof Formatted f) {
                    cell.setCellValue(f.value());
                    cell.setCellStyle(numberStyle(f.format()));
                    shown = String.valueOf(Math.round(f.value())) + f.format();
                } else if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    shown = d.toPlainString();
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    shown = n.toString();
                } else if (v instanceof TemporalAccessor time) {
                    // readers see the local day (2026年12月4日), not an instant in UTC
                    shown = ReportDates.of(time);
                    cell.setCellValue(shown);
                } else {
                    shown = v.toString();
                    cell.setCellValue(shown);
                }
                if (c < columns) {
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, width(shown) + 2));
                }
            }
            return this;
        }

        Table row(Object... values) {
            return row(java.util.Arrays.asList(values));
        }

        @Override
        public void close() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, Math.max(0, columns - 1)));
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, Math.max(MIN_WIDTH, widths[c]) * 256);
            }
        }
    }

    /** Characters as wide as Excel draws them: a Chinese character takes two columns of a Latin one. */
    private static int width(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }
}
