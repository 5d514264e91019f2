package org.childplan.evaluation.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.ObservationXlsx;
import org.childplan.evaluation.domain.TestCatalogues;
import org.childplan.platform.error.InputValidationException;
import org.junit.jupiter.api.Test;

class SubmissionTemplateTest {

    private final CatalogueSnapshot catalogue = TestCatalogues.small();

    @Test
    void owesTheTotalAndEachBreakdownOnItsOwnForEveryAreaOfAnIndicatorReportedByArea() {
        List<SubmissionTemplate.OwedRow> rows = SubmissionTemplate.owed(catalogue, List.of("HEALTH-3c"), Map.of());

        // two areas × (total + male, female + urban, rural); sex and residence are never crossed
        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(r -> r.areaCode() + "/" + r.sex() + "/" + r.residence() + "/" + r.ageGroup())
                .startsWith("999999/TOTAL/TOTAL/TOTAL", "999999/MALE/TOTAL/TOTAL", "999999/FEMALE/TOTAL/TOTAL",
                        "999999/TOTAL/URBAN/TOTAL", "999999/TOTAL/RURAL/TOTAL", "999999-01/TOTAL/TOTAL/TOTAL");
        assertThat(rows).noneMatch(r -> !r.sex().equals("TOTAL") && !r.residence().equals("TOTAL"));
    }

    @Test
    void leavesOutWhatAnnualMonitoringDoesNotCollectAndWhatTheAgencyDoesNotOwe() {
        List<SubmissionTemplate.OwedRow> rows = SubmissionTemplate.owed(catalogue, List.of("HEALTH-M3a", "LAW-1a"), Map.of());

        assertThat(rows).extracting(r -> r.indicator().code()).containsExactly("HEALTH-M3a");
        assertThat(rows.get(0).areaCode()).isEqualTo("999999");
    }

    @Test
    void carriesLastYearsAcceptedValueOfTheSameDataPoint() {
        var rows = SubmissionTemplate.owed(catalogue, List.of("HEALTH-2a"),
                Map.of("HEALTH-2a|999999|TOTAL|RURAL|TOTAL", new BigDecimal("88.5")));

        assertThat(rows).filteredOn(r -> r.residence().equals("RURAL")).extracting(SubmissionTemplate.OwedRow::previousValue)
                .containsExactly(new BigDecimal("88.5"));
        assertThat(rows).filteredOn(r -> r.residence().equals("TOTAL")).extracting(SubmissionTemplate.OwedRow::previousValue)
                .containsOnlyNulls();
    }

    @Test
    void aTemplateLeftBlankReadsBackAsNothingAndItsAgencyIsNamed() throws IOException {
        var content = new SubmissionTemplate.Content(catalogue, 2023, "health-bureau", "市卫生健康局",
                SubmissionTemplate.owed(catalogue, List.of("HEALTH-3c", "HEALTH-2a"), Map.of()));
        Path file = Files.createTempFile("template", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                SubmissionTemplate.write(content, out);
            }
            // the template's own cells, read back as an upload reads them: every row blank, so nothing to submit
            var error = catchThrowableOfType(InputValidationException.class, () -> ObservationXlsx.read(file, n -> { }));
            assertThat(error.errors().get(0).field()).isEqualTo("指标数据!J:J");
            assertThat(error.errors().get(0).messageZh()).contains("没有填写任何数值");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void writesDropdownEntriesAsChineseLabelAndCode() {
        assertThat(SubmissionTemplate.entry("农村", "RURAL")).isEqualTo("农村 (RURAL)");
        assertThat(SubmissionTemplate.entry(null, "430482")).isEqualTo("430482");
        assertThat(ObservationInput.TOTAL).isEqualTo("TOTAL");
    }
}
