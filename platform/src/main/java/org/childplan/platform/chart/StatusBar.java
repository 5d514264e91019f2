package org.childplan.platform.chart;

import java.util.List;
import org.childplan.platform.chart.Drawing.Anchor;

/**
 * A domain's indicators by progress status: one bar across the page (180 mm), a segment per status in the order
 * given, and a legend with the caller's labels.
 */
public final class StatusBar {

    static final double WIDTH = 510;
    static final double HEIGHT = 52;
    static final double BAR_TOP = 4;
    static final double BAR_HEIGHT = 20;

    /**
     * One segment.
     *
     * @param status the progress status code, for its colour
     * @param label  the legend's text, e.g. 已达标 3
     * @param count  indicators with this status
     */
    public record StatusCount(String status, String label, int count) {

        public StatusCount {
            if (count < 0) {
                throw new IllegalArgumentException("A count can not be negative: " + count);
            }
        }
    }

    private StatusBar() {
    }

    /**
     * @param title      the accessible name of the chart
     * @param counts     the segments in the order to draw them
     * @param emptyLabel what the bar says when every count is zero (nothing could be assessed)
     */
    public static Chart draw(String title, List<StatusCount> counts, String emptyLabel) {
        Drawing d = new Drawing("status-bar", title, WIDTH, HEIGHT);
        int total = counts.stream().mapToInt(StatusCount::count).sum();
        if (total == 0) {
            d.shape("rect", "class", "empty", "x", "0.5", "y", Drawing.n(BAR_TOP), "width", Drawing.n(WIDTH - 1),
                    "height", Drawing.n(BAR_HEIGHT), "fill", "#f5f5f5", "stroke", StatusColour.GREY, "stroke-width", "0.8");
            d.label(WIDTH / 2, BAR_TOP + BAR_HEIGHT / 2 + 3.5, emptyLabel, 9, Anchor.MIDDLE, Drawing.INK, "empty-label");
            return d.chart();
        }
        double x = 0;
        for (StatusCount c : counts) {
            if (c.count() == 0) {
                continue;
            }
            double w = WIDTH * c.count() / total;
            d.shape("rect", "class", "segment status-" + c.status(), "x", Drawing.n(x), "y", Drawing.n(BAR_TOP),
                    "width", Drawing.n(w), "height", Drawing.n(BAR_HEIGHT), "fill", StatusColour.segment(c.status()),
                    // a white edge, so two statuses of the same colour still read as two segments
                    "stroke", "#ffffff", "stroke-width", "1");
            String count = String.valueOf(c.count());
            if (w >= Drawing.textWidth(count, 9) + 4) {
                d.label(x + w / 2, BAR_TOP + BAR_HEIGHT / 2 + 3.5, count, 9, Anchor.MIDDLE, "#ffffff", "segment-count");
            }
            x += w;
        }
        // the legend names every status, zeros included, so bars of different domains read alike
        double lx = 0;
        double ly = BAR_TOP + BAR_HEIGHT + 12;
        for (StatusCount c : counts) {
            d.shape("rect", "class", "swatch status-" + c.status(), "x", Drawing.n(lx), "y", Drawing.n(ly - 7),
                    "width", "8", "height", "8", "fill", StatusColour.segment(c.status()));
            d.label(lx + 11, ly, c.label(), 8, Anchor.START, Drawing.INK, "legend-label");
            lx += 11 + Drawing.textWidth(c.label() == null ? "" : c.label(), 8) + 12;
            if (lx > WIDTH - 60) {
                lx = 0;
                ly += 12;
            }
        }
        return d.chart();
    }
}
