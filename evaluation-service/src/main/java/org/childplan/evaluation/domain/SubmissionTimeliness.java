package org.childplan.evaluation.domain;

import java.time.LocalDate;

/**
 * How a submission's timing is judged. Submitted by the cycle's due date it is on time; after it, late, unless the
 * cycle itself was opened only after its due date: then the year is being back-filled, nobody could have reported by
 * the due date, and calling the submission late would blame the agency for the calendar.
 */
public enum SubmissionTimeliness {
    ON_TIME,
    LATE,
    BACKFILLED;

    /** The days are the plan's calendar days (see Clock): submitted, due, and the day the cycle was opened. */
    public static SubmissionTimeliness of(LocalDate submittedOn, LocalDate dueOn, LocalDate cycleOpenedOn) {
        if (!submittedOn.isAfter(dueOn)) {
            return ON_TIME;
        }
        return cycleOpenedOn.isAfter(dueOn) ? BACKFILLED : LATE;
    }

    public String nameZh() {
        return Labels.zh(this);
    }
}
