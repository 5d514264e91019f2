package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One year's comparison of two groups.
 *
 * @param year   the year
 * @param valueA the first group's value (the reference group: URBAN, MALE)
 * @param valueB the second group's value (the group the plan wants to catch up: RURAL, FEMALE)
 * @param gap    valueA − valueB, signed, in the indicator's unit
 * @param ratio  valueA / valueB; null when valueB is 0
 */
public record EquityGapYear(int year, BigDecimal valueA, BigDecimal valueB, BigDecimal gap, Double ratio) {

    public EquityGapYear {
        Objects.requireNonNull(valueA, "valueA");
        Objects.requireNonNull(valueB, "valueB");
        Objects.requireNonNull(gap, "gap");
    }

    /** |gap|: how far apart the groups are, whichever is ahead. */
    public BigDecimal absoluteGap() {
        return gap.abs();
    }
}
