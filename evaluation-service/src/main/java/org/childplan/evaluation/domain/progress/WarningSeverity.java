package org.childplan.evaluation.domain.progress;

/**
 * How urgently a warning calls for action, so lists can be sorted: moving away from the target is worse than
 * moving too slowly, and a volatile series first of all calls for a look at the data.
 */
public enum WarningSeverity {
    /** The indicator is deteriorating. */
    HIGH,
    /** The indicator is expected to miss its target at the current pace or trend. */
    MEDIUM,
    /** The series fluctuates strongly: check the data and the causes. */
    LOW
}
