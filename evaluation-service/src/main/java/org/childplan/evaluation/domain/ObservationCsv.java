package org.childplan.evaluation.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.ProblemException;
import org.childplan.platform.json.JsonStrictness;

/**
 * Reads observations from CSV: a header row naming the columns (any order), then one observation per row.
 * Unknown columns are refused rather than ignored; an empty cell is a missing value.
 */
public final class ObservationCsv {

    public static final List<String> COLUMNS = List.of("indicatorCode", "year", "areaCode", "sex", "residence", "ageGroup",
            "value", "numerator", "denominator", "source", "note");
    private static final Set<String> REQUIRED = Set.of("indicatorCode", "year", "value");
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .enable(CsvParser.Feature.TRIM_SPACES).build();

    private ObservationCsv() {
    }

    /** The rows read, or the errors (with 1-based data row numbers) that stop the batch. */
    public record Result(List<ObservationInput> rows, List<FieldError> errors) {
    }

    public static Result parse(String csv) {
        try {
            return parse(new StringReader(csv), rows -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("a string can not fail to read", e);
        }
    }

    /**
     * Reads row by row, so that only the rows, never the text, are held; {@code rowRead} hears the count after each
     * row and may stop the reading by throwing. Errors of reading the stream itself (its encoding, its length) are
     * the caller's, so they pass through.
     */
    public static Result parse(Reader csv, IntConsumer rowRead) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        List<ObservationInput> rows = new ArrayList<>();
        Set<String> header = new LinkedHashSet<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(withoutByteOrderMark(csv))) {
            if (it.getParser().getSchema() instanceof CsvSchema schema) {
                schema.forEach(c -> header.add(c.getName()));
            }
            int row = 0;
            while (it.hasNextValue()) {
                Map<String, String> cells = it.nextValue();
                row++;
                if (row == 1) {
                    header.addAll(cells.keySet());
                    List<FieldError> headerErrors = checkHeader(header);
                    if (!headerErrors.isEmpty()) {
                        return new Result(List.of(), headerErrors);
                    }
                }
                rows.add(read(row, cells, errors));
                rowRead.accept(row);
            }
        } catch (ProblemException stopped) {
            throw stopped;
        } catch (JsonProcessingException | RuntimeException e) {
            errors.add(FieldError.of("body", "the CSV could not be read: " + firstLine(e.getMessage()),
                    "CSV 内容无法解析"));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("body", "the CSV has no data rows", "CSV 中没有数据行"));
        }
        return new Result(rows, errors);
    }

    /** Excel writes UTF-8 CSV with a byte order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static List<FieldError> checkHeader(Set<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(new FieldError(0, column, "unknown column; the columns are " + String.join(",", COLUMNS),
                        "未定义的列“" + column + "”"));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                errors.add(new FieldError(0, column, "required column is missing", "缺少必填列“" + column + "”"));
            }
        }
        return errors;
    }

    private static ObservationInput read(int row, Map<String, String> cells, List<FieldError> errors) {
        // PostgreSQL can not store a NUL character; found here it is the client's error, not the database's
        cells.forEach((column, value) -> {
            String problem = value == null ? null : JsonStrictness.unstorable(value);
            if (problem != null) {
                errors.add(new FieldError(row, column, problem, "含有无法保存的字符（如 NUL 字符或无效的 Unicode）"));
            }
        });
        return new ObservationInput(
                text(cells, "indicatorCode"),
                integer(row, cells, "year", errors),
                text(cells, "areaCode"),
                text(cells, "sex"),
                text(cells, "residence"),
                text(cells, "ageGroup"),
                number(row, cells, "value", errors),
                number(row, cells, "numerator", errors),
                number(row, cells, "denominator", errors),
                text(cells, "source"),
                text(cells, "note"));
    }

    private static String text(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isEmpty() ? null : v;
    }

    private static Integer integer(int row, Map<String, String> cells, String column, List<FieldError> errors) {
        String v = text(cells, column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(row, column, "'" + v + "' is not a whole number", "“" + v + "”不是整数"));
            return null;
        }
    }

    private static BigDecimal number(int row, Map<String, String> cells, String column, List<FieldError> errors) {
        String v = text(cells, column);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(v);
            if (n.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0 || n.scale() > 10) {
                errors.add(new FieldError(row, column, "'" + v + "' is out of range", "“" + v + "”超出允许范围"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(row, column, "'" + v + "' is not a number", "“" + v + "”不是数字"));
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
