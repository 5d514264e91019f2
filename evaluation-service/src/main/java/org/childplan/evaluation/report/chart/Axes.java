package org.childplan.evaluation.report.chart;

import java.math.BigDecimal;
import org.childplan.evaluation.report.chart.Drawing.Anchor;

/** The value and year axes the trend and gap charts share. */
final class Axes {

    private Axes() {
    }

    /** Grid lines at the scale's ticks, labelled left of the plot with plain numbers (the unit is in the value labels). */
    static void values(Drawing d, NiceScale scale, double left, double right, double top, double bottom) {
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick, bottom, top);
            d.shape("line", "class", "grid", "x1", Drawing.n(left), "y1", Drawing.n(y), "x2", Drawing.n(right),
                    "y2", Drawing.n(y), "stroke", "#e3e3e3", "stroke-width", "0.6");
            d.label(left - 4, y + 2.5, tick.toPlainString(), 7, Anchor.END, Drawing.INK, "tick-label");
        }
        d.shape("line", "class", "axis", "x1", Drawing.n(left), "y1", Drawing.n(top), "x2", Drawing.n(left),
                "y2", Drawing.n(bottom), "stroke", Drawing.RULE, "stroke-width", "0.8");
    }

    /**
     * The x axis with its years; the first, the last and the baseline year are always written, the others as room
     * allows. The baseline year is marked by a triangle under its tick.
     */
    static void years(Drawing d, YearAxis years, double bottom, Integer baselineYear) {
        d.shape("line", "class", "axis", "x1", Drawing.n(years.left()), "y1", Drawing.n(bottom), "x2", Drawing.n(years.right()),
                "y2", Drawing.n(bottom), "stroke", Drawing.RULE, "stroke-width", "0.8");
        int every = years.labelEvery();
        for (int year = years.from(); year <= years.to(); year++) {
            double x = years.x(year);
            d.shape("line", "class", "tick", "x1", Drawing.n(x), "y1", Drawing.n(bottom), "x2", Drawing.n(x),
                    "y2", Drawing.n(bottom + 3), "stroke", Drawing.RULE, "stroke-width", "0.8");
            boolean baseline = baselineYear != null && year == baselineYear;
            boolean written = year == years.from() || year == years.to() || baseline
                    || ((year - years.from()) % every == 0 && years.to() - year >= every && !nearBaseline(year, baselineYear, every));
            if (written) {
                d.label(x, bottom + 12, String.valueOf(year), 7, Anchor.MIDDLE, Drawing.INK,
                        baseline ? "year-label baseline-year" : "year-label");
            }
            if (baseline) {
                d.shape("path", "class", "baseline-mark", "d", "M" + Drawing.n(x) + "," + Drawing.n(bottom + 15)
                        + " l-3,5 h6 z", "fill", Drawing.INK);
            }
        }
    }

    private static boolean nearBaseline(int year, Integer baselineYear, int every) {
        return baselineYear != null && year != baselineYear && Math.abs(year - baselineYear) < every;
    }
}
