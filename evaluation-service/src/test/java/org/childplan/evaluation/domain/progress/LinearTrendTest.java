package org.childplan.evaluation.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.childplan.evaluation.domain.progress.ProgressTestData.series;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTrendTest {

    @Test
    void fitsAnExactLine() {
        LinearTrend t = LinearTrend.fit(series(2020, "80", 2021, "84", 2022, "88").observations());

        assertThat(t.slope()).isCloseTo(4.0, within(1e-12));
        assertThat(t.valueAt(2025)).isCloseTo(100.0, within(1e-9));
        assertThat(t.valueAt(2021)).isCloseTo(84.0, within(1e-9));
        assertThat(t.points()).isEqualTo(3);
    }

    @Test
    void fitsTheLeastSquaresLineThroughScatteredPoints() {
        LinearTrend t = LinearTrend.fit(series(2020, "10", 2021, "9.5", 2022, "9.2", 2023, "9").observations());

        assertThat(t.slope()).isCloseTo(-0.33, within(1e-12));
        assertThat(t.meanYear()).isEqualTo(2021.5);
        assertThat(t.meanValue()).isCloseTo(9.425, within(1e-12));
        assertThat(t.valueAt(2025)).isCloseTo(8.27, within(1e-9));
    }

    @Test
    void handlesGapsBetweenYears() {
        LinearTrend t = LinearTrend.fit(series(2018, "0", 2020, "2", 2023, "5").observations());

        assertThat(t.slope()).isCloseTo(1.0, within(1e-12));
        assertThat(t.valueAt(2025)).isCloseTo(7.0, within(1e-9));
    }

    @Test
    void needsTwoPointsInDifferentYears() {
        assertThatThrownBy(() -> LinearTrend.fit(series(2020, "1").observations()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearTrend.fit(List.of(DataPoint.of(2020, 1.0), DataPoint.of(2020, 2.0))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
