package org.childplan.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook written sheet by sheet with a bold header row; numbers stay numbers so the evaluation group can
 * compute with them, and dates are written as Chinese readers read them (2026年12月4日, in the plan's zone). Streams rows to disk-backed buffers, so large reports do not sit in memory.
 */
public final class Spreadsheet implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;

    Spreadsheet() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
    }

    /** Adds a sheet; the name is cut to Excel's 31 characters and stripped of characters Excel forbids. */
    Spreadsheet sheet(String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            var cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, headers.get(c).length() * 2 + 2)) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(c);
                if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof TemporalAccessor time) {
                    // readers see the local day (2026年12月4日), not an instant in UTC
                    cell.setCellValue(ReportDates.of(time));
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
