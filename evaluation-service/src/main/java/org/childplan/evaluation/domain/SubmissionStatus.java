package org.childplan.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The review workflow of a data submission: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with a reason) and then
 * submitted again. A draft or returned submission still open when the statistics bureau closes its cycle with force
 * becomes WITHDRAWN: kept and readable, but no action leads anywhere from it.
 */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    WITHDRAWN;

    public enum Action {
        SUBMIT,
        ACCEPT,
        RETURN;

        public String nameEn() {
            return Labels.en(this);
        }

        public String nameZh() {
            return Labels.zh(this);
        }
    }

    /** The state an action leads to from this one, or null when the action is not allowed here. */
    public SubmissionStatus after(Action action) {
        return switch (action) {
            case SUBMIT -> this == DRAFT || this == RETURNED ? SUBMITTED : null;
            case ACCEPT -> this == SUBMITTED ? ACCEPTED : null;
            case RETURN -> this == SUBMITTED ? RETURNED : null;
        };
    }

    /** Rows can be changed only before they are submitted, or after they were returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public Set<Action> allowedActions() {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action a : Action.values()) {
            if (after(a) != null) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    public String nameZh() {
        return Labels.zh(this);
    }
}
