package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Measures the gap between two groups of a disaggregation dimension (URBAN vs RURAL, MALE vs FEMALE) year by year,
 * and says whether it is narrowing.
 *
 * <p>Only the years with a value for both groups are compared. The trend compares |gap| in the latest common year
 * with |gap| in the earliest: the plan asks whether the gap has narrowed over the plan period, which is how the
 * evaluation group reads it too, and the end points do that without being pulled by the shape of the path in
 * between. A change of at most {@code epsilon} (in the indicator's unit) is STABLE, so rounding in the reported data
 * does not make a trend. The least-squares slope of |gap| is reported alongside, for information only.
 *
 * <p>The absolute value is compared because the plan asks for a smaller difference, whichever group is ahead;
 * a gap that changes sides is flagged as {@link EquityGapAnalysis#gapReversed()}.
 */
public final class EquityGapCalculator {

    /** The default epsilon: a change in |gap| of 0.1 units (one reported decimal) or less is stable. */
    public static final BigDecimal DEFAULT_EPSILON = new BigDecimal("0.1");

    private final BigDecimal epsilon;

    public EquityGapCalculator() {
        this(DEFAULT_EPSILON);
    }

    /** @param epsilon the largest change in |gap| still counted as STABLE, in the indicator's unit; ≥ 0 */
    public EquityGapCalculator(BigDecimal epsilon) {
        Objects.requireNonNull(epsilon, "epsilon");
        if (epsilon.signum() < 0) {
            throw new IllegalArgumentException("epsilon must not be negative: " + epsilon);
        }
        this.epsilon = epsilon;
    }

    public BigDecimal epsilon() {
        return epsilon;
    }

    /**
     * Compares group A with group B.
     *
     * @param groupA the reference group's values by year (URBAN, MALE)
     * @param groupB the other group's values by year (RURAL, FEMALE)
     */
    public EquityGapAnalysis analyse(ObservationSeries groupA, ObservationSeries groupB) {
        Objects.requireNonNull(groupA, "groupA");
        Objects.requireNonNull(groupB, "groupB");
        Map<Integer, BigDecimal> b = new TreeMap<>();
        groupB.observations().forEach(o -> b.put(o.year(), o.value()));
        List<EquityGapYear> years = new ArrayList<>();
        for (DataPoint a : groupA.observations()) {
            BigDecimal valueB = b.get(a.year());
            if (valueB != null) {
                BigDecimal gap = a.value().subtract(valueB);
                Double ratio = valueB.signum() == 0 ? null : a.value().divide(valueB, MathContext.DECIMAL64).doubleValue();
                years.add(new EquityGapYear(a.year(), a.value(), valueB, gap, ratio));
            }
        }
        if (years.isEmpty()) {
            return new EquityGapAnalysis(years, GapTrend.INSUFFICIENT_DATA, null, null, null, null, null, null, false);
        }
        EquityGapYear first = years.get(0);
        EquityGapYear last = years.get(years.size() - 1);
        if (years.size() < 2) {
            return new EquityGapAnalysis(years, GapTrend.INSUFFICIENT_DATA, first.year(), last.year(),
                    first.absoluteGap(), last.absoluteGap(), null, null, false);
        }
        BigDecimal change = last.absoluteGap().subtract(first.absoluteGap());
        GapTrend trend = change.abs().compareTo(epsilon) <= 0 ? GapTrend.STABLE
                : change.signum() < 0 ? GapTrend.NARROWING : GapTrend.WIDENING;
        Double slope = null;
        if (years.size() >= 3) {
            slope = LinearTrend.fit(years.stream().map(y -> new DataPoint(y.year(), y.absoluteGap())).toList()).slope();
        }
        boolean reversed = first.gap().signum() * last.gap().signum() < 0;
        return new EquityGapAnalysis(years, trend, first.year(), last.year(), first.absoluteGap(), last.absoluteGap(),
                change, slope, reversed);
    }
}
