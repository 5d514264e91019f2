package org.childplan.platform.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of one chart, written as SVG: shapes as markup, labels kept apart so they can be written either as
 * SVG {@code <text>} or as HTML laid over the picture (see {@link Chart}). Coordinates are points, one user unit of
 * the viewBox to one pt of the page.
 */
final class Drawing {

    static final String FONT = "'CJK', 'WenQuanYi Micro Hei', sans-serif";
    static final String INK = "#333333";
    static final String RULE = "#bbbbbb";

    enum Anchor {
        START("start", "left"), MIDDLE("middle", "center"), END("end", "right");

        final String svg;
        final String css;

        Anchor(String svg, String css) {
            this.svg = svg;
            this.css = css;
        }
    }

    private record Label(double x, double y, String text, double size, Anchor anchor, String fill, String cssClass) {
    }

    private final String kind;
    private final String title;
    private final double width;
    private final double height;
    private final StringBuilder shapes = new StringBuilder();
    private final List<Label> labels = new ArrayList<>();

    Drawing(String kind, String title, double width, double height) {
        this.kind = kind;
        this.title = title == null ? "" : title;
        this.width = width;
        this.height = height;
    }

    /** Appends a shape; {@code attributes} are name/value pairs, values escaped here. */
    Drawing shape(String element, String... attributes) {
        shapes.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            shapes.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        shapes.append("/>");
        return this;
    }

    Drawing label(double x, double y, String text, double size, Anchor anchor, String fill, String cssClass) {
        if (text != null && !text.isEmpty()) {
            labels.add(new Label(x, y, text, size, anchor, fill, cssClass));
        }
        return this;
    }

    Chart chart() {
        return new Chart(svg(true, ""), html());
    }

    private String svg(boolean withText, String extraStyle) {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"chart-").append(kind)
                .append("\" width=\"").append(n(width)).append("pt\" height=\"").append(n(height))
                .append("pt\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"").append(escape(FONT)).append('"').append(extraStyle)
                .append('>')
                .append("<title>").append(escape(title)).append("</title>")
                .append(shapes);
        if (withText) {
            for (Label label : labels) {
                out.append("<text x=\"").append(n(label.x)).append("\" y=\"").append(n(label.y))
                        .append("\" font-size=\"").append(n(label.size)).append("\" fill=\"").append(label.fill).append('"');
                if (label.anchor != Anchor.START) {
                    out.append(" text-anchor=\"").append(label.anchor.svg).append('"');
                }
                if (label.cssClass != null) {
                    out.append(" class=\"").append(label.cssClass).append('"');
                }
                out.append('>').append(escape(label.text)).append("</text>");
            }
        }
        return out.append("</svg>").toString();
    }

    /*
     * The labels as spans in a box of the chart's size. Their left edge follows the anchor (a box of fixed width
     * centred on or ending at x, its text aligned inside); their top puts the baseline near y for a line height of 1.
     */
    private String html() {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"chart chart-").append(kind).append("\" style=\"position: relative; width: ").append(n(width))
                .append("pt; height: ").append(n(height)).append("pt; page-break-inside: avoid; font-family: ").append(escape(FONT)).append(";\">")
                .append(svg(false, " style=\"display: block;\""));
        for (Label label : labels) {
            double box = textWidth(label.text, label.size) * 1.3 + 4;
            double left = switch (label.anchor) {
                case START -> label.x;
                case MIDDLE -> label.x - box / 2;
                case END -> label.x - box;
            };
            out.append("<span");
            if (label.cssClass != null) {
                out.append(" class=\"").append(label.cssClass).append('"');
            }
            out.append(" style=\"position: absolute; left: ").append(n(left)).append("pt; top: ")
                    .append(n(label.y - label.size * 0.88)).append("pt; width: ").append(n(box))
                    .append("pt; text-align: ").append(label.anchor.css).append("; font-size: ").append(n(label.size))
                    .append("pt; line-height: 1; white-space: nowrap; color: ").append(label.fill)
                    .append(";\">").append(escape(label.text)).append("</span>");
        }
        return out.append("</div>").toString();
    }

    /** A coordinate to a tenth of a point, written the same on every machine. */
    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // characters XML 1.0 can not carry at all are dropped rather than breaking the page
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A rough width of a label, for laying out legends: CJK characters a full em, others a little over half. */
    static double textWidth(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += text.charAt(i) >= 0x2E80 ? 1.0 : 0.58;
        }
        return em * size;
    }
}
