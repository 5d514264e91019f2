package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.childplan.platform.error.FieldError;
import org.junit.jupiter.api.Test;

class ObservationCsvTest {

    @Test
    void readsRowsInAnyColumnOrderAndTreatsEmptyCellsAsMissing() {
        var result = ObservationCsv.parse("""
                value,indicatorCode,year,residence,source
                5.8,HEALTH-3c,2023,,年报
                6.4,HEALTH-3c,2023,RURAL,"年报,修订"
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(0).value()).isEqualByComparingTo(new BigDecimal("5.8"));
        assertThat(result.rows().get(0).residence()).isNull();
        assertThat(result.rows().get(1).residence()).isEqualTo("RURAL");
        assertThat(result.rows().get(1).source()).isEqualTo("年报,修订");
    }

    @Test
    void ignoresAByteOrderMark() {
        var result = ObservationCsv.parse("\uFEFFindicatorCode,year,value\nHEALTH-3c,2023,5.8\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).indicatorCode()).isEqualTo("HEALTH-3c");
    }

    @Test
    void refusesUnknownAndMissingColumns() {
        var result = ObservationCsv.parse("indicatorCode,yeer,value\nHEALTH-3c,2023,5.8\n");
        assertThat(result.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("yeer", "year");
    }

    @Test
    void reportsUnparseableNumbersWithTheirRow() {
        var result = ObservationCsv.parse("indicatorCode,year,value\nHEALTH-3c,2023,5.8\nHEALTH-3c,twenty,abc\n");
        assertThat(result.errors()).extracting(e -> e.row() + ":" + e.field()).containsExactly("2:year", "2:value");
    }

    @Test
    void refusesAbsurdNumbers() {
        var result = ObservationCsv.parse("indicatorCode,year,value\nHEALTH-3c,2023,1e400\n");
        assertThat(result.errors()).extracting(FieldError::field).containsExactly("value");
    }

    @Test
    void saysWhenThereAreNoRows() {
        assertThat(ObservationCsv.parse("indicatorCode,year,value\n").errors()).extracting(FieldError::field).containsExactly("body");
    }
}
