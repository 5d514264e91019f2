package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One year's value of an indicator for the whole jurisdiction (or for one group, in equity comparisons).
 * Values stay {@link BigDecimal} so that comparisons with targets and thresholds are exact.
 */
public record DataPoint(int year, BigDecimal value) {

    public DataPoint {
        Objects.requireNonNull(value, "value");
    }

    public static DataPoint of(int year, BigDecimal value) {
        return new DataPoint(year, value);
    }

    public static DataPoint of(int year, double value) {
        return new DataPoint(year, BigDecimal.valueOf(value));
    }
}
