package org.childplan.evaluation.domain;

import java.math.BigDecimal;

/**
 * One reported value as an agency sends it, before validation. A dimension left out (null) means the total;
 * an area left out means the plan's whole jurisdiction.
 */
public record ObservationInput(
        String indicatorCode,
        Integer year,
        String areaCode,
        String sex,
        String residence,
        String ageGroup,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String note) {

    public static final String TOTAL = "TOTAL";

    /** The same observation with the documented defaults filled in, as it will be stored. */
    public ObservationInput normalised(String jurisdictionCode) {
        return new ObservationInput(indicatorCode, year, areaCode == null ? jurisdictionCode : areaCode,
                sex == null ? TOTAL : sex, residence == null ? TOTAL : residence, ageGroup == null ? TOTAL : ageGroup,
                value, numerator, denominator, source, note);
    }

    /** Identifies the series point: at most one value per key in a cycle. */
    public String key() {
        return indicatorCode + "|" + year + "|" + areaCode + "|" + sex + "|" + residence + "|" + ageGroup;
    }
}
