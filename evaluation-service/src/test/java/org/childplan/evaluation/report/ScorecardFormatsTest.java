package org.childplan.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.evaluation.domain.scorecard.Scorecard;
import org.childplan.evaluation.domain.scorecard.ScorecardCalculator;
import org.childplan.evaluation.domain.scorecard.ScorecardFixtures;
import org.junit.jupiter.api.Test;

class ScorecardFormatsTest {

    private final List<Scorecard> cards = ScorecardCalculator.scorecards(ScorecardFixtures.facts());

    @Test
    void writesOneCsvRowPerAgencyWithTheFiguresOfItsCard() throws IOException {
        var out = new ByteArrayOutputStream();
        ScorecardFormats.writeCsv(cards, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFagencyCode,agencyNameZh,year,ledGoals,ledIndicators,ledTargetAchieved,");
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertThat(lines).hasSize(cards.size() + 1);
        List<String> header = List.of(lines.get(0).split(","));
        List<String> health = List.of(lines.get(1).split(","));
        assertThat(health).hasSameSizeAs(header);
        assertThat(health.get(header.indexOf("agencyCode"))).isEqualTo("health-bureau");
        assertThat(health.get(header.indexOf("ledIndicators"))).isEqualTo("3");
        assertThat(health.get(header.indexOf("expected"))).isEqualTo("3");
        assertThat(health.get(header.indexOf("late"))).isEqualTo("1");
        assertThat(health.get(header.indexOf("timeliness"))).isEqualTo("0.5");
        assertThat(health.get(header.indexOf("selfAssessmentsOverdue"))).isEqualTo("1");
        // nothing submitted: no timeliness rather than a made-up share
        List<String> statistics = List.of(lines.get(3).split(",", -1));
        assertThat(statistics.get(header.indexOf("agencyCode"))).isEqualTo("statistics-bureau");
        assertThat(statistics.get(header.indexOf("timeliness"))).isEmpty();
    }

    @Test
    void quotesAFieldHoldingACommaOrAQuote() {
        assertThat(ScorecardFormats.csvField("市卫生健康局")).isEqualTo("市卫生健康局");
        assertThat(ScorecardFormats.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(ScorecardFormats.csvField("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    }

    @Test
    void listsTheItemsBehindEachCountOnADetailSheet() throws IOException {
        var out = new ByteArrayOutputStream();
        ScorecardFormats.writeXlsx("TEST-PLAN", 2023, cards, out);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // health bureau 3 owed, statistics bureau 1
            assertThat(book.getSheet("报送明细 Reports").getLastRowNum()).isEqualTo(4);
            assertThat(book.getSheet("牵头指标 Indicators led").getLastRowNum()).isEqualTo(4);
            assertThat(book.getSheet("退回 Returns").getRow(1).getCell(5).getStringCellValue()).isEqualTo("分城乡数据口径不符");
            assertThat(book.getSheet("自评 Self-assessments").getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("汇总 Summary").getRow(1).getCell(0).getStringCellValue()).isEqualTo("health-bureau");
            assertThat(book.getSheet("说明 About").getLastRowNum()).isEqualTo(ScorecardFormats.METHOD.size() + 2);
        }
    }
}
