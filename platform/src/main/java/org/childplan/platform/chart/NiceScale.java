package org.childplan.platform.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A value axis of three to five round ticks around the data. It does not start at zero by force: 86 and 89.1 on an
 * axis from 0 to 100 would look the same, and the charts are about change.
 */
record NiceScale(BigDecimal min, BigDecimal max, BigDecimal step) {

    private static final int[] NICE = {10, 20, 25, 50};

    static NiceScale around(Collection<BigDecimal> values) {
        BigDecimal lo = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal hi = values.stream().max(BigDecimal::compareTo).orElseThrow();
        if (lo.compareTo(hi) == 0) {
            // one value (or all equal): an axis a little either side, so the line sits in the middle
            BigDecimal half = lo.signum() == 0 ? BigDecimal.ONE : lo.abs().multiply(new BigDecimal("0.05"));
            lo = lo.subtract(half);
            hi = hi.add(half);
        }
        BigDecimal range = hi.subtract(lo);
        // the smallest nice step of at least a quarter of the range gives at most five ticks (often four)
        int exponent = range.divide(BigDecimal.valueOf(4), MathContext.DECIMAL64).precision()
                - range.divide(BigDecimal.valueOf(4), MathContext.DECIMAL64).scale() - 2;
        for (int e = exponent; ; e++) {
            for (int nice : NICE) {
                BigDecimal step = BigDecimal.valueOf(nice).scaleByPowerOfTen(e);
                BigDecimal min = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                BigDecimal max = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
                int ticks = max.subtract(min).divide(step, 0, RoundingMode.UNNECESSARY).intValueExact() + 1;
                if (ticks <= 5) {
                    if (ticks < 3) {
                        // a range that fell on one step: one more tick on each side reads better than two
                        min = min.subtract(step);
                        max = max.add(step);
                    }
                    return new NiceScale(min.stripTrailingZeros(), max.stripTrailingZeros(), step.stripTrailingZeros());
                }
            }
        }
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t.stripTrailingZeros());
        }
        return ticks;
    }

    /** Where a value falls between {@code bottom} (the minimum) and {@code top} (the maximum), in drawing units. */
    double y(BigDecimal value, double bottom, double top) {
        double share = value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
        return bottom - share * (bottom - top);
    }
}
