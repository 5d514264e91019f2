package org.childplan.evaluation.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childplan.evaluation.domain.progress.ProgressTestData.bd;
import static org.childplan.evaluation.domain.progress.ProgressTestData.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ObservationSeriesTest {

    @Test
    void sortsObservationsByYear() {
        ObservationSeries s = series(2023, "9", 2020, "10", 2021, "9.5");

        assertThat(s.years()).containsExactly(2020, 2021, 2023);
        assertThat(s.first()).isEqualTo(new DataPoint(2020, bd("10")));
        assertThat(s.last()).isEqualTo(new DataPoint(2023, bd("9")));
        assertThat(s.size()).isEqualTo(3);
    }

    @Test
    void refusesTwoValuesForOneYear() {
        assertThatThrownBy(() -> series(2020, "10", 2021, "9", 2020, "11"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020");
    }

    @Test
    void refusesMissingObservationsAndValues() {
        assertThatThrownBy(() -> new ObservationSeries(Arrays.asList(DataPoint.of(2020, 1.0), null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DataPoint(2020, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void buildsFromAMapOfYearsToValues() {
        Map<Integer, BigDecimal> values = new HashMap<>();
        values.put(2022, bd("3"));
        values.put(2020, bd("1"));

        ObservationSeries s = ObservationSeries.of(values);

        assertThat(s.years()).containsExactly(2020, 2022);
        assertThat(s.valueIn(2022)).contains(bd("3"));
        assertThat(s.valueIn(2021)).isEmpty();
    }

    @Test
    void cutsTheSeriesFromAndUpToAYear() {
        ObservationSeries s = series(2019, "1", 2020, "2", 2022, "3", 2024, "4");

        assertThat(s.from(2020).years()).containsExactly(2020, 2022, 2024);
        assertThat(s.from(2021).years()).containsExactly(2022, 2024);
        assertThat(s.upTo(2022).years()).containsExactly(2019, 2020, 2022);
        assertThat(s.from(2025).isEmpty()).isTrue();
    }

    @Test
    void hasNoFirstOrLastWhenEmpty() {
        assertThat(ObservationSeries.empty().isEmpty()).isTrue();
        assertThatThrownBy(() -> ObservationSeries.empty().first()).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> ObservationSeries.empty().last()).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void isNotChangedByTheListItWasBuiltFrom() {
        List<DataPoint> source = new ArrayList<>(List.of(DataPoint.of(2020, 1.0)));
        ObservationSeries s = new ObservationSeries(source);
        source.add(DataPoint.of(2021, 2.0));

        assertThat(s.size()).isEqualTo(1);
        assertThatThrownBy(() -> s.observations().add(DataPoint.of(2022, 3.0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void comparesByContent() {
        assertThat(series(2021, "2", 2020, "1")).isEqualTo(ObservationSeries.of(DataPoint.of(2020, bd("1")),
                DataPoint.of(2021, bd("2"))));
    }
}
