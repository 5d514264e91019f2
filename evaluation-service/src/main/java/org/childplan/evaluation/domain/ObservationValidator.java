package org.childplan.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childplan.evaluation.domain.CatalogueSnapshot.IndicatorInfo;
import org.childplan.evaluation.domain.CatalogueSnapshot.UnitInfo;
import org.childplan.platform.error.FieldError;

/**
 * Checks reported observations against the catalogue in force in the cycle's year: the indicator exists and is
 * reported annually, the disaggregation keys are ones it uses, the value fits its unit, and numerator and
 * denominator agree with the value. Every bad row is reported, each with its row number (1-based) and field.
 */
public final class ObservationValidator {

    private ObservationValidator() {
    }

    /** Rows are expected already normalised (defaults filled in). */
    public static List<FieldError> check(List<ObservationInput> rows, int cycleYear, CatalogueSnapshot catalogue) {
        Batch batch = new Batch(cycleYear, catalogue);
        List<FieldError> errors = new ArrayList<>();
        for (ObservationInput o : rows) {
            errors.addAll(batch.next(o));
        }
        return errors;
    }

    /**
     * Checks one batch row by row, as the rows arrive, so that a caller can store each good row at once: the
     * catalogue is indexed once per batch (a row's lookups are hash lookups, not scans of the plan's areas and
     * indicators), and a row repeating the data point of an earlier one is refused.
     */
    public static final class Batch {

        private final int cycleYear;
        private final CatalogueSnapshot catalogue;
        private final Map<String, IndicatorInfo> indicators = new HashMap<>();
        private final Set<String> areas = new HashSet<>();
        private final Map<String, UnitInfo> units = new HashMap<>();
        private final Map<String, Set<String>> dimensionValues = new HashMap<>();
        private final Map<DataPoint, Integer> firstRowOfKey = new HashMap<>();
        private int row;

        public Batch(int cycleYear, CatalogueSnapshot catalogue) {
            this.cycleYear = cycleYear;
            this.catalogue = catalogue;
            // the first of a code wins, as the snapshot's own lookups find it
            catalogue.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
            catalogue.reportingAreas().forEach(a -> areas.add(a.code()));
            catalogue.units().forEach(u -> units.putIfAbsent(u.code(), u));
            catalogue.dimensions().forEach(d -> dimensionValues.putIfAbsent(d.code(), new HashSet<>(d.values())));
        }

        /** The next row's errors, each with its row number (1-based, counting every row given so far). */
        public List<FieldError> next(ObservationInput o) {
            int number = ++row;
            List<FieldError> rowErrors = checkRow(o, this);
            if (rowErrors.isEmpty()) {
                Integer earlier = firstRowOfKey.putIfAbsent(new DataPoint(o), number);
                if (earlier != null) {
                    rowErrors.add(FieldError.of("indicatorCode",
                            "repeats the indicator, year, area and disaggregation of row " + earlier,
                            "与第" + earlier + "行的指标、年份、地区和分组完全相同，同一数据点只能报送一次"));
                }
            }
            if (rowErrors.isEmpty()) {
                return rowErrors;
            }
            List<FieldError> numbered = new ArrayList<>(rowErrors.size());
            rowErrors.forEach(e -> numbered.add(new FieldError(number, e.field(), e.message(), e.messageZh())));
            return numbered;
        }

        /** Whether the catalogue has the indicator (whatever its errors), without a scan. */
        public boolean knows(String indicatorCode) {
            return indicators.containsKey(indicatorCode);
        }

        Optional<IndicatorInfo> indicator(String code) {
            return Optional.ofNullable(indicators.get(code));
        }

        boolean hasArea(String code) {
            return areas.contains(code);
        }

        Optional<UnitInfo> unit(String code) {
            return Optional.ofNullable(units.get(code));
        }

        boolean dimensionHas(String dimension, String value) {
            return dimensionValues.getOrDefault(dimension, Set.of()).contains(value);
        }
    }

    /** A row's data point (what {@link ObservationInput#key()} names), without building a string per row. */
    private record DataPoint(String indicatorCode, Integer year, String areaCode, String sex, String residence,
                             String ageGroup) {
        DataPoint(ObservationInput o) {
            this(o.indicatorCode(), o.year(), o.areaCode(), o.sex(), o.residence(), o.ageGroup());
        }
    }

