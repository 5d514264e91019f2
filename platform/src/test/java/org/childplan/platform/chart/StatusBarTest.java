package org.childplan.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.childplan.platform.chart.StatusBar.StatusCount;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class StatusBarTest {

    static List<StatusCount> counts(int achieved, int substantial, int moderate, int limited, int deteriorated, int insufficient) {
        return List.of(new StatusCount("TARGET_ACHIEVED", "已达标 " + achieved, achieved),
                new StatusCount("SUBSTANTIAL_PROGRESS", "进展良好 " + substantial, substantial),
                new StatusCount("MODERATE_PROGRESS", "进展一般 " + moderate, moderate),
                new StatusCount("LIMITED_PROGRESS", "进展有限 " + limited, limited),
                new StatusCount("DETERIORATION", "退步 " + deteriorated, deteriorated),
                new StatusCount("INSUFFICIENT_DATA", "数据不足 " + insufficient, insufficient));
    }

    @Test
    void dividesTheBarByCountsInTheGivenOrderAndColours() {
        Document svg = Svgs.parse(StatusBar.draw("健康领域", counts(3, 1, 0, 2, 0, 2), "无可评估指标").svg());

        List<Element> segments = Svgs.withClass(svg, "rect", "segment");
        assertThat(segments).extracting(e -> e.getAttribute("fill"))
                .containsExactly(StatusColour.segment("TARGET_ACHIEVED"), StatusColour.segment("SUBSTANTIAL_PROGRESS"),
                        StatusColour.segment("LIMITED_PROGRESS"), StatusColour.GREY)
                .doesNotHaveDuplicates();
        assertThat(segments).extracting(e -> e.getAttribute("class")).containsExactly("segment status-TARGET_ACHIEVED",
                "segment status-SUBSTANTIAL_PROGRESS", "segment status-LIMITED_PROGRESS", "segment status-INSUFFICIENT_DATA");
        // 3 of 8 indicators: three eighths of the width, and the segments follow each other to the end
        assertThat(Svgs.number(segments.get(0), "width")).isCloseTo(StatusBar.WIDTH * 3 / 8, within(0.1));
        Element lastSegment = segments.get(3);
        assertThat(Svgs.number(lastSegment, "x") + Svgs.number(lastSegment, "width")).isCloseTo(StatusBar.WIDTH, within(0.2));
        assertThat(Svgs.withClass(svg, "text", "segment-count")).extracting(Element::getTextContent)
                .containsExactly("3", "1", "2", "2");
    }

    @Test
    void namesEveryStatusInTheLegendWithTheCallersLabels() {
        Document svg = Svgs.parse(StatusBar.draw("健康领域", counts(3, 1, 0, 2, 0, 2), "无可评估指标").svg());

        assertThat(Svgs.withClass(svg, "text", "legend-label")).extracting(Element::getTextContent)
                .containsExactly("已达标 3", "进展良好 1", "进展一般 0", "进展有限 2", "退步 0", "数据不足 2");
        // neighbouring statuses are told apart: six statuses, six shades
        assertThat(Svgs.withClass(svg, "rect", "swatch")).extracting(e -> e.getAttribute("fill")).doesNotHaveDuplicates()
                .hasSize(6).last().isEqualTo(StatusColour.GREY);
    }

    @Test
    void saysNothingIsAssessableWhenEveryCountIsZero() {
        Document svg = Svgs.parse(StatusBar.draw("安全领域", counts(0, 0, 0, 0, 0, 0), "无可评估指标").svg());

        assertThat(Svgs.withClass(svg, "rect", "segment")).isEmpty();
        assertThat(Svgs.withClass(svg, "text", "empty-label")).extracting(Element::getTextContent).containsExactly("无可评估指标");
    }

    @Test
    void spansTheWidthOfAnA4TextBlock() {
        Element root = Svgs.parse(StatusBar.draw("t", counts(1, 0, 0, 0, 0, 0), "-").svg()).getDocumentElement();

        // 510 pt is 180 mm
        assertThat(root.getAttribute("width")).isEqualTo("510pt");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 510 ");
    }

    @Test
    void escapesLabels() {
        Chart chart = StatusBar.draw("<&>", List.of(new StatusCount("TARGET_ACHIEVED", "a<b & c", 1)), "-");

        assertThat(Svgs.texts(Svgs.parse(chart.svg()))).contains("a<b & c");
        Svgs.parse(chart.html());
    }
}
