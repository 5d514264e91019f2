package org.childplan.platform.chart;

import java.math.BigDecimal;
import java.util.Objects;

/** A year's value of a series. */
public record Point(int year, BigDecimal value) {

    public Point {
        Objects.requireNonNull(value, "value");
    }
}
