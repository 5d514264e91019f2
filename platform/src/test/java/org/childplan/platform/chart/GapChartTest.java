package org.childplan.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.childplan.platform.chart.GapChart.Series;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GapChartTest {

    static final Function<BigDecimal, String> PERCENT = v -> v.toPlainString() + "%";

    static Chart urbanRural() {
        Series urban = new Series("城镇", List.of(point(2021, "97.5"), point(2022, "97.9"), point(2023, "98.2")));
        Series rural = new Series("农村", List.of(point(2021, "94.0"), point(2022, "95.1"), point(2023, "96.0")));
        return GapChart.draw("城乡差距：儿童健康管理率", urban, rural, "2023年 城乡差距 2.2个百分点", PERCENT);
    }

    static Point point(int year, String value) {
        return new Point(year, new BigDecimal(value));
    }

    @Test
    void drawsTwoSeriesInDistinctColoursAndMarkers() {
        Document svg = Svgs.parse(urbanRural().svg());

        List<Element> lines = Svgs.withClass(svg, "polyline", "series");
        assertThat(lines).extracting(e -> e.getAttribute("stroke")).containsExactly(GapChart.COLOUR_A, GapChart.COLOUR_B);
        assertThat(Svgs.withClass(svg, "circle", "point")).hasSize(3)
                .allMatch(e -> e.getAttribute("fill").equals(GapChart.COLOUR_A));
        assertThat(Svgs.withClass(svg, "rect", "point")).hasSize(3)
                .allMatch(e -> e.getAttribute("fill").equals(GapChart.COLOUR_B));
    }

    @Test
    void labelsTheGroupsAndWritesTheLatestGap() {
        Document svg = Svgs.parse(urbanRural().svg());

        assertThat(Svgs.withClass(svg, "text", "legend-label")).extracting(Element::getTextContent).containsExactly("城镇", "农村");
        assertThat(Svgs.withClass(svg, "text", "gap-label")).extracting(Element::getTextContent)
                .containsExactly("2023年 城乡差距 2.2个百分点");
        assertThat(Svgs.withClass(svg, "text", "value-label")).extracting(Element::getTextContent).containsExactly("98.2%", "96.0%");
        assertThat(Svgs.withClass(svg, "text", "year-label")).extracting(Element::getTextContent)
                .containsExactly("2021", "2022", "2023");
    }

    @Test
    void putsTheHigherGroupHigher() {
        Document svg = Svgs.parse(urbanRural().svg());

        double urban2023 = Svgs.number(Svgs.withClass(svg, "circle", "point").get(2), "cy");
        double rural2023 = Svgs.number(Svgs.withClass(svg, "rect", "point").get(2), "y") + 2.3;
        assertThat(urban2023).isLessThan(rural2023);
    }

    @Test
    void escapesTheGroupsNames() {
        Chart chart = GapChart.draw("t", new Series("A&B", List.of(point(2023, "1"))), new Series("<C>", List.of(point(2023, "2"))),
                null, PERCENT);

        assertThat(Svgs.texts(Svgs.parse(chart.svg()))).contains("A&B", "<C>");
        Svgs.parse(chart.html());
    }
}
