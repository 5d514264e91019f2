package org.childplan.evaluation.domain.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The modified z-score of Iglewicz and Hoaglin, a robust outlier measure: 0.6745·(x − median) / MAD, with
 * MAD = median(|x_i − median|). Median and MAD are not dragged along by the outlier itself, which the mean and
 * standard deviation of a short series would be.
 *
 * <p>When MAD is 0 (more than half the values equal), the usual fallback is used:
 * (x − median) / (1.253314·meanAD), meanAD being the mean absolute deviation from the median. When that is 0 too,
 * all values are equal and the score is 0.
 *
 * @param score             the modified z-score of the value
 * @param median            the sample median
 * @param spread            the MAD, or the mean absolute deviation when {@code meanDeviationFallback}
 * @param meanDeviationFallback whether the MAD was 0 and the mean-absolute-deviation variant was used
 */
public record ModifiedZScore(double score, double median, double spread, boolean meanDeviationFallback) {

    /** The consistency constant of the MAD for normal data (Φ⁻¹(0.75)). */
    public static final double MAD_CONSTANT = 0.6745;
    /** The consistency constant of the mean absolute deviation for normal data (√(π/2)). */
    public static final double MEAN_AD_CONSTANT = 1.253314;

    /** The score of {@code value} within {@code sample} (which normally contains it). */
    public static ModifiedZScore of(List<Double> sample, double value) {
        Objects.requireNonNull(sample, "sample");
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("the sample is empty");
        }
        double median = median(sample);
        List<Double> deviations = new ArrayList<>(sample.size());
        double sumDeviation = 0;
        for (double x : sample) {
            double deviation = Math.abs(x - median);
            deviations.add(deviation);
            sumDeviation += deviation;
        }
        double mad = median(deviations);
        if (mad > 0) {
            return new ModifiedZScore(MAD_CONSTANT * (value - median) / mad, median, mad, false);
        }
        double meanAd = sumDeviation / sample.size();
        double score = meanAd > 0 ? (value - median) / (MEAN_AD_CONSTANT * meanAd) : 0.0;
        return new ModifiedZScore(score, median, meanAd, true);
    }

    /** The median: the middle value, or the mean of the two middle values. */
    public static double median(List<Double> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of nothing");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
