package org.childplan.platform.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.childplan.platform.chart.Drawing.Anchor;

/** The value and year axes the trend and gap charts share. */
final class Axes {

    private Axes() {
    }

    /**
     * Grid lines at the scale's ticks between {@code bottom} and {@code top}, labelled left of the plot with plain
     * numbers (the unit is in the value labels), and the axis line over the whole frame.
     */
    static void values(Drawing d, NiceScale scale, double left, double right, double top, double bottom, double frameTop,
                       double frameBottom) {
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick, bottom, top);
            d.shape("line", "class", "grid", "x1", Drawing.n(left), "y1", Drawing.n(y), "x2", Drawing.n(right),
                    "y2", Drawing.n(y), "stroke", "#e3e3e3", "stroke-width", "0.6");
            d.label(left - 4, y + 2.5, tick.toPlainString(), 7, Anchor.END, Drawing.INK, "tick-label");
        }
        d.shape("line", "class", "axis", "x1", Drawing.n(left), "y1", Drawing.n(frameTop), "x2", Drawing.n(left),
                "y2", Drawing.n(frameBottom), "stroke", Drawing.RULE, "stroke-width", "0.8");
    }

    /**
     * The x axis with its years. Labels must not run into each other, so when years are narrow only some are written:
     * the baseline year first, then the last (target) year, the first year, and every few years between, each only
     * where it keeps its distance from those already written. The baseline year is marked by a triangle under it.
     */
    static void years(Drawing d, YearAxis years, double bottom, Integer baselineYear) {
        d.shape("line", "class", "axis", "x1", Drawing.n(years.left()), "y1", Drawing.n(bottom), "x2", Drawing.n(years.right()),
                "y2", Drawing.n(bottom), "stroke", Drawing.RULE, "stroke-width", "0.8");
        int every = years.labelEvery();
        List<Integer> candidates = new ArrayList<>();
        if (baselineYear != null && baselineYear >= years.from() && baselineYear <= years.to()) {
            candidates.add(baselineYear);
        }
        candidates.add(years.to());
        for (int year = years.from(); year < years.to(); year += every) {
            candidates.add(year);
        }
        Set<Integer> written = new TreeSet<>();
        for (int year : candidates) {
            if (written.stream().allMatch(w -> Math.abs(w - year) >= every)) {
                written.add(year);
            }
        }
        for (int year = years.from(); year <= years.to(); year++) {
            double x = years.x(year);
            d.shape("line", "class", "tick", "x1", Drawing.n(x), "y1", Drawing.n(bottom), "x2", Drawing.n(x),
                    "y2", Drawing.n(bottom + 3), "stroke", Drawing.RULE, "stroke-width", "0.8");
            boolean baseline = baselineYear != null && year == baselineYear;
            if (written.contains(year)) {
                d.label(x, bottom + 12, String.valueOf(year), 7, Anchor.MIDDLE, Drawing.INK,
                        baseline ? "year-label baseline-year" : "year-label");
            }
            if (baseline) {
                d.shape("path", "class", "baseline-mark", "d", "M" + Drawing.n(x) + "," + Drawing.n(bottom + 15)
                        + " l-3,5 h6 z", "fill", Drawing.INK);
            }
        }
    }
}
