package org.childplan.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.SubmissionTimeliness;
import org.childplan.platform.time.Timestamps;

/**
 * "Now", as the API states points in time (UTC, millisecond precision: {@link Timestamps}), and "today" in the plan's
 * time zone, so due dates end at the plan's midnight, not the server's.
 */
@ApplicationScoped
public class Clock {

    private final ZoneId zone;

    public Clock(EvaluationConfig config) {
        this.zone = ZoneId.of(config.zone());
    }

    public OffsetDateTime now() {
        return Timestamps.now();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The timeliness of a submission made at {@code at} in the cycle (see {@link SubmissionTimeliness}). */
    public SubmissionTimeliness timeliness(OffsetDateTime at, MonitoringCycle cycle) {
        return SubmissionTimeliness.of(at.atZoneSameInstant(zone).toLocalDate(), cycle.dueOn,
                cycle.openedAt.atZoneSameInstant(zone).toLocalDate());
    }

    /** Whether something done at {@code at} met a due date (the whole due day counts). */
    public boolean onTime(OffsetDateTime at, LocalDate dueOn) {
        return !at.atZoneSameInstant(zone).toLocalDate().isAfter(dueOn);
    }
}