    private static List<FieldError> checkRow(ObservationInput o, Batch batch) {
        CatalogueSnapshot catalogue = batch.catalogue;
        int cycleYear = batch.cycleYear;
        List<FieldError> errors = new ArrayList<>(2);
        if (o.indicatorCode() == null || o.indicatorCode().isBlank()) {
            errors.add(FieldError.of("indicatorCode", "is required", "指标代码不能为空"));
            return errors;
        }
        Optional<IndicatorInfo> found = batch.indicator(o.indicatorCode());
        if (found.isEmpty()) {
            errors.add(FieldError.of("indicatorCode", "no indicator " + o.indicatorCode() + " in plan " + catalogue.plan().code(),
                    "规划中没有指标" + o.indicatorCode()));
            return errors;
        }
        IndicatorInfo indicator = found.get();
        if (indicator.qualitative() || !indicator.annual()) {
            errors.add(FieldError.of("indicatorCode", "indicator " + indicator.code()
                            + " is not reported in annual monitoring (it is assessed in the evaluations)",
                    "指标" + indicator.code() + "不在年度监测中报送（在中期、终期评估中评价）"));
            return errors;
        }
        if (o.year() == null) {
            errors.add(FieldError.of("year", "is required", "年份不能为空"));
        } else if (o.year() != cycleYear) {
            errors.add(FieldError.of("year", "must be " + cycleYear + ", the year of this monitoring cycle",
                    "年份必须为本监测周期的年份" + cycleYear));
        }
        checkArea(o, indicator, batch, errors);
        checkDimension("sex", "SEX", o.sex(), indicator, batch, errors);
        checkDimension("residence", "RESIDENCE", o.residence(), indicator, batch, errors);
        checkDimension("ageGroup", "AGE_GROUP", o.ageGroup(), indicator, batch, errors);
        if (o.value() == null) {
            errors.add(FieldError.of("value", "is required", "数值不能为空"));
            return errors;
        }
        Optional<UnitInfo> unit = batch.unit(indicator.unit());
        unit.ifPresent(u -> checkRange("value", o.value(), u, errors));
        checkRatio(o, unit.orElse(null), errors);
        return errors;
    }

    private static void checkArea(ObservationInput o, IndicatorInfo indicator, Batch batch, List<FieldError> errors) {
        CatalogueSnapshot catalogue = batch.catalogue;
        if (!batch.hasArea(o.areaCode())) {
            errors.add(FieldError.of("areaCode", "no reporting area " + o.areaCode() + " in this plan",
                    "本规划中没有填报地区" + o.areaCode()));
        } else if (!o.areaCode().equals(catalogue.plan().jurisdictionCode()) && !indicator.disaggregations().contains("AREA")) {
            errors.add(FieldError.of("areaCode", "indicator " + indicator.code() + " is not reported by area",
                    "指标" + indicator.code() + "不按地区分组报送"));
        }
    }

    private static void checkDimension(String field, String dimension, String value, IndicatorInfo indicator,
                                       Batch batch, List<FieldError> errors) {
        if (ObservationInput.TOTAL.equals(value)) {
            return;
        }
        CatalogueSnapshot catalogue = batch.catalogue;
        if (!batch.dimensionHas(dimension, value)) {
            errors.add(FieldError.of(field, "unknown value '" + value + "'; allowed: "
                            + String.join(", ", catalogue.dimensionValues(dimension)) + ", TOTAL",
                    "取值“" + value + "”无效"));
        } else if (!indicator.disaggregations().contains(dimension)) {
            errors.add(FieldError.of(field, "indicator " + indicator.code() + " is not disaggregated by " + dimension,
                    "指标" + indicator.code() + "不按此维度分组报送，请填写 TOTAL 或留空"));
        }
    }

    private static void checkRange(String field, BigDecimal value, UnitInfo unit, List<FieldError> errors) {
        if (unit.min() != null && value.compareTo(unit.min()) < 0) {
            errors.add(FieldError.of(field, "must be at least " + unit.min().toPlainString() + " for unit " + unit.code(),
                    "单位为" + unit.symbolZh() + "时，数值不能小于" + unit.min().toPlainString()));
        }
        if (unit.max() != null && value.compareTo(unit.max()) > 0) {
            errors.add(FieldError.of(field, "must be at most " + unit.max().toPlainString() + " for unit " + unit.code(),
                    "单位为" + unit.symbolZh() + "时，数值不能大于" + unit.max().toPlainString()));
        }
        if (unit.wholeNumber() && value.stripTrailingZeros().scale() > 0) {
            errors.add(FieldError.of(field, "must be a whole number for unit " + unit.code(),
                    "单位为" + unit.symbolZh() + "时，数值必须为整数"));
        }
    }

    /**
     * Numerator and denominator come together, and value must equal numerator / denominator × the unit's scale,
     * rounded to the precision the value is given in (9.3 allows ±0.05).
     */
    private static void checkRatio(ObservationInput o, UnitInfo unit, List<FieldError> errors) {
        BigDecimal n = o.numerator();
        BigDecimal d = o.denominator();
        if (n == null && d == null) {
            return;
        }
        if (n == null || d == null) {
            errors.add(FieldError.of(n == null ? "numerator" : "denominator", "numerator and denominator go together",
                    "分子与分母须同时填写"));
            return;
        }
        if (d.signum() <= 0) {
            errors.add(FieldError.of("denominator", "must be greater than 0", "分母必须大于0"));
            return;
        }
        if (n.signum() < 0) {
            errors.add(FieldError.of("numerator", "must not be negative", "分子不能为负数"));
            return;
        }
        BigDecimal scale = unit == null || unit.ratioScale() == null ? BigDecimal.ONE : unit.ratioScale();
        BigDecimal expected = n.multiply(scale).divide(d, MathContext.DECIMAL64);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(o.value().scale(), 0)).divide(BigDecimal.valueOf(2));
        if (expected.subtract(o.value()).abs().compareTo(tolerance) > 0) {
            String shown = expected.setScale(Math.max(o.value().scale(), 2), RoundingMode.HALF_UP).toPlainString();
            errors.add(FieldError.of("value", "does not agree with numerator/denominator, which give " + shown,
                    "数值与分子/分母不一致（按分子/分母计算应为" + shown + "）"));
        }
    }
}
