package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The gap between two groups over the years both have data for, and whether it is closing.
 *
 * @param years               the comparison for each common year, in order
 * @param trend               NARROWING, WIDENING, STABLE or INSUFFICIENT_DATA
 * @param earliestYear        the first common year; null without common years
 * @param latestYear          the last common year; null without common years
 * @param earliestAbsoluteGap |gap| in the first common year; null without common years
 * @param latestAbsoluteGap   |gap| in the last common year; null without common years
 * @param absoluteGapChange   latestAbsoluteGap − earliestAbsoluteGap (negative = narrowing); null with fewer than
 *                            two common years
 * @param absoluteGapSlope    the least-squares slope of |gap| per year over all common years, reported so an
 *                            up-and-down path between the end points is visible; null with fewer than three
 * @param gapReversed         whether the group ahead in the first common year is behind in the last one
 */
public record EquityGapAnalysis(List<EquityGapYear> years, GapTrend trend, Integer earliestYear, Integer latestYear,
                                BigDecimal earliestAbsoluteGap, BigDecimal latestAbsoluteGap,
                                BigDecimal absoluteGapChange, Double absoluteGapSlope, boolean gapReversed) {

    public EquityGapAnalysis {
        years = List.copyOf(years);
        Objects.requireNonNull(trend, "trend");
    }
}
