package org.childplan.evaluation.domain.progress;

/**
 * The thresholds of the volatility warning, with the defaults the plan's evaluation uses.
 *
 * @param volatilityThreshold  the relative change between the last two data points above which a series is volatile
 *                             (default 0.15, i.e. 15%)
 * @param modifiedZThreshold   the modified z-score of the latest change above which (in absolute value) it is an
 *                             outlier (default 3.5, Iglewicz and Hoaglin's recommendation)
 * @param minChangesForZScore  how many year-on-year changes the z-score needs (default 4; fewer make median and
 *                             MAD meaningless)
 */
public record EarlyWarningConfig(double volatilityThreshold, double modifiedZThreshold, int minChangesForZScore) {

    public static final EarlyWarningConfig DEFAULTS = new EarlyWarningConfig(0.15, 3.5, 4);

    public EarlyWarningConfig {
        if (!(volatilityThreshold >= 0) || Double.isInfinite(volatilityThreshold)) {
            throw new IllegalArgumentException("volatilityThreshold must be a finite number ≥ 0: " + volatilityThreshold);
        }
        if (!(modifiedZThreshold > 0) || Double.isInfinite(modifiedZThreshold)) {
            throw new IllegalArgumentException("modifiedZThreshold must be a finite number > 0: " + modifiedZThreshold);
        }
        if (minChangesForZScore < 3) {
            throw new IllegalArgumentException("minChangesForZScore must be at least 3: " + minChangesForZScore);
        }
    }

    public EarlyWarningConfig withVolatilityThreshold(double threshold) {
        return new EarlyWarningConfig(threshold, modifiedZThreshold, minChangesForZScore);
    }

    public EarlyWarningConfig withModifiedZThreshold(double threshold) {
        return new EarlyWarningConfig(volatilityThreshold, threshold, minChangesForZScore);
    }

    public EarlyWarningConfig withMinChangesForZScore(int changes) {
        return new EarlyWarningConfig(volatilityThreshold, modifiedZThreshold, changes);
    }
}
