package org.childplan.evaluation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.domain.progress.GapTrend;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.progress.TargetType;
import org.childplan.evaluation.domain.progress.WarningRule;
import org.childplan.evaluation.domain.progress.WarningSeverity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The mid-term or final evaluation report (中期/终期评估报告) as one document. Sealed for review it is stored as
 * JSON with its checksum, and every format (JSON, HTML, PDF, XLSX) is rendered from that stored document alone,
 * so the same snapshot always renders the same content.
 */
@Schema(name = "EvaluationReport", description = "The mid-term or final evaluation report. 中期/终期评估报告。")
public record EvaluationReport(
        String planCode,
        String evaluationCode,
        @Schema(implementation = EvaluationType.class) String type,
        @Schema(examples = "中期评估报告") String titleZh,
        @Schema(examples = "Mid-term Evaluation Report") String titleEn,
        String planTitleZh,
        String planTitleEn,
        String jurisdictionZh,
        int periodStart,
        int periodEnd,
        @Schema(description = "The last year of data the evaluation assesses", examples = "2023") int referenceYear,
        @Schema(description = "True while the evaluation group is still compiling: not yet sealed") boolean draft,
        @Schema(description = "1 for the first sealed report; returned and resubmitted reports count up") int version,
        @Schema(nullable = true, description = "When the report was sealed for review; absent for a draft") OffsetDateTime sealedAt,
        @Schema(nullable = true, description = "SHA-256 of the sealed report; absent for a draft") String reportChecksum,
        Snapshot snapshot,
        List<DomainSummary> summary,
        List<IndicatorRow> indicators,
        List<WarningRow> warnings,
        List<GapRow> equityGaps,
        List<QualitativeGoal> qualitativeGoals,
        List<AgencyDigest> selfAssessments,
        Findings findings,
        List<Chart> charts) {

    @Schema(name = "EvaluationSnapshotInfo", description = "The frozen data the report rests on.")
    public record Snapshot(OffsetDateTime takenAt, @Schema(description = "SHA-256 of the frozen data") String checksum,
                           LocalDate catalogueAsOf) {
    }

    @Schema(name = "EvaluationDomainSummary", description = "A domain's statuses and the share of targets achieved or on track.")
    public record DomainSummary(String code, String nameZh, String nameEn, Map<String, Integer> statusCounts,
                                @Schema(description = "Indicators with a measurable target or direction") int quantitative,
                                @Schema(description = "TARGET_ACHIEVED") int achieved,
                                @Schema(description = "SUBSTANTIAL_PROGRESS") int onTrack,
                                @Schema(description = "(achieved + onTrack) / indicators that could be assessed") double achievedOrOnTrackShare,
                                Map<String, Integer> qualitativeRatings) {
    }

    @Schema(name = "EvaluationIndicatorRow")
    public record IndicatorRow(String domainCode, String code, @Schema(nullable = true) String goalCode, String nameZh,
                               String nameEn,
                               @Schema(nullable = true) Vocabulary.Unit unit,
                               @Schema(implementation = TargetType.class) String targetType,
                               @Schema(nullable = true) Integer baselineYear,
                               @Schema(nullable = true) BigDecimal baselineValue, List<YearValue> values,
                               @Schema(nullable = true) Integer latestYear,
                               @Schema(nullable = true) BigDecimal latestValue,
                               @Schema(nullable = true) BigDecimal targetValue,
                               @Schema(nullable = true) Integer targetYear,
                               @Schema(implementation = ProgressStatus.class) String status, String statusZh,
                               @Schema(nullable = true) Double ratio, @Schema(nullable = true) Double projectedValue) {
    }

    @Schema(name = "YearValue")
    public record YearValue(int year, BigDecimal value) {
    }

    @Schema(name = "EvaluationWarningRow")
    public record WarningRow(String indicatorCode, String nameZh, @Schema(implementation = WarningRule.class) String rule,
                             @Schema(implementation = WarningSeverity.class) String severity, String messageZh,
                             String messageEn, List<String> leadAgenciesZh) {
    }

    @Schema(name = "EvaluationGapRow")
    public record GapRow(String indicatorCode, String nameZh,
                         @Schema(implementation = Vocabulary.GapDimension.class) String dimension, String groupA,
                         String groupB,
                         @Schema(implementation = GapTrend.class) String trend,
                         Integer earliestYear, BigDecimal earliestGap, Integer latestYear, BigDecimal latestGap) {
    }

    @Schema(name = "QualitativeGoal", description = "A qualitative goal with the evaluation group's rating and the agencies' own.")
    public record QualitativeGoal(String goalCode, String domainCode, String textZh, String textEn,
                                  @Schema(nullable = true) GoalRatingValue rating,
                                  @Schema(nullable = true) String ratingZh, @Schema(nullable = true) String rationaleZh,
                                  List<AgencyRating> agencyRatings) {
    }

    @Schema(name = "AgencyRating")
    public record AgencyRating(String agencyCode, String agencyNameZh,
                               GoalRatingValue rating) {
    }

    @Schema(name = "SelfAssessmentDigest", description = "An agency's self-assessment in brief.")
    public record AgencyDigest(String agencyCode, String agencyNameZh,
                               @Schema(implementation = SelfAssessmentStatus.class) String status,
                               @Schema(nullable = true) OffsetDateTime submittedAt,
                               boolean late, int goals, int answered, List<ItemDigest> items) {
    }

    @Schema(name = "SelfAssessmentItemDigest")
    public record ItemDigest(String goalCode,
                             @Schema(nullable = true) GoalRatingValue rating,
                             @Schema(nullable = true) String progressZh, @Schema(nullable = true) String problemsZh,
                             @Schema(nullable = true) String nextStepsZh,
                             int evidenceCount) {
    }

    @Schema(name = "EvaluationFindings", description = "The evaluation group's findings and recommendations. 评估发现与建议。")
    public record Findings(@Schema(nullable = true) String findingsZh, @Schema(nullable = true) String findingsEn,
                           @Schema(nullable = true) String recommendationsZh,
                           @Schema(nullable = true) String recommendationsEn) {
    }

    @Schema(name = "TrendChart", description = "A key indicator's values by year, and its target.")
    public record Chart(String indicatorCode, String nameZh, String nameEn,
                        @Schema(nullable = true) Vocabulary.Unit unit,
                        @Schema(nullable = true) BigDecimal targetValue,
                        List<YearValue> points) {
    }
}
