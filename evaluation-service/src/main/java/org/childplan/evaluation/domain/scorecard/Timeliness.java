package org.childplan.evaluation.domain.scorecard;

import org.childplan.evaluation.domain.Labels;

/** Whether something owed by a due date came in time: the scorecards' word for a report or a self-assessment. */
public enum Timeliness {
    /** Submitted on or before the due day. */
    ON_TIME,
    /** Submitted after the due day. */
    LATE,
    /** Not submitted, and the due day has passed. */
    OVERDUE,
    /** Not submitted, and not yet due. */
    NOT_YET_DUE;

    public String nameZh() {
        return Labels.zh(this);
    }
}
