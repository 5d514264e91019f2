package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubmissionTimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2022, 3, 31);

    @Test
    void countsTheWholeDueDayAsOnTime() {
        assertThat(SubmissionTimeliness.of(DUE, DUE, LocalDate.of(2022, 1, 10))).isEqualTo(SubmissionTimeliness.ON_TIME);
    }

    @Test
    void callsASubmissionAfterTheDueDateOfACycleOpenedInTimeLate() {
        assertThat(SubmissionTimeliness.of(DUE.plusDays(1), DUE, LocalDate.of(2022, 1, 10))).isEqualTo(SubmissionTimeliness.LATE);
        assertThat(SubmissionTimeliness.of(DUE.plusDays(1), DUE, DUE)).as("opened on the due day itself").isEqualTo(SubmissionTimeliness.LATE);
    }

    @Test
    void callsASubmissionToACycleOpenedAfterItsDueDateBackfilled() {
        assertThat(SubmissionTimeliness.of(LocalDate.of(2026, 12, 4), DUE, LocalDate.of(2026, 12, 1))).isEqualTo(SubmissionTimeliness.BACKFILLED);
        assertThat(SubmissionTimeliness.BACKFILLED.nameZh()).isEqualTo("补报");
    }
}
