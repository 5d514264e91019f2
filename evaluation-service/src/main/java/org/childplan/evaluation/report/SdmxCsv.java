package org.childplan.evaluation.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Observation;

/**
 * Writes accepted observations as SDMX-CSV 2.0: STRUCTURE, STRUCTURE_ID and ACTION, then the dimensions
 * (FREQ, REF_AREA, INDICATOR, SEX, URBANISATION, AGE, TIME_PERIOD), then OBS_VALUE, UNIT_MEASURE and OBS_STATUS, and
 * the agency's source and note for the value as the attributes SOURCE_DETAIL and COMMENT_OBS (the names the SDG data
 * structure uses), so that an export carries everything the agency said about its figure.
 */
public final class SdmxCsv {

    public static final String MEDIA_TYPE = "application/vnd.sdmx.data+csv;version=2.0.0";
    static final List<String> HEADER = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "REF_AREA", "INDICATOR", "SEX",
            "URBANISATION", "AGE", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "SOURCE_DETAIL", "COMMENT_OBS");
    private static final Map<String, String> CODES = Map.of("MALE", "M", "FEMALE", "F", "URBAN", "U", "RURAL", "R",
            "TOTAL", "_T");
    private static final Map<String, String> UNITS = Map.of("PERCENT", "PT", "PER_MILLE", "PER_1000", "PER_100K", "PER_100000",
            "PER_1000_CHILDREN", "PER_1000_CHILDREN", "PER_INSTITUTION", "PER_INSTITUTION", "HOURS_PER_DAY", "HOURS_PER_DAY",
            "COUNT", "NUMBER");

    private SdmxCsv() {
    }

    /** The dataflow the rows belong to, named after the plan, e.g. CHILDPLAN:DF_CN_430482_CHILDREN_2021_2025(1.0). */
    static String dataflow(String planCode) {
        return "CHILDPLAN:DF_" + planCode.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "(1.0)";
    }

    public static void write(Writer out, String planCode, List<Observation> rows, CatalogueSnapshot catalogue) throws IOException {
        out.write(String.join(",", HEADER));
        out.write("\r\n");
        String structure = dataflow(planCode);
        Map<String, CatalogueSnapshot.IndicatorInfo> indicators = catalogue.indicatorsByCode();
        for (Observation o : rows) {
            CatalogueSnapshot.IndicatorInfo indicator = indicators.get(o.indicatorCode);
            String unit = indicator == null || indicator.unit() == null ? "" : UNITS.getOrDefault(indicator.unit(), indicator.unit());
            List<String> cells = List.of("dataflow", structure, "I", "A", o.areaCode, o.indicatorCode, code(o.sex),
                    code(o.residence), code(o.ageGroup), String.valueOf(o.year), plain(o.value), unit,
                    o.valueVersion > 1 ? "R" : "A", Objects.toString(o.source, ""), Objects.toString(o.note, ""));
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(cells.get(i)));
            }
            out.write("\r\n");
        }
    }

    private static String code(String value) {
        return CODES.getOrDefault(value, value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** RFC 4180: quote a cell that holds a comma, quote or line break. */
    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
