package org.childplan.platform.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.childplan.platform.chart.Drawing.Anchor;

/**
 * One quantitative indicator over the years: the observed values, the target as a line, and the projection to the
 * target year dashed from the last observation, all in the colour of the indicator's progress status. Sized for two
 * charts side by side on A4 (85 mm).
 */
public final class TrendChart {

    static final double WIDTH = 240;
    static final double HEIGHT = 150;
    static final double LEFT = 42;
    static final double RIGHT = 226;
    /** The plot's frame: the value axis runs from its top, the year axis along its bottom. */
    static final double FRAME_TOP = 12;
    static final double FRAME_BOTTOM = 126;
    /** Where the lowest and highest ticks lie: inside the frame, so a point's label fits over or under it. */
    static final double TOP = 24;
    static final double BOTTOM = 114;
    static final String TARGET_COLOUR = "#1f4e8c";

    /**
     * What the chart shows.
     *
     * @param title        the accessible name of the chart (the indicator's name)
     * @param points       observed values, any order; at least one
     * @param baselineYear the plan's baseline year, marked on the chart; null if none
     * @param target       the target value, drawn as a line; null when the target is not a number
     * @param targetLabel  the text on the target line, e.g. 目标 ≤3‰
     * @param targetYear   the year the target is for; the x axis runs to it
     * @param projected    the value projected for the target year, drawn dashed; null for none
     * @param status       the progress status code (TARGET_ACHIEVED …) that colours the series
     * @param format       how a value is written, with its unit and precision (86.0%, 3.1‰)
     */
    public record Trend(String title, List<Point> points, Integer baselineYear, BigDecimal target, String targetLabel,
                        int targetYear, BigDecimal projected, String status, Function<BigDecimal, String> format) {

        public Trend {
            Objects.requireNonNull(format, "format");
            if (points == null || points.isEmpty()) {
                throw new IllegalArgumentException("A trend chart needs at least one observed value");
            }
            points = points.stream().sorted(Comparator.comparingInt(Point::year)).toList();
        }
    }

    private TrendChart() {
    }

    public static Chart draw(Trend trend) {
        List<Point> points = trend.points();
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        boolean projecting = trend.projected() != null && trend.targetYear() > last.year();

        List<BigDecimal> values = new ArrayList<>(points.stream().map(Point::value).toList());
        if (trend.target() != null) {
            values.add(trend.target());
        }
        if (projecting) {
            values.add(trend.projected());
        }
        NiceScale scale = NiceScale.around(values);
        int fromYear = trend.baselineYear() == null ? first.year() : Math.min(first.year(), trend.baselineYear());
        int toYear = Math.max(trend.targetYear(), last.year());
        YearAxis years = new YearAxis(fromYear, toYear, LEFT, RIGHT);

        String colour = StatusColour.of(trend.status());
        Drawing d = new Drawing("trend", trend.title(), WIDTH, HEIGHT);
        Axes.values(d, scale, LEFT, RIGHT, TOP, BOTTOM, FRAME_TOP, FRAME_BOTTOM);
        Axes.years(d, years, FRAME_BOTTOM, trend.baselineYear());

        if (trend.target() != null) {
            double y = scale.y(trend.target(), BOTTOM, TOP);
            d.shape("line", "class", "target-line", "x1", Drawing.n(LEFT), "y1", Drawing.n(y), "x2", Drawing.n(RIGHT),
                    "y2", Drawing.n(y), "stroke", TARGET_COLOUR, "stroke-width", "1.2");
            // above the line, unless the line runs along the top of the frame
            double labelY = y - FRAME_TOP < 10 ? y + 10 : y - 3;
            d.label(RIGHT, labelY, trend.targetLabel(), 8, Anchor.END, TARGET_COLOUR, "target-label");
        }

        if (projecting) {
            double x1 = years.x(last.year());
            double y1 = scale.y(last.value(), BOTTOM, TOP);
            double x2 = years.x(trend.targetYear());
            double y2 = scale.y(trend.projected(), BOTTOM, TOP);
            d.shape("line", "class", "projection", "x1", Drawing.n(x1), "y1", Drawing.n(y1), "x2", Drawing.n(x2),
                    "y2", Drawing.n(y2), "stroke", colour, "stroke-width", "1.5", "stroke-dasharray", "4 3");
            d.shape("circle", "class", "projection", "cx", Drawing.n(x2), "cy", Drawing.n(y2), "r", "2.5",
                    "fill", "#ffffff", "stroke", colour, "stroke-width", "1.2");
        }

        if (points.size() > 1) {
            StringBuilder line = new StringBuilder();
            for (Point p : points) {
                line.append(line.isEmpty() ? "" : " ").append(Drawing.n(years.x(p.year()))).append(',')
                        .append(Drawing.n(scale.y(p.value(), BOTTOM, TOP)));
            }
            d.shape("polyline", "class", "series", "points", line.toString(), "fill", "none", "stroke", colour,
                    "stroke-width", "1.8", "stroke-linejoin", "round");
        }
        for (Point p : points) {
            boolean baseline = trend.baselineYear() != null && p.year() == trend.baselineYear();
            d.shape("circle", "class", baseline ? "point baseline" : "point", "cx", Drawing.n(years.x(p.year())),
                    "cy", Drawing.n(scale.y(p.value(), BOTTOM, TOP)), "r", baseline ? "3" : "2.2",
                    "fill", baseline ? "#ffffff" : colour, "stroke", colour, "stroke-width", baseline ? "1.5" : "0");
        }

        if (points.size() == 1) {
            valueLabel(d, years, scale, first, trend.format(), Anchor.MIDDLE, true);
        } else {
            // each label on the side of its point the line does not take: under a first point the series rises
            // from, over a last point it rises to
            boolean risesFromFirst = points.get(1).value().compareTo(first.value()) > 0;
            boolean risesToLast = last.value().compareTo(points.get(points.size() - 2).value()) >= 0;
            valueLabel(d, years, scale, first, trend.format(), Anchor.START, !risesFromFirst);
            valueLabel(d, years, scale, last, trend.format(), projecting ? Anchor.MIDDLE : Anchor.END, risesToLast);
        }
        return d.chart();
    }

    private static void valueLabel(Drawing d, YearAxis years, NiceScale scale, Point p, Function<BigDecimal, String> format,
                                   Anchor anchor, boolean above) {
        double x = years.x(p.year()) + switch (anchor) {
            case START -> 4;
            case MIDDLE -> 0;
            case END -> -4;
        };
        double y = scale.y(p.value(), BOTTOM, TOP);
        d.label(x, above ? y - 5 : y + 11, format.apply(p.value()), 7.5, anchor, Drawing.INK, "value-label");
    }
}
