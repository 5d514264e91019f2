package org.childplan.evaluation.domain.scorecard;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.evaluation.domain.scorecard.Scorecard.CycleReporting;
import org.childplan.evaluation.domain.scorecard.Scorecard.ReportItem;
import org.junit.jupiter.api.Test;

class ScorecardCalculatorTest {

    private final List<Scorecard> cards = ScorecardCalculator.scorecards(ScorecardFixtures.facts());

    private Scorecard card(String agency) {
        return cards.stream().filter(c -> c.agencyCode().equals(agency)).findFirst().orElseThrow();
    }

    @Test
    void givesACardToEveryAgencyWithAResponsibilityAnOwedReportOrASelfAssessment() {
        assertThat(cards).extracting(Scorecard::agencyCode)
                .containsExactly("health-bureau", "justice-bureau", "statistics-bureau", "womens-federation");
        assertThat(ScorecardCalculator.scorecard(ScorecardFixtures.facts(), "no-such-agency")).isEmpty();
        assertThat(card("health-bureau").agencyNameEn()).isEqualTo("Municipal Health Bureau");
    }

    @Test
    void leadsTheIndicatorsWhoseLeadUnitsNameTheAgencyWithTheirStatusMix() {
        Scorecard.Leadership led = card("health-bureau").leadership();
        assertThat(led.indicators()).isEqualTo(3);
        assertThat(led.indicatorList()).extracting(Scorecard.LedIndicator::indicatorCode)
                .containsExactly("HEALTH-3c", "HEALTH-2a", "HEALTH-M3a");
        assertThat(led.statusCounts()).containsEntry("TARGET_ACHIEVED", 1).containsEntry("SUBSTANTIAL_PROGRESS", 1)
                .containsEntry("LIMITED_PROGRESS", 1).containsEntry("DETERIORATION", 0).containsEntry("NOT_ASSESSED", 0)
                .hasSize(7);
        assertThat(led.achievedOrOnTrack()).isEqualTo(2);
        assertThat(led.assessed()).isEqualTo(3);
        assertThat(led.progressLink()).isEqualTo("/api/v1/plans/TEST-PLAN/progress?year=2023");
    }

    @Test
    void countsAGoalOnceForTheIndicatorsItLeadsUnderItAndLeavesOutStrategyMeasures() {
        Scorecard.Leadership led = card("health-bureau").leadership();
        // HEALTH-M3a comes from a strategy measure, not a goal
        assertThat(led.goals()).isEqualTo(2);
        assertThat(led.goalList()).extracting(Scorecard.LedGoal::goalCode).containsExactly("HEALTH-3", "HEALTH-2");
        assertThat(led.goalList().get(0).textZh()).isEqualTo("降低婴儿和5岁以下儿童死亡率。");
        assertThat(led.goalList().get(1).statusCounts()).containsEntry("LIMITED_PROGRESS", 1).containsEntry("TARGET_ACHIEVED", 0);
        Scorecard.Leadership justice = card("justice-bureau").leadership();
        assertThat(justice.statusCounts()).containsEntry("NOT_ASSESSED", 1);
        assertThat(justice.assessed()).isZero();
    }

