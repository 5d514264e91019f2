package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Compact builders for the progress tests: {@code series(2020, "10", 2023, "9")}. */
final class ProgressTestData {

    private ProgressTestData() {
    }

    static BigDecimal bd(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static ObservationSeries series(Object... yearValuePairs) {
        if (yearValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of year and value expected");
        }
        List<DataPoint> observations = new ArrayList<>();
        for (int i = 0; i < yearValuePairs.length; i += 2) {
            observations.add(new DataPoint((Integer) yearValuePairs[i], new BigDecimal((String) yearValuePairs[i + 1])));
        }
        return new ObservationSeries(observations);
    }

    static Target target(TargetType type, String value, Integer targetYear, Integer baselineYear) {
        return new Target(type, bd(value), targetYear, baselineYear, null);
    }

    static Target target(TargetType type, String value, Integer targetYear, Integer baselineYear, String baselineValue) {
        return new Target(type, bd(value), targetYear, baselineYear, bd(baselineValue));
    }
}
