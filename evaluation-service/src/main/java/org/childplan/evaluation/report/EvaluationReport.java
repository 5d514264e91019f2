package org.childplan.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.EvaluationAction;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.ReviewOutcome;
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
        @Schema(nullable = true, description = "The jurisdiction's administrative division code; absent in reports sealed"
                + " before it was recorded", examples = "430482") String jurisdictionCode,
        @Schema(nullable = true, description = "The body issuing the report, from agency-service's governance bodies; absent in"
                + " reports sealed before it was recorded", examples = "常宁市人民政府妇女儿童工作委员会监测评估领导小组评估组")
        String issuerZh,
        @Schema(nullable = true, examples = "Evaluation Group, Monitoring and Evaluation Leading Group") String issuerEn,
        int periodStart,
        int periodEnd,
        @Schema(description = "The last year of data the evaluation assesses", examples = "2023") int referenceYear,
        @Schema(description = "True while the evaluation group is still compiling: not yet sealed") boolean draft,
        @Schema(description = "1 for the first sealed report; returned and resubmitted reports count up") int version,
        @Schema(nullable = true, description = "When the report was sealed for review; absent for a draft") OffsetDateTime sealedAt,
        @Schema(nullable = true, description = "SHA-256 of the sealed report; absent for a draft") String reportChecksum,
        Snapshot snapshot,
        @Schema(nullable = true, description = "How the report writes the values of each unit, as the catalogue gave it when the"
                + " data was frozen. 各计量单位的书写方式。") List<UnitWriting> units,
        List<DomainSummary> summary,
        @Schema(nullable = true, description = "The drafted text per domain, as the evaluation group left it. 分领域评估情况（文字）。")
        List<DomainNarrative> narratives,
        List<IndicatorRow> indicators,
        List<WarningRow> warnings,
        List<GapRow> equityGaps,
        List<QualitativeGoal> qualitativeGoals,
        List<AgencyDigest> selfAssessments,
        Findings findings,
        List<Chart> charts,
        // beside the sealed document, never part of it: left out when sealing, so the stored JSON and its checksum are
        // what they always were, and filled in on every read from the evaluation's history
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "The review of this sealed version (its submission, and the return with the"
                + " reviewers' comments, or its approval and publication); absent for a draft. 本版本的审核记录（含退回意见）。")
        Review review,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every sealed version of the report the caller may read, oldest first, each with its outcome and"
                + " where to read it (…/report?version=N). 报告的各个封存版本。")
        List<VersionRef> versions) {

    /**
     * The report with the words every renderer prints: a report sealed before rows, warnings, gaps and self-assessments
     * carried their Chinese labels and written targets gets them here, from its own units, so it reads like a new one.
     */
    public EvaluationReport worded() {
        List<UnitWriting> writings = units == null ? List.of() : units;
        return new EvaluationReport(planCode, evaluationCode, type, titleZh, titleEn, planTitleZh, planTitleEn, jurisdictionZh,
                jurisdictionCode, issuerZh, issuerEn, periodStart, periodEnd, referenceYear, draft, version, sealedAt, reportChecksum, snapshot,
                writings, summary, narratives == null ? List.of() : narratives,
                indicators.stream().map(r -> r.targetZh() == null ? r.written(ReportAssembler.writing(writings, r.unit()), null) : r)
                        .toList(),
                warnings.stream().map(w -> w.ruleZh() == null ? w.labelled() : w).toList(),
                equityGaps.stream().map(g -> g.dimensionZh() == null || g.points() == null ? g.labelled() : g).toList(),
                qualitativeGoals, selfAssessments.stream().map(a -> a.statusZh() == null ? a.labelled() : a).toList(),
                findings, charts, review, versions);
    }

    /** The same report with the parts that are not sealed: its review and the list of versions. */
    public EvaluationReport withReviewAndVersions(String checksum, Review review, List<VersionRef> versions) {
        return new EvaluationReport(planCode, evaluationCode, type, titleZh, titleEn, planTitleZh, planTitleEn, jurisdictionZh,
                jurisdictionCode, issuerZh, issuerEn, periodStart, periodEnd, referenceYear, draft, version, sealedAt, checksum, snapshot, units,
                summary, narratives, indicators,
                warnings, equityGaps, qualitativeGoals, selfAssessments, findings, charts, review, versions);
    }

    @Schema(name = "EvaluationReportReview", description = "What the reviewers did with a sealed version. 封存版本的审核记录。")
    public record Review(@Schema(examples = "1") int version, ReviewOutcome outcome, String outcomeZh, List<ReviewStep> steps) {
    }

    @Schema(name = "EvaluationReportReviewStep", description = "A step of a version's review: its submission, return (with"
            + " the reviewers' comments), approval or publication.")
    public record ReviewStep(EvaluationAction action, String actionZh, OffsetDateTime at,
                             @Schema(nullable = true, description = "Who took the step; shown to signed-in readers only") String actor,
                             @Schema(nullable = true, description = "The comment given with the step: for a return, what has to change")
                             String comment) {
    }

    @Schema(name = "EvaluationReportVersion", description = "A sealed version of the report. 报告封存版本。")
    public record VersionRef(@Schema(examples = "1") int version, OffsetDateTime sealedAt, String reportChecksum,
                             ReviewOutcome outcome,
                             @Schema(description = "Where to read this version (JSON, HTML, PDF or XLSX by Accept)",
                                     examples = "/api/v1/plans/CN-430482-CHILDREN-2021-2025/evaluations/MIDTERM-2023/report?version=1")
                             String reportPath) {
    }

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

    @Schema(name = "EvaluationDomainNarrative", description = "A domain's findings in words, drafted from the frozen data in"
            + " the register of the statistical monitoring reports; the evaluation group may rewrite it before sealing.")
    public record DomainNarrative(String domainCode,
                                  @Schema(description = "The text as it stands: the draft, or the group's rewrite") String textZh,
                                  @Schema(description = "True when the evaluation group rewrote the draft") boolean edited) {
    }

    @Schema(name = "EvaluationIndicatorRow")
    public record IndicatorRow(String domainCode, String code, @Schema(nullable = true) String goalCode, String nameZh,
                               String nameEn,
                               @Schema(nullable = true) Vocabulary.Unit unit,
                               @Schema(nullable = true, description = "The unit as the catalogue writes it", examples = "‰") String unitZh,
                               @Schema(implementation = TargetType.class) String targetType,
                               @Schema(nullable = true, description = "The target as the plan states it", examples = "≤3‰") String targetZh,
                               @Schema(nullable = true, examples = "at most 3‰") String targetEn,
                               @Schema(nullable = true) Integer baselineYear,
                               @Schema(nullable = true) BigDecimal baselineValue, List<YearValue> values,
                               @Schema(nullable = true) Integer latestYear,
                               @Schema(nullable = true) BigDecimal latestValue,
                               @Schema(nullable = true) BigDecimal targetValue,
                               @Schema(nullable = true) Integer targetYear,
                               @Schema(implementation = ProgressStatus.class) String status, String statusZh,
                               @Schema(nullable = true) Double ratio, @Schema(nullable = true) Double projectedValue) {

        /**
         * The row with its unit and target written out as the report's units say. The target is written from the plan's
         * own statement ({@code stated}): for a reduction that is the percentage (下降20%), where the row's
         * targetValue is the level it works out to.
         */
        public IndicatorRow written(UnitWriting writing, CatalogueSnapshot.IndicatorInfo stated) {
            TargetType type = targetType == null ? null : TargetType.valueOf(targetType);
            if (stated == null && type == TargetType.REDUCE_FROM_BASELINE_PCT) {
                // without the plan's statement only the level is known (the percentage is not): write it as a ceiling
                type = TargetType.AT_MOST;
            }
            BigDecimal value = stated == null ? targetValue : stated.targetValue();
            Integer base = stated == null || stated.baselineYear() == null ? baselineYear : stated.baselineYear();
            return new IndicatorRow(domainCode, code, goalCode, nameZh, nameEn, unit, unit == null ? null : writing.symbolZh(),
                    targetType, TargetWriting.zh(type, value, base, writing), TargetWriting.en(type, value, base, writing),
                    baselineYear, baselineValue, values, latestYear, latestValue, targetValue, targetYear, status,
                    Labels.zh(ProgressStatus.class, status), ratio, projectedValue);
        }

        public boolean quantitative() {
            return !TargetType.QUALITATIVE.name().equals(targetType);
        }
    }

    @Schema(name = "YearValue")
    public record YearValue(int year, BigDecimal value) {
    }

    @Schema(name = "EvaluationWarningRow")
    public record WarningRow(String indicatorCode, String nameZh, @Schema(implementation = WarningRule.class) String rule,
                             @Schema(nullable = true, examples = "预计达标困难") String ruleZh,
                             @Schema(implementation = WarningSeverity.class) String severity,
                             @Schema(nullable = true, examples = "中") String severityZh, String messageZh,
                             String messageEn, List<String> leadAgenciesZh) {

        public WarningRow labelled() {
            return new WarningRow(indicatorCode, nameZh, rule, Labels.zh(WarningRule.class, rule), severity,
                    Labels.zh(WarningSeverity.class, severity), messageZh, messageEn, leadAgenciesZh);
        }
    }

    @Schema(name = "EvaluationGapRow")
    public record GapRow(String indicatorCode, String nameZh,
                         @Schema(implementation = Vocabulary.GapDimension.class) String dimension,
                         @Schema(nullable = true, examples = "城乡") String dimensionZh, String groupA,
                         @Schema(nullable = true, examples = "城镇") String groupAZh, String groupB,
                         @Schema(nullable = true, examples = "农村") String groupBZh,
                         @Schema(implementation = GapTrend.class) String trend,
                         @Schema(nullable = true, examples = "差距缩小") String trendZh,
                         Integer earliestYear, BigDecimal earliestGap, Integer latestYear, BigDecimal latestGap,
                         @Schema(nullable = true, description = "Both groups' values in every year both have one")
                         List<GapPoint> points) {

        public GapRow labelled() {
            return new GapRow(indicatorCode, nameZh, dimension, Labels.zh(Vocabulary.GapDimension.class, dimension), groupA,
                    groupLabel(dimension, groupA), groupB, groupLabel(dimension, groupB), trend, Labels.zh(GapTrend.class, trend),
                    earliestYear, earliestGap, latestYear, latestGap, points == null ? List.of() : points);
        }

        private static String groupLabel(String dimension, String group) {
            return "SEX".equals(dimension) ? Labels.zh(Vocabulary.Sex.class, group) : Labels.zh(Vocabulary.Residence.class, group);
        }
    }

    @Schema(name = "EvaluationGapPoint")
    public record GapPoint(int year, BigDecimal valueA, BigDecimal valueB) {
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
                               @Schema(nullable = true, examples = "已提交") String statusZh,
                               @Schema(nullable = true) OffsetDateTime submittedAt,
                               boolean late, int goals, int answered, List<ItemDigest> items) {

        public AgencyDigest labelled() {
            return new AgencyDigest(agencyCode, agencyNameZh, status, Labels.zh(SelfAssessmentStatus.class, status), submittedAt,
                    late, goals, answered, items);
        }
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
