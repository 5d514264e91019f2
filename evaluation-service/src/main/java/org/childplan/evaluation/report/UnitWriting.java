package org.childplan.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.childplan.evaluation.domain.CatalogueSnapshot;

/**
 * How a report writes numbers in one of the catalogue's units, in the register of the national statistical monitoring
 * reports: a value with the precision the unit calls for and its symbol (3.1‰, 93.9%, 16.1/10万), a change between
 * two values in points (0.3个千分点, 1.9个百分点). The catalogue decides this (indicator-service's units); a report
 * keeps the writing it was sealed with.
 *
 * @param code           the unit's code (PER_MILLE), or null for a number without a unit
 * @param symbolZh       the unit as a table's unit column shows it (‰, 每千名儿童)
 * @param decimals       decimal places of a value
 * @param valueSuffixZh  what follows a value; empty where the indicator's name already says it
 * @param changeSuffixZh what follows a difference
 */
public record UnitWriting(String code, String symbolZh, int decimals, String valueSuffixZh, String changeSuffixZh) {

    /** Numbers without a known unit, as written before units were: up to two decimals, no symbol. */
    public static final UnitWriting PLAIN = new UnitWriting(null, "", 2, "", "");

    public static UnitWriting of(CatalogueSnapshot.UnitInfo unit) {
        if (unit == null || unit.decimals() == null) {
            return unit == null ? PLAIN : new UnitWriting(unit.code(), nonNull(unit.symbolZh()), 2, "", "");
        }
        return new UnitWriting(unit.code(), nonNull(unit.symbolZh()), unit.decimals(), nonNull(unit.valueSuffixZh()),
                nonNull(unit.changeSuffixZh()));
    }

    /** A value rounded to the unit's precision (half up, as statistical tables round). */
    public BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
    }

    public BigDecimal round(Double value) {
        return value == null ? null : round(BigDecimal.valueOf(value));
    }

    /** The number alone, at the unit's precision: 3.1. */
    public String number(BigDecimal value) {
        return value == null ? "" : round(value).toPlainString();
    }

    /** The number with its unit: 3.1‰. */
    public String value(BigDecimal value) {
        return value == null ? "" : number(value) + valueSuffixZh;
    }

    /** The size of a change between two values, without its sign: 0.3个千分点. */
    public String change(BigDecimal difference) {
        return difference == null ? "" : round(difference.abs()).toPlainString() + changeSuffixZh;
    }

    /** A number as the plan writes it in a target (3, 0.85, 95), with the unit: ≤3‰ is written from this. */
    public String asWritten(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + valueSuffixZh;
    }

    /** An Excel number format with the unit's decimals: 0.0 for one place, 0 for none. */
    public String excelFormat() {
        return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
