package org.childplan.agency.domain;

/** What an assignment covers, from the least to the most specific. */
public enum ScopeType {
    PLAN,
    DOMAIN,
    GOAL,
    INDICATOR;

    /** Higher is more specific; the most specific scope with an assignment in force wins. */
    public int specificity() {
        return ordinal();
    }
}
