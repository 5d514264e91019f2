/**
 * Progress status, early warnings and equity gaps of the plan's indicators: pure domain logic, no framework and no
 * database, so it can be unit-tested exhaustively and reused by the REST and persistence layers.
 *
 * <h2>Progress ({@link org.childplan.evaluation.domain.progress.ProgressCalculator})</h2>
 * The Statistics Canada method used by Open SDG. CAGR(a, b, t1, t0) = (a/b)^(1/(t1−t0)) − 1.
 * <ul>
 * <li><b>Base</b>: the target's baseline year, else the plan's, else the first year with data; when that year has
 * no data, the first later year that has. Data before the base year are ignored. <b>Current</b>: the latest year.</li>
 * <li><b>Direction</b> d: +1 for AT_LEAST, FULL_COVERAGE, MAINTAIN_AT_LEAST, INCREASE; −1 for AT_MOST,
 * REDUCE_FROM_BASELINE_PCT, DECREASE; for APPROX +1 when the base is below the target, −1 when above.
 * <b>s</b> = −1 when the base is negative, else +1.</li>
 * <li><b>Zero</b>: a zero base, target or current value enters a growth rate as 0.001 with the base's sign (so a
 * series of negative values stays negative, and a series resting at 0 shows no change).</li>
 * <li><b>Target level</b>: REDUCE_FROM_BASELINE_PCT x becomes reference × (1 − x/100), the reference being the
 * target's stated baseline value, else the observation in the baseline year (exactly that year); FULL_COVERAGE
 * is 100 unless stated.</li>
 * <li><b>Order of the rules</b> (the first that applies decides; {@link
 * org.childplan.evaluation.domain.progress.AssessmentBasis} records which):
 * QUALITATIVE → NOT_ASSESSED; no data from the base year → INSUFFICIENT_DATA; target number missing → NOT_ASSESSED;
 * reduction without a reference value → INSUFFICIENT_DATA; one year of data → INSUFFICIENT_DATA; base and current
 * of opposite signs → INSUFFICIENT_DATA; INCREASE/DECREASE → p = s·d·CAGR(current, base) against 1.5% / 0.5% / 0;
 * target met (d = +1: current ≥ target, d = −1: current ≤ target, APPROX: |current − target| ≤ tolerance) →
 * TARGET_ACHIEVED; no target year → NOT_ASSESSED; target year not after the base year → INSUFFICIENT_DATA; target
 * and base of opposite signs → INSUFFICIENT_DATA; otherwise R = s·d·CAGR(current, base) / |CAGR(target, base)|
 * against 0.95 / 0.6 / 0. Data sufficiency is checked before achievement, as in Open SDG, so a single value never
 * yields a status.</li>
 * <li><b>Required growth 0</b> (the base already equals the target, yet the target is not met now): R is undefined
 * and left null; DETERIORATION when the value moved away from the target (s·d·CAGR(current, base) &lt; 0), else
 * SUBSTANTIAL_PROGRESS. For APPROX a base on the target means any departure beyond the tolerance is a move away:
 * DETERIORATION.</li>
 * <li><b>APPROX overshoot</b>: a value that crosses the target and leaves the tolerance band on the other side
 * keeps the d chosen from the base, so it rates as (fast) progress, not as achieved; the achievement test alone
 * looks at the band.</li>
 * <li><b>Projection</b>: an ordinary least-squares line through all points from the base year on, evaluated at
 * the target year, when there are at least 3 points (also when the status could not be graded, e.g. after a sign
 * change). Whether it meets the target uses the same tests as achievement.</li>
 * <li>The stated baseline value is used only for the reduction target: the growth rates are always between
 * observations, so they compare like with like. QUALITATIVE targets are NOT_ASSESSED here; their rating belongs
 * to the evaluations.</li>
 * </ul>
 *
 * <h2>Early warnings ({@link org.childplan.evaluation.domain.progress.EarlyWarningRules})</h2>
 * EXPECTED_TO_MISS and VOLATILE; see that class for the rules and their decisions.
 *
 * <h2>Equity gaps ({@link org.childplan.evaluation.domain.progress.EquityGapCalculator})</h2>
 * Absolute gap and ratio per common year; NARROWING / WIDENING / STABLE by comparing |gap| at the end points.
 */
package org.childplan.evaluation.domain.progress;
