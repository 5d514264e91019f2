package org.childplan.evaluation.domain.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.domain.progress.ProgressStatus;

/**
 * What the scorecards of one plan and year are computed from, as plain values: the catalogue and responsibilities
 * that govern the year, each indicator's progress status, and for every cycle and evaluation up to the year what was
 * owed, submitted, returned and corrected. Read in one go by the service, so the computation itself needs no database.
 *
 * @param today the day the figures are computed for, in the plan's zone (decides what is overdue)
 * @param zone the plan's zone, in which a submission's day is compared with a due day
 * @param statuses each indicator's progress status as of the year, by indicator code
 */
public record ScorecardFacts(String planCode, int year, LocalDate today, ZoneId zone, CatalogueSnapshot catalogue,
                             Responsibilities responsibilities, Map<String, ProgressStatus> statuses, List<Cycle> cycles,
                             List<Return> returns, List<Correction> corrections, List<SelfAssessment> selfAssessments) {

    /** A monitoring cycle up to the year: what each agency owed, and how far each owed indicator got. */
    public record Cycle(int year, LocalDate dueOn, LocalDate openedOn, CycleStatus status, List<Owed> owed,
                        Map<String, Reached> reached) {

        /** The key of {@code reached}: an agency and an indicator. */
        public static String key(String agencyCode, String indicatorCode) {
            return agencyCode + "|" + indicatorCode;
        }
    }

    /** An indicator an agency owed in a cycle (an expected report). */
    public record Owed(String agencyCode, String agencyNameZh, String indicatorCode, String domainCode) {
    }

    /** An owed indicator that was submitted: when first, and whether any of its data was accepted. */
    public record Reached(OffsetDateTime firstSubmittedAt, boolean accepted) {
    }

    /** One return of one of the agency's submissions. */
    public record Return(String agencyCode, int cycleYear, String submissionCode, SubmissionStatus statusNow,
                         OffsetDateTime returnedAt, String reason) {
    }

    /** One correction of an accepted value, charged to the agency whose submission carried the value. */
    public record Correction(String agencyCode, int cycleYear, String submissionCode, String indicatorCode, String areaCode,
                             String sex, String residence, String ageGroup, int valueVersion, BigDecimal oldValue,
                             BigDecimal newValue, OffsetDateTime revisedAt, String reason) {
    }

    /** An agency's self-assessment in an evaluation whose reference year is up to the year. */
    public record SelfAssessment(String agencyCode, String agencyNameZh, String evaluationCode, EvaluationType evaluationType,
                                 int referenceYear, LocalDate dueOn, SelfAssessmentStatus status, OffsetDateTime submittedAt,
                                 OffsetDateTime returnedAt, String returnReason) {
    }
}
