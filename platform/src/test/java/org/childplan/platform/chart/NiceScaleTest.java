package org.childplan.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

    static List<String> ticks(String... values) {
        return NiceScale.around(Stream.of(values).map(BigDecimal::new).toList()).ticks().stream()
                .map(BigDecimal::toPlainString).toList();
    }

    @Test
    void choosesThreeToFiveRoundTicksAroundTheValuesNotFromZero() {
        assertThat(ticks("86", "89.1", "95")).containsExactly("85", "87.5", "90", "92.5", "95");
        assertThat(ticks("3.9", "3.1", "3", "2.6")).containsExactly("2.5", "3", "3.5", "4");
        assertThat(ticks("1.00", "1.05")).containsExactly("1", "1.02", "1.04", "1.06");
        assertThat(ticks("16.2", "1200")).containsExactly("0", "500", "1000", "1500");
        assertThat(ticks("-3", "4")).containsExactly("-4", "-2", "0", "2", "4");
    }

    @Test
    void centresASingleValue() {
        assertThat(ticks("50")).containsExactly("46", "48", "50", "52", "54");
        assertThat(ticks("0", "0")).containsExactly("-1", "-0.5", "0", "0.5", "1");
    }

    @Test
    void placesValuesInProportion() {
        NiceScale scale = NiceScale.around(List.of(new BigDecimal("10"), new BigDecimal("20")));

        assertThat(scale.y(new BigDecimal("10"), 100, 0)).isEqualTo(100.0);
        assertThat(scale.y(new BigDecimal("20"), 100, 0)).isEqualTo(0.0);
        assertThat(scale.y(new BigDecimal("15"), 100, 0)).isEqualTo(50.0);
    }
}