    @Test
    void judgesTimelinessByTheDayInThePlansZone() {
        CycleReporting y2022 = card("health-bureau").reporting().cycles().get(0);
        assertThat(y2022.year()).isEqualTo(2022);
        assertThat(y2022.items()).extracting(ReportItem::indicatorCode, ReportItem::timeliness)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HEALTH-3c", "ON_TIME"),
                        org.assertj.core.groups.Tuple.tuple("HEALTH-M3a", "LATE"));
        assertThat(y2022.tally()).isEqualTo(Scorecard.Tally.of(2, 2, 1, 1, 1, 0, 0));
        assertThat(y2022.tally().completeness()).isEqualTo(1.0);
        assertThat(y2022.tally().timeliness()).isEqualTo(0.5);
    }

    @Test
    void countsAReportOfAYearOpenedAfterItsDueDayAsBackFilledNotLate() {
        var submittedAt = java.time.OffsetDateTime.parse("2026-12-01T02:00:00Z");
        LocalDate dueOn = LocalDate.of(2021, 3, 31);
        // the cycle of 2020 opened in 2026: nobody could have reported by its due day
        assertThat(ScorecardCalculator.timeliness(submittedAt, dueOn, LocalDate.of(2026, 11, 30), ScorecardFixtures.facts()))
                .isEqualTo(Timeliness.BACKFILLED);
        assertThat(ScorecardCalculator.timeliness(submittedAt, dueOn, LocalDate.of(2021, 1, 15), ScorecardFixtures.facts()))
                .isEqualTo(Timeliness.LATE);
        // back-filled reports are complete, and neither help nor hurt timeliness
        Scorecard.Tally tally = Scorecard.Tally.of(4, 4, 4, 1, 1, 2, 0);
        assertThat(tally.completeness()).isEqualTo(1.0);
        assertThat(tally.timeliness()).isEqualTo(0.5);
        assertThat(Scorecard.Tally.of(2, 2, 2, 0, 0, 2, 0).timeliness()).isNull();
    }

    @Test
    void isOverdueOnlyOnceTheDueDayHasPassed() {
        assertThat(card("statistics-bureau").reporting().cycles().get(0).items())
                .extracting(ReportItem::timeliness, ReportItem::timelinessZh).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OVERDUE", "逾期未报"));
        CycleReporting y2023 = card("health-bureau").reporting().cycles().get(1);
        assertThat(y2023.items()).extracting(ReportItem::timeliness).containsExactly("NOT_YET_DUE");
        assertThat(y2023.tally().timeliness()).isNull();
        assertThat(card("health-bureau").reporting().total()).isEqualTo(Scorecard.Tally.of(3, 2, 1, 1, 1, 0, 0));
        assertThat(card("statistics-bureau").reporting().total().completeness()).isZero();
    }

    @Test
    void listsEveryCycleUpToTheYearWithTheQueriesBehindIt() {
        assertThat(card("womens-federation").reporting().cycles()).extracting(CycleReporting::year).containsExactly(2022, 2023);
        assertThat(card("womens-federation").reporting().total()).isEqualTo(Scorecard.Tally.ZERO);
        CycleReporting y2022 = card("health-bureau").reporting().cycles().get(0);
        assertThat(y2022.expectedReportsLink())
                .isEqualTo("/api/v1/plans/TEST-PLAN/monitoring-cycles/2022/expected-reports?agency=health-bureau");
        assertThat(y2022.submissionsLink()).isEqualTo("/api/v1/plans/TEST-PLAN/monitoring-cycles/2022/submissions?agency=health-bureau");
    }

    @Test
    void chargesReturnsAndCorrectionsToTheAgencyWhoseSubmissionItWasWithTheirReasons() {
        Scorecard health = card("health-bureau");
        assertThat(health.returns().count()).isEqualTo(1);
        assertThat(health.returns().items().get(0)).satisfies(r -> {
            assertThat(r.reason()).isEqualTo("分城乡数据口径不符");
            assertThat(r.statusNow()).isEqualTo(org.childplan.evaluation.domain.SubmissionStatus.ACCEPTED);
            assertThat(r.submissionLink()).isEqualTo("/api/v1/plans/TEST-PLAN/monitoring-cycles/2022/submissions/2022-health-bureau-1");
        });
        assertThat(health.corrections().count()).isEqualTo(1);
        assertThat(health.corrections().items().get(0)).satisfies(c -> {
            assertThat(c.reason()).isEqualTo("卫生健康统计年报终审数据修订");
            assertThat(c.oldValue()).isEqualByComparingTo("5.1");
            assertThat(c.correctionsLink()).isEqualTo("/api/v1/plans/TEST-PLAN/monitoring-cycles/2022/corrections?indicator=HEALTH-3c");
        });
        assertThat(health.reporting().cycles()).extracting(CycleReporting::returned, CycleReporting::corrected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(0, 0));
        assertThat(card("statistics-bureau").returns().count()).isZero();
        assertThat(card("statistics-bureau").corrections().items()).isEmpty();
    }

    @Test
    void judgesSelfAssessmentsByTheirLastSubmissionAndCountsTheReturnedOnes() {
        Scorecard.SelfAssessments justice = card("justice-bureau").selfAssessments();
        assertThat(justice.owed()).isEqualTo(1);
        assertThat(justice.onTime()).isEqualTo(1);
        assertThat(justice.returned()).isEqualTo(1);
        assertThat(justice.items().get(0).selfAssessmentLink())
                .isEqualTo("/api/v1/plans/TEST-PLAN/evaluations/MIDTERM-2023/self-assessments/justice-bureau");
        Scorecard.SelfAssessments health = card("health-bureau").selfAssessments();
        assertThat(health.overdue()).isEqualTo(1);
        assertThat(health.submitted()).isZero();
        assertThat(health.items().get(0).timelinessZh()).isEqualTo("逾期未报");
        assertThat(card("womens-federation").selfAssessments().owed()).isZero();
    }
}
