package org.childplan.evaluation.domain.progress;

/**
 * The two early warnings the plan asks for: 对预计达标困难、波动较大的监测指标及时进行预警.
 */
public enum WarningRule {
    /** 预计达标困难: the indicator is expected to miss its target. */
    EXPECTED_TO_MISS,
    /** 波动较大: the indicator's latest change is unusually large. */
    VOLATILE
}
