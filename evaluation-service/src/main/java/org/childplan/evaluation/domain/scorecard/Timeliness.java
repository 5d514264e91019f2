package org.childplan.evaluation.domain.scorecard;

import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.SubmissionTimeliness;

/** Whether something owed by a due date came in time: the scorecards' word for a report or a self-assessment. */
public enum Timeliness {
    /** Submitted on or before the due day. */
    ON_TIME,
    /** Submitted after the due day. */
    LATE,
    /** Submitted after the due day of a cycle opened only after it: the year was back-filled. */
    BACKFILLED,
    /** Not submitted, and the due day has passed. */
    OVERDUE,
    /** Not submitted, and not yet due. */
    NOT_YET_DUE;

    static Timeliness of(SubmissionTimeliness submitted) {
        return switch (submitted) {
            case ON_TIME -> ON_TIME;
            case LATE -> LATE;
            case BACKFILLED -> BACKFILLED;
        };
    }

    public String nameZh() {
        return Labels.zh(this);
    }
}
