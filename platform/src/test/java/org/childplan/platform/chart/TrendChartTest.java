package org.childplan.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.childplan.platform.chart.TrendChart.Trend;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TrendChartTest {

    static final Function<BigDecimal, String> PERCENT = v -> v.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    static final Function<BigDecimal, String> PER_MILLE = v -> v.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "‰";

    static Trend infantMortality(BigDecimal projected, String status) {
        return new Trend("婴儿死亡率", List.of(p(2020, "3.9"), p(2021, "3.6"), p(2022, "3.4"), p(2023, "3.1")), 2020,
                new BigDecimal("3"), "目标 ≤3‰", 2025, projected, status, PER_MILLE);
    }

    static Point p(int year, String value) {
        return new Point(year, new BigDecimal(value));
    }

    @Test
    void drawsTargetLineAtTheTargetValue() {
        Document svg = Svgs.parse(TrendChart.draw(infantMortality(new BigDecimal("2.6"), "TARGET_ACHIEVED")).svg());

        Element target = Svgs.withClass(svg, "line", "target-line").get(0);
        List<Element> grid = Svgs.withClass(svg, "line", "grid");
        List<String> ticks = Svgs.withClass(svg, "text", "tick-label").stream().map(Element::getTextContent).toList();
        // the target 3 is a tick of this axis, so the line must lie on that tick's grid line
        Element gridAtThree = grid.get(ticks.indexOf("3"));
        assertThat(Svgs.number(target, "y1")).isEqualTo(Svgs.number(gridAtThree, "y1"));
        assertThat(Svgs.number(target, "y2")).isEqualTo(Svgs.number(target, "y1"));
        assertThat(Svgs.withClass(svg, "text", "target-label")).extracting(Element::getTextContent).containsExactly("目标 ≤3‰");
    }

    @Test
    void placesTheTargetBetweenTheTicksInProportion() {
        Trend trend = new Trend("出生缺陷发生率", List.of(p(2020, "10"), p(2023, "20")), null, new BigDecimal("12.5"),
                "目标", 2025, null, "MODERATE_PROGRESS", PER_MILLE);
        Document svg = Svgs.parse(TrendChart.draw(trend).svg());

        // axis 10..20 by 5 (or finer): 12.5 lies a quarter of the way from 10 to 20
        List<Element> grid = Svgs.withClass(svg, "line", "grid");
        List<String> ticks = Svgs.withClass(svg, "text", "tick-label").stream().map(Element::getTextContent).toList();
        double y10 = Svgs.number(grid.get(ticks.indexOf("10")), "y1");
        double y20 = Svgs.number(grid.get(ticks.indexOf("20")), "y1");
        double target = Svgs.number(Svgs.withClass(svg, "line", "target-line").get(0), "y1");
        assertThat(target).isCloseTo(y10 + (y20 - y10) / 4, within(0.1));
    }

    @Test
    void valueAxisIncludesTargetAndProjectionWithoutStartingAtZero() {
        Trend trend = new Trend("儿童健康管理率", List.of(p(2020, "86"), p(2023, "89.1")), 2020, new BigDecimal("95"),
                "目标 ≥95%", 2025, new BigDecimal("91.2"), "LIMITED_PROGRESS", PERCENT);
        Document svg = Svgs.parse(TrendChart.draw(trend).svg());

        List<BigDecimal> ticks = Svgs.withClass(svg, "text", "tick-label").stream()
                .map(e -> new BigDecimal(e.getTextContent())).toList();
        assertThat(ticks).hasSizeBetween(3, 5);
        assertThat(ticks.get(0)).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(new BigDecimal("86"));
        assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(new BigDecimal("95"));
        // 86 and 89.1 are visibly apart: more than a tenth of the plot's height
        List<Element> points = Svgs.withClass(svg, "circle", "point");
        double plot = TrendChart.BOTTOM - TrendChart.TOP;
        assertThat(Svgs.number(points.get(0), "cy") - Svgs.number(points.get(1), "cy")).isGreaterThan(plot / 10);
    }

    @Test
    void valueAxisReachesAProjectionBeyondTheData() {
        Trend trend = new Trend("低出生体重发生率", List.of(p(2020, "4.0"), p(2023, "4.6")), 2020, new BigDecimal("4"),
                "目标 ≤4%", 2025, new BigDecimal("7.9"), "DETERIORATION", PERCENT);
        Document svg = Svgs.parse(TrendChart.draw(trend).svg());

        Element end = Svgs.withClass(svg, "circle", "projection").get(0);
        assertThat(Svgs.number(end, "cy")).isBetween(TrendChart.TOP, TrendChart.BOTTOM);
        List<BigDecimal> ticks = Svgs.withClass(svg, "text", "tick-label").stream()
                .map(e -> new BigDecimal(e.getTextContent())).toList();
        assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(new BigDecimal("7.9"));
    }

    @Test
    void drawsTheProjectionDashedOnlyWhenThereIsOne() {
        Document with = Svgs.parse(TrendChart.draw(infantMortality(new BigDecimal("2.6"), "TARGET_ACHIEVED")).svg());
        Document without = Svgs.parse(TrendChart.draw(infantMortality(null, "TARGET_ACHIEVED")).svg());

        Element projection = Svgs.withClass(with, "line", "projection").get(0);
        assertThat(projection.getAttribute("stroke-dasharray")).isNotBlank();
        Element lastPoint = Svgs.withClass(with, "circle", "point").get(3);
        assertThat(Svgs.number(projection, "x1")).isEqualTo(Svgs.number(lastPoint, "cx"));
        assertThat(Svgs.number(projection, "y1")).isEqualTo(Svgs.number(lastPoint, "cy"));
        assertThat(Svgs.withClass(without, "line", "projection")).isEmpty();
        assertThat(Svgs.elements(without, "line")).noneMatch(e -> e.hasAttribute("stroke-dasharray"));
    }

    @Test
    void coloursTheSeriesByProgressStatus() {
        assertThat(seriesColour("TARGET_ACHIEVED")).isEqualTo(StatusColour.GREEN);
        assertThat(seriesColour("SUBSTANTIAL_PROGRESS")).isEqualTo(StatusColour.GREEN);
        assertThat(seriesColour("MODERATE_PROGRESS")).isEqualTo(StatusColour.AMBER);
        assertThat(seriesColour("LIMITED_PROGRESS")).isEqualTo(StatusColour.RED);
        assertThat(seriesColour("DETERIORATION")).isEqualTo(StatusColour.RED);
        assertThat(seriesColour("INSUFFICIENT_DATA")).isEqualTo(StatusColour.GREY);
        assertThat(seriesColour("NOT_ASSESSED")).isEqualTo(StatusColour.GREY);
        assertThat(seriesColour(null)).isEqualTo(StatusColour.GREY);
    }

    private static String seriesColour(String status) {
        Document svg = Svgs.parse(TrendChart.draw(infantMortality(new BigDecimal("2.6"), status)).svg());
        String line = Svgs.withClass(svg, "polyline", "series").get(0).getAttribute("stroke");
        assertThat(Svgs.withClass(svg, "line", "projection").get(0).getAttribute("stroke")).isEqualTo(line);
        return line;
    }

    @Test
    void writesYearsFromTheBaselineToTheTargetYearAndMarksTheBaseline() {
        Trend trend = new Trend("孕产妇死亡率", List.of(p(2021, "5.1"), p(2023, "4.8")), 2020, new BigDecimal("5"),
                "目标 ≤5/10万", 2025, null, "TARGET_ACHIEVED", v -> v.toPlainString() + "/10万");
        Document svg = Svgs.parse(TrendChart.draw(trend).svg());

        List<String> years = Svgs.withClass(svg, "text", "year-label").stream().map(Element::getTextContent).toList();
        assertThat(years).startsWith("2020").endsWith("2025");
        assertThat(Svgs.withClass(svg, "text", "baseline-year")).extracting(Element::getTextContent).containsExactly("2020");
        assertThat(Svgs.withClass(svg, "path", "baseline-mark")).hasSize(1);
        assertThat(Svgs.withClass(svg, "line", "tick")).hasSize(6);
    }

    @Test
    void thinsOutTheYearsOfALongPlanButKeepsBaselineAndTargetYear() {
        Trend trend = new Trend("x", List.of(p(2010, "12"), p(2015, "14"), p(2023, "15.5")), 2011, new BigDecimal("16"),
                "目标 ≥16", 2030, null, "MODERATE_PROGRESS", v -> v.toPlainString());
        Document svg = Svgs.parse(TrendChart.draw(trend).svg());

        List<Element> labels = Svgs.withClass(svg, "text", "year-label");
        assertThat(labels).extracting(Element::getTextContent).contains("2011", "2030").hasSizeLessThan(21);
        for (int i = 1; i < labels.size(); i++) {
            // each year label is about 16 pt wide
            assertThat(Svgs.number(labels.get(i), "x") - Svgs.number(labels.get(i - 1), "x")).isGreaterThanOrEqualTo(18);
        }
    }

    @Test
    void writesTheFirstAndLastValuesWithTheCallersFormat() {
        Document svg = Svgs.parse(TrendChart.draw(infantMortality(null, "TARGET_ACHIEVED")).svg());

        assertThat(Svgs.withClass(svg, "text", "value-label")).extracting(Element::getTextContent)
                .containsExactly("3.9‰", "3.1‰");
    }

    @Test
    void marksTheBaselinePointHollow() {
        Document svg = Svgs.parse(TrendChart.draw(infantMortality(null, "MODERATE_PROGRESS")).svg());

        Element baseline = Svgs.withClass(svg, "circle", "baseline").get(0);
        assertThat(baseline.getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(baseline.getAttribute("stroke")).isEqualTo(StatusColour.AMBER);
    }

    @Test
    void escapesTextAndStaysWellFormed() {
        Trend trend = new Trend("A <b> & \"c\"", List.of(p(2020, "1"), p(2022, "2")), 2020, new BigDecimal("3"),
                "目标 <3 & more", 2025, new BigDecimal("2.5"), "MODERATE_PROGRESS", v -> "<" + v.toPlainString() + "&>");
        Chart chart = TrendChart.draw(trend);
        Document svg = Svgs.parse(chart.svg());

        assertThat(Svgs.elements(svg, "title")).extracting(Element::getTextContent).containsExactly("A <b> & \"c\"");
        assertThat(Svgs.texts(svg)).contains("目标 <3 & more", "<1&>", "<2&>");
        assertThat(chart.svg()).contains("&lt;3 &amp; more").doesNotContain("<b>");
        Svgs.parse(chart.html());
        assertThat(chart.html()).contains("&lt;3 &amp; more");
    }

    @Test
    void isAStandaloneSvgSizedForHalfAnA4Row() {
        Document svg = Svgs.parse(TrendChart.draw(infantMortality(null, "TARGET_ACHIEVED")).svg());

        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(Svgs.SVG_NS);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 240 150");
        // 240 pt is 84.7 mm
        assertThat(root.getAttribute("width")).isEqualTo("240pt");
        assertThat(root.getAttribute("font-family")).isEqualTo("'CJK', 'WenQuanYi Micro Hei', sans-serif");
        assertThat(root.getFirstChild().getLocalName()).isEqualTo("title");
    }

    @Test
    void givesTheSameBytesForTheSameInput() {
        assertThat(TrendChart.draw(infantMortality(new BigDecimal("2.6"), "TARGET_ACHIEVED")))
                .isEqualTo(TrendChart.draw(infantMortality(new BigDecimal("2.6"), "TARGET_ACHIEVED")));
    }

    @Test
    void laysTheLabelsOverThePictureInTheHtmlForm() {
        Chart chart = TrendChart.draw(infantMortality(new BigDecimal("2.6"), "TARGET_ACHIEVED"));
        Document html = Svgs.parse(chart.html());

        // the picture keeps its shapes but not its text; every label is a span instead
        assertThat(Svgs.elements(html, "text")).isEmpty();
        assertThat(Svgs.withClass(html, "line", "target-line")).hasSize(1);
        List<String> spans = new java.util.ArrayList<>();
        org.w3c.dom.NodeList nodes = html.getElementsByTagName("span");
        for (int i = 0; i < nodes.getLength(); i++) {
            spans.add(nodes.item(i).getTextContent());
        }
        assertThat(spans).containsExactlyElementsOf(Svgs.texts(Svgs.parse(chart.svg())));
        assertThat(html.getDocumentElement().getAttribute("style")).contains("position: relative", "width: 240pt");
    }

    @Test
    void refusesATrendWithoutValues() {
        assertThatThrownBy(() -> new Trend("x", List.of(), null, null, null, 2025, null, null, PERCENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsASingleValueAndNoTargetLineWithoutATarget() {
        Trend trend = new Trend("x", List.of(p(2023, "50")), null, null, null, 2025, null, "NOT_ASSESSED", PERCENT);
        Document svg = Svgs.parse(TrendChart.draw(trend).svg());

        assertThat(Svgs.withClass(svg, "line", "target-line")).isEmpty();
        assertThat(Svgs.withClass(svg, "text", "value-label")).extracting(Element::getTextContent).containsExactly("50.0%");
        assertThat(Svgs.withClass(svg, "text", "tick-label")).hasSizeBetween(3, 5);
    }
}
