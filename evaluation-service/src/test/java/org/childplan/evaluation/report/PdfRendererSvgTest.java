package org.childplan.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.platform.chart.Chart;
import org.childplan.platform.chart.Point;
import org.childplan.platform.chart.StatusBar;
import org.childplan.platform.chart.TrendChart;
import org.junit.jupiter.api.Test;

/** Charts in a report page come out of the PDF as vector drawings with their labels as text. */
class PdfRendererSvgTest {

    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-01-02T03:04:05+08:00");

    static Chart infantMortality() {
        return TrendChart.draw(new TrendChart.Trend("婴儿死亡率",
                List.of(new Point(2020, new BigDecimal("3.9")), new Point(2023, new BigDecimal("3.2"))), 2020,
                new BigDecimal("3"), "目标 ≤3‰", 2025, new BigDecimal("2.7"), "SUBSTANTIAL_PROGRESS",
                v -> v.toPlainString() + "‰"));
    }

    static String page(String body) {
        return "<html><head><style>body { font-family: CJK; }</style></head><body><p>一、健康</p>" + body + "</body></html>";
    }

    @Test
    void writesTheLabelsOfAChartAsTextInTheCjkFont() throws IOException {
        byte[] pdf = render(page(infantMortality().html()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("一、健康", "目标 ≤3‰", "2020", "2025", "3.9‰", "3.2‰");
            assertThat(fonts(document.getPage(0).getResources())).anyMatch(name -> name.endsWith("+WenQuanYiMicroHei"));
        }
    }

    @Test
    void drawsTheChartAsVectorsNotAPicture() throws IOException {
        byte[] pdf = render(page(infantMortality().html()
                + StatusBar.draw("健康", List.of(new StatusBar.StatusCount("TARGET_ACHIEVED", "已达标 2", 2)), "-").html()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<Object> xObjects = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                xObjects.add(resources.getXObject(name));
            }
            // Batik draws each SVG into a form of PDF drawing operations; an image here would mean it was rasterised
            assertThat(xObjects).hasSize(2).allMatch(PDFormXObject.class::isInstance);
            assertThat(new PDFTextStripper().getText(document)).contains("已达标 2");
        }
    }

    @Test
    void drawsSvgTextButOnlyAsOutlines() throws IOException {
        // why the charts lay their labels over the picture as HTML: Batik fills the glyphs' shapes, so this label is
        // visible on the page but no reader can find it; if a later openhtmltopdf writes SVG text as text, this fails
        byte[] pdf = render(page("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120pt\" height=\"40pt\" viewBox=\"0 0 120 40\">"
                + "<text x=\"4\" y=\"20\" font-family=\"CJK\" font-size=\"10\">目标 2025</text></svg>"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("一、健康").doesNotContain("目标", "2025");
        }
    }

    @Test
    void givesTheSameDocumentForTheSamePage() throws IOException {
        String page = page(infantMortality().html());

        // PDFBox derives the trailer's /ID from the clock; everything before it must be the same
        assertThat(beforeId(render(page))).isEqualTo(beforeId(render(page)));
    }

    private static byte[] render(String xhtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(config()).render(xhtml, CREATED, out);
        return out.toByteArray();
    }

    private static String beforeId(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.substring(0, text.lastIndexOf("/ID"));
    }

    private static List<String> fonts(PDResources resources) throws IOException {
        List<String> names = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }

    static EvaluationConfig config() {
        return (EvaluationConfig) Proxy.newProxyInstance(EvaluationConfig.class.getClassLoader(), new Class<?>[] {EvaluationConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "pdfFont" -> "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
                    case "pdfFontFace" -> "WenQuanYiMicroHei";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
