package org.childplan.evaluation.domain.progress;

import java.util.List;
import java.util.Objects;

/**
 * An ordinary least-squares line through (year, value) points. It is kept centred on the mean year so that
 * evaluating it near the data does not lose precision to an intercept at year 0.
 *
 * @param slope     the change per year
 * @param meanYear  the mean of the years
 * @param meanValue the mean of the values (the line passes through (meanYear, meanValue))
 * @param points    how many points it was fitted to
 */
public record LinearTrend(double slope, double meanYear, double meanValue, int points) {

    /** Fits the line; needs at least two points in different years. */
    public static LinearTrend fit(List<DataPoint> observations) {
        Objects.requireNonNull(observations, "observations");
        int n = observations.size();
        if (n < 2) {
            throw new IllegalArgumentException("a trend needs at least two points, got " + n);
        }
        double sumYear = 0;
        double sumValue = 0;
        for (DataPoint o : observations) {
            sumYear += o.year();
            sumValue += o.value().doubleValue();
        }
        double meanYear = sumYear / n;
        double meanValue = sumValue / n;
        double sxy = 0;
        double sxx = 0;
        for (DataPoint o : observations) {
            double dx = o.year() - meanYear;
            sxy += dx * (o.value().doubleValue() - meanValue);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a trend needs points in at least two different years");
        }
        return new LinearTrend(sxy / sxx, meanYear, meanValue, n);
    }

    /** The line's value in {@code year}. */
    public double valueAt(int year) {
        return meanValue + slope * (year - meanYear);
    }
}
