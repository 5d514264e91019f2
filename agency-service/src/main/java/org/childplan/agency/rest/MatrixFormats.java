package org.childplan.agency.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.Role;
import org.childplan.agency.service.ResponsibilityQueries;

/**
 * The responsibility matrix as CSV and XLSX: one row per agency, one column per domain, the same grid as the JSON.
 * The CSV is for programs and Excel alike: UTF-8 with a byte order mark (without it Excel shows the Chinese as
 * mojibake) and RFC 4180 quoting with CRLF line ends.
 */
final class MatrixFormats {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private MatrixFormats() {
    }

    static List<List<String>> grid(ResponsibilityQueries.Matrix m) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("agencyCode", "nameZh"));
        m.domains().forEach(d -> header.add(d.code()));
        rows.add(header);
        for (ResponsibilityQueries.Row row : m.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.agency().code, row.agency().nameZh));
            m.domains().forEach(d -> {
                Role role = row.roles().get(d.code());
                cells.add(role == null ? "" : role.name());
            });
            rows.add(cells);
        }
        return rows;
    }

    static byte[] csv(ResponsibilityQueries.Matrix m) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : grid(m)) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(csvField(row.get(i)));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, result, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, result, UTF8_BOM.length, text.length);
        return result;
    }

    /** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** The grid on a first sheet, and on a second the domains' and roles' names, for readers of the spreadsheet. */
    static byte[] xlsx(ResponsibilityQueries.Matrix m) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet sheet = workbook.createSheet("matrix 责任分工矩阵");
            List<List<String>> grid = grid(m);
            for (int r = 0; r < grid.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < grid.get(r).size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(grid.get(r).get(c));
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            for (int c = 2; c < grid.get(0).size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }

            Sheet legend = workbook.createSheet("legend 说明");
            int r = 0;
            Row head = legend.createRow(r++);
            String[] titles = {"code", "nameZh", "nameEn"};
            for (int c = 0; c < titles.length; c++) {
                head.createCell(c).setCellValue(titles[c]);
                head.getCell(c).setCellStyle(bold);
            }
            for (PlanCatalogue.DomainRef d : m.domains()) {
                Row row = legend.createRow(r++);
                row.createCell(0).setCellValue(d.code());
                row.createCell(1).setCellValue(d.nameZh());
                row.createCell(2).setCellValue(d.nameEn() == null ? "" : d.nameEn());
            }
            for (Role role : Role.values()) {
                Row row = legend.createRow(r++);
                row.createCell(0).setCellValue(role.name());
                row.createCell(1).setCellValue(role.nameZh());
            }
            Row plan = legend.createRow(r + 1);
            plan.createCell(0).setCellValue("planCode");
            plan.createCell(1).setCellValue(m.planCode());
            Row asOf = legend.createRow(r + 2);
            asOf.createCell(0).setCellValue("asOf");
            asOf.createCell(1).setCellValue(m.asOf().toString());
            legend.setColumnWidth(0, 20 * 256);
            legend.setColumnWidth(1, 30 * 256);
            legend.setColumnWidth(2, 40 * 256);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the matrix could not be written as XLSX", e);
        }
    }
}
