package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2022, 3, 31);

    @Test
    void countsTheWholeDueDayAsOnTime() {
        assertThat(Timeliness.of(DUE, DUE, LocalDate.of(2022, 1, 10))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void callsASubmissionAfterTheDueDateOfACycleOpenedInTimeLate() {
        assertThat(Timeliness.of(DUE.plusDays(1), DUE, LocalDate.of(2022, 1, 10))).isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.of(DUE.plusDays(1), DUE, DUE)).as("opened on the due day itself").isEqualTo(Timeliness.LATE);
    }

    @Test
    void callsASubmissionToACycleOpenedAfterItsDueDateBackfilled() {
        assertThat(Timeliness.of(LocalDate.of(2026, 12, 4), DUE, LocalDate.of(2026, 12, 1))).isEqualTo(Timeliness.BACKFILLED);
        assertThat(Timeliness.BACKFILLED.nameZh()).isEqualTo("补报");
    }
}
