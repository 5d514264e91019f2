package org.childplan.platform.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.childplan.platform.chart.Drawing.Anchor;

/** Two groups of one indicator over the years (城镇 and 农村, 男 and 女), with the latest gap in words. Trend-sized. */
public final class GapChart {

    static final double WIDTH = TrendChart.WIDTH;
    static final double HEIGHT = TrendChart.HEIGHT;
    static final double TOP = 34;
    static final String COLOUR_A = "#1f4e8c";
    static final String COLOUR_B = "#d9711c";

    /**
     * One group's values.
     *
     * @param label the group's name in the legend
     */
    public record Series(String label, List<Point> points) {

        public Series {
            points = points == null ? List.of() : points.stream().sorted(Comparator.comparingInt(Point::year)).toList();
        }
    }

    private GapChart() {
    }

    /**
     * @param title     the accessible name of the chart
     * @param a         the first group: blue, round markers
     * @param b         the second group: orange, square markers
     * @param latestGap the latest gap as the caller writes it, e.g. 2023年 城乡差距 1.2个百分点; null for none
     * @param format    how a value is written, for the latest values
     */
    public static Chart draw(String title, Series a, Series b, String latestGap, Function<BigDecimal, String> format) {
        List<Point> all = new ArrayList<>(a.points());
        all.addAll(b.points());
        if (all.isEmpty()) {
            throw new IllegalArgumentException("A gap chart needs at least one value");
        }
        NiceScale scale = NiceScale.around(all.stream().map(Point::value).toList());
        int from = all.stream().mapToInt(Point::year).min().orElseThrow();
        int to = all.stream().mapToInt(Point::year).max().orElseThrow();
        YearAxis years = new YearAxis(from, to, TrendChart.LEFT, TrendChart.RIGHT);

        Drawing d = new Drawing("gap", title, WIDTH, HEIGHT);
        Axes.values(d, scale, TrendChart.LEFT, TrendChart.RIGHT, TOP, TrendChart.BOTTOM, 22, TrendChart.FRAME_BOTTOM);
        Axes.years(d, years, TrendChart.FRAME_BOTTOM, null);
        series(d, a, years, scale, COLOUR_A, false, format);
        series(d, b, years, scale, COLOUR_B, true, format);

        d.shape("circle", "class", "legend-marker", "cx", "4", "cy", "7", "r", "2.5", "fill", COLOUR_A);
        d.label(10, 10, a.label(), 8, Anchor.START, Drawing.INK, "legend-label");
        double bx = 10 + Drawing.textWidth(a.label() == null ? "" : a.label(), 8) + 10;
        d.shape("rect", "class", "legend-marker", "x", Drawing.n(bx - 2.5), "y", "4.5", "width", "5", "height", "5", "fill", COLOUR_B);
        d.label(bx + 6, 10, b.label(), 8, Anchor.START, Drawing.INK, "legend-label");
        d.label(TrendChart.RIGHT, 10, latestGap, 8, Anchor.END, Drawing.INK, "gap-label");
        return d.chart();
    }

    private static void series(Drawing d, Series s, YearAxis years, NiceScale scale, String colour, boolean square,
                               Function<BigDecimal, String> format) {
        if (s.points().isEmpty()) {
            return;
        }
        if (s.points().size() > 1) {
            StringBuilder line = new StringBuilder();
            for (Point p : s.points()) {
                line.append(line.isEmpty() ? "" : " ").append(Drawing.n(years.x(p.year()))).append(',')
                        .append(Drawing.n(scale.y(p.value(), TrendChart.BOTTOM, TOP)));
            }
            d.shape("polyline", "class", "series", "points", line.toString(), "fill", "none", "stroke", colour,
                    "stroke-width", "1.6", "stroke-linejoin", "round");
        }
        for (Point p : s.points()) {
            double x = years.x(p.year());
            double y = scale.y(p.value(), TrendChart.BOTTOM, TOP);
            if (square) {
                d.shape("rect", "class", "point", "x", Drawing.n(x - 2.3), "y", Drawing.n(y - 2.3), "width", "4.6",
                        "height", "4.6", "fill", colour);
            } else {
                d.shape("circle", "class", "point", "cx", Drawing.n(x), "cy", Drawing.n(y), "r", "2.5", "fill", colour);
            }
        }
        Point last = s.points().get(s.points().size() - 1);
        d.label(years.x(last.year()) - 5, scale.y(last.value(), TrendChart.BOTTOM, TOP) - 4, format.apply(last.value()), 7,
                Anchor.END, colour, "value-label");
    }
}
