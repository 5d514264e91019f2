package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.childplan.platform.error.FieldError;
import org.junit.jupiter.api.Test;

class ObservationValidatorTest {

    private static final CatalogueSnapshot CATALOGUE = TestCatalogues.small();

    private static ObservationInput row(String indicator, Integer year, String area, String sex, String residence,
                                        String value, String numerator, String denominator) {
        return new ObservationInput(indicator, year, area, sex, residence, null, dec(value), dec(numerator), dec(denominator),
                null, null).normalised("999999");
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static List<String> errors(ObservationInput... rows) {
        return ObservationValidator.check(List.of(rows), 2023, CATALOGUE).stream()
                .map(e -> e.row() + ":" + e.field()).toList();
    }

    @Test
    void acceptsAWellFormedTotalAndBreakdown() {
        assertThat(errors(row("HEALTH-3c", 2023, null, null, null, "5.8", "29", "5000"),
                row("HEALTH-3c", 2023, null, null, "RURAL", "6.4", null, null),
                row("HEALTH-3c", 2023, "999999-01", "FEMALE", null, "5.1", null, null))).isEmpty();
    }

    @Test
    void refusesUnknownAndQualitativeIndicators() {
        assertThat(errors(row("HEALTH-99", 2023, null, null, null, "1", null, null),
                row("LAW-1a", 2023, null, null, null, "1", null, null)))
                .containsExactly("1:indicatorCode", "2:indicatorCode");
    }

    @Test
    void requiresTheCyclesYear() {
        assertThat(errors(row("HEALTH-3c", 2022, null, null, null, "5.8", null, null))).containsExactly("1:year");
    }

    @Test
    void refusesBreakdownsTheIndicatorDoesNotUse() {
        assertThat(errors(row("HEALTH-2a", 2023, null, "MALE", null, "91", null, null),
                row("HEALTH-2a", 2023, "999999-01", null, null, "91", null, null),
                row("HEALTH-2a", 2023, null, null, "SUBURBAN", "91", null, null)))
                .containsExactly("1:sex", "2:areaCode", "3:residence");
    }

    @Test
    void refusesUnknownAreas() {
        assertThat(errors(row("HEALTH-3c", 2023, "000000", null, null, "5.8", null, null))).containsExactly("1:areaCode");
    }

    @Test
    void checksTheUnitsRange() {
        assertThat(errors(row("HEALTH-2a", 2023, null, null, null, "100.5", null, null),
                row("HEALTH-3c", 2023, null, null, null, "-0.1", null, null),
                row("HEALTH-M3a", 2023, null, null, null, "1.5", null, null),
                row("HEALTH-M3a", 2023, null, null, "URBAN", "2", null, null)))
                .containsExactly("1:value", "2:value", "3:value", "4:residence");
    }

    @Test
    void checksNumeratorAndDenominatorAgainstTheValueAtItsPrecision() {
        assertThat(errors(row("HEALTH-3c", 2023, null, null, null, "5.8", "29", "5000"))).isEmpty();
        assertThat(errors(row("HEALTH-3c", 2023, null, null, null, "5.7", "29", "5000"))).containsExactly("1:value");
        assertThat(errors(row("HEALTH-2a", 2023, null, null, null, "92.47", "924", "1000"))).containsExactly("1:value");
        assertThat(errors(row("HEALTH-2a", 2023, null, null, null, "92.4", "924", "1000"))).isEmpty();
        assertThat(errors(row("HEALTH-2a", 2023, null, null, null, "92", "924", null))).containsExactly("1:denominator");
        assertThat(errors(row("HEALTH-2a", 2023, null, null, null, "92", "924", "0"))).containsExactly("1:denominator");
    }

    @Test
    void refusesTheSamePointTwice() {
        assertThat(errors(row("HEALTH-3c", 2023, null, null, null, "5.8", null, null),
                row("HEALTH-3c", 2023, "999999", "TOTAL", null, "5.9", null, null))).containsExactly("2:indicatorCode");
    }

    @Test
    void reportsEveryBadRowNotJustTheFirst() {
        assertThat(ObservationValidator.check(List.of(
                row("HEALTH-99", 2023, null, null, null, "1", null, null),
                row("HEALTH-3c", 2023, null, null, null, "5.8", null, null),
                row("HEALTH-2a", 2023, null, null, null, "101", null, null)), 2023, CATALOGUE))
                .extracting(FieldError::row).containsExactly(1, 3);
    }

    @Test
    void explainsEveryErrorInBothLanguages() {
        assertThat(ObservationValidator.check(List.of(row("HEALTH-2a", 2022, "0", "X", "Y", "101", "1", null)), 2023, CATALOGUE))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.message()).isNotBlank();
                    assertThat(e.messageZh()).isNotBlank();
                });
    }
}
