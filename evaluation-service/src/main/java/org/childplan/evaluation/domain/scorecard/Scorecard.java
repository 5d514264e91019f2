package org.childplan.evaluation.domain.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One member agency's scorecard for a year (目标管理责任制考核): the goals and indicators it leads and how they stand,
 * how completely and punctually it reported in every cycle up to the year, how often its data was returned or its
 * accepted values corrected, and whether its self-assessments came in time. Every count comes with the items behind
 * it, and each part names the API query that lists them.
 */
@Schema(name = "Scorecard", description = "A member agency's scorecard for a year. 成员单位目标责任落实情况。")
public record Scorecard(
        String planCode,
        @Schema(description = "The scorecard's year: progress as of it, cycles and evaluations up to it") int year,
        @Schema(description = "The day the figures were computed for (decides what is overdue)") LocalDate asOf,
        String agencyCode,
        String agencyNameZh,
        @Schema(nullable = true) String agencyNameEn,
        Leadership leadership,
        Reporting reporting,
        Returns returns,
        Corrections corrections,
        SelfAssessments selfAssessments) {

    /** The goals and indicators the agency leads (牵头) in the year's responsibilities, and their progress. */
    @Schema(name = "ScorecardLeadership")
    public record Leadership(
            @Schema(description = "Goals with at least one indicator the agency leads") int goals,
            @Schema(description = "Indicators the agency leads") int indicators,
            @Schema(description = "The led indicators by progress status (every status, zeros included)") Map<String, Integer> statusCounts,
            @Schema(description = "Led indicators achieved or on track") int achievedOrOnTrack,
            @Schema(description = "Led indicators with a progress status other than NOT_ASSESSED") int assessed,
            List<LedGoal> goalList,
            List<LedIndicator> indicatorList,
            @Schema(description = "The API query listing every indicator's status for the year") String progressLink) {
    }

    @Schema(name = "ScorecardGoal")
    public record LedGoal(String goalCode, String domainCode, String textZh,
                          @Schema(description = "The goal's indicators the agency leads") List<String> indicatorCodes,
                          Map<String, Integer> statusCounts) {
    }

    @Schema(name = "ScorecardIndicator")
    public record LedIndicator(String indicatorCode, String domainCode, @Schema(nullable = true) String goalCode, String nameZh,
                               @Schema(implementation = ProgressStatus.class) String status, String statusZh) {
    }

    /** Counts of owed (indicator) reports: the same tally as the cycle's completeness, for one agency. */
    @Schema(name = "ScorecardTally")
    public record Tally(int expected, int submitted, int accepted,
                        @Schema(description = "Submitted by the due date") int onTime,
                        @Schema(description = "Submitted after the due date") int late,
                        @Schema(description = "Submitted after the due date of a cycle opened only after it: the year was"
                                + " back-filled (补报), which is not counted as late") int backfilled,
                        @Schema(description = "Not submitted, due date passed") int overdue,
                        @Schema(description = "submitted / expected (1 when nothing was owed)") double completeness,
                        @Schema(description = "onTime / (onTime + late): back-filled reports are neither (null when there are"
                                + " none)", nullable = true) Double timeliness) {

        public static final Tally ZERO = of(0, 0, 0, 0, 0, 0, 0);

        public static Tally of(int expected, int submitted, int accepted, int onTime, int late, int backfilled, int overdue) {
            return new Tally(expected, submitted, accepted, onTime, late, backfilled, overdue,
                    expected == 0 ? 1.0 : (double) submitted / expected,
                    onTime + late == 0 ? null : (double) onTime / (onTime + late));
        }

        Tally plus(Tally o) {
            return of(expected + o.expected, submitted + o.submitted, accepted + o.accepted, onTime + o.onTime,
                    late + o.late, backfilled + o.backfilled, overdue + o.overdue);
        }
    }

    @Schema(name = "ScorecardReporting")
    public record Reporting(@Schema(description = "All cycles up to the year together") Tally total, List<CycleReporting> cycles) {
    }

    @Schema(name = "ScorecardCycle")
    public record CycleReporting(int year, LocalDate dueOn, @Schema(implementation = CycleStatus.class) String cycleStatus,
                                 Tally tally,
                                 @Schema(description = "Returns of the agency's submissions in this cycle") int returned,
                                 @Schema(description = "Corrections of the agency's accepted values in this cycle") int corrected,
                                 @Schema(description = "One line per owed indicator") List<ReportItem> items,
                                 @Schema(description = "The API query listing what the agency owed in the cycle") String expectedReportsLink,
                                 @Schema(description = "The API query listing the agency's submissions in the cycle") String submissionsLink) {
    }

    @Schema(name = "ScorecardReportItem")
    public record ReportItem(String indicatorCode, String domainCode,
                             @Schema(nullable = true) OffsetDateTime firstSubmittedAt, boolean accepted,
                             @Schema(implementation = Timeliness.class) String timeliness, String timelinessZh) {
    }

    @Schema(name = "ScorecardReturns")
    public record Returns(int count, List<ReturnItem> items) {
    }

    @Schema(name = "ScorecardReturn")
    public record ReturnItem(int cycleYear, String submissionCode,
                             @Schema(description = "The submission's status now") SubmissionStatus statusNow,
                             OffsetDateTime returnedAt, String reason, String submissionLink) {
    }

    @Schema(name = "ScorecardCorrections")
    public record Corrections(int count, List<CorrectionItem> items) {
    }

    @Schema(name = "ScorecardCorrection")
    public record CorrectionItem(int cycleYear, String submissionCode, String indicatorCode, String areaCode, String sex,
                                 String residence, String ageGroup, int valueVersion, BigDecimal oldValue, BigDecimal newValue,
                                 OffsetDateTime revisedAt, String reason, String correctionsLink) {
    }

    @Schema(name = "ScorecardSelfAssessments")
    public record SelfAssessments(@Schema(description = "Self-assessments issued to the agency") int owed, int submitted,
                                  int onTime, int late, int overdue,
                                  @Schema(description = "Self-assessments the evaluation group returned at least once") int returned,
                                  List<SelfAssessmentItem> items) {
    }

    @Schema(name = "ScorecardSelfAssessment")
    public record SelfAssessmentItem(String evaluationCode, @Schema(implementation = EvaluationType.class) String evaluationType,
                                     int referenceYear, LocalDate dueOn,
                                     @Schema(implementation = SelfAssessmentStatus.class) String status, String statusZh,
                                     @Schema(nullable = true) OffsetDateTime submittedAt,
                                     @Schema(implementation = Timeliness.class) String timeliness, String timelinessZh,
                                     @Schema(nullable = true) OffsetDateTime returnedAt,
                                     @Schema(nullable = true) String returnReason, String selfAssessmentLink) {
    }
}
