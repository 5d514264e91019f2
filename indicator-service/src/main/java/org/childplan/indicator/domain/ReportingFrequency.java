package org.childplan.indicator.domain;

/** How often an indicator is reported. */
public enum ReportingFrequency {
    /** Reported every year in annual monitoring (年度监测). */
    ANNUAL,
    /** Assessed only in the mid-term and final evaluations (中期、终期评估), as qualitative goals are. */
    AT_EVALUATION
}
