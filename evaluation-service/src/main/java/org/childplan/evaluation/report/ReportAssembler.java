package org.childplan.evaluation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.GoalRating;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.evaluation.report.EvaluationReport.AgencyDigest;
import org.childplan.evaluation.report.EvaluationReport.Chart;
import org.childplan.evaluation.report.EvaluationReport.DomainSummary;
import org.childplan.evaluation.report.EvaluationReport.GapRow;
import org.childplan.evaluation.report.EvaluationReport.IndicatorRow;
import org.childplan.evaluation.report.EvaluationReport.QualitativeGoal;
import org.childplan.evaluation.report.EvaluationReport.WarningRow;
import org.childplan.evaluation.report.EvaluationReport.YearValue;

/**
 * Builds the frozen data of an evaluation from a progress assessment, and the report from that frozen data plus
 * the evaluation group's ratings and findings. Pure: the same inputs always give the same report.
 */
public final class ReportAssembler {

    /** How many key indicators get a trend chart. */
    static final int MAX_CHARTS = 30;

    private ReportAssembler() {
    }

    /** Everything the report rests on, as frozen when compiling starts. */
    public record SnapshotData(String planCode, String evaluationCode, int referenceYear, LocalDate catalogueAsOf,
                               CatalogueSnapshot catalogue, Responsibilities responsibilities, List<IndicatorRow> indicators,
                               List<WarningRow> warnings, List<GapRow> equityGaps, List<AgencyDigest> selfAssessments,
                               String issuerZh, String issuerEn) {
    }

    public static SnapshotData snapshot(Evaluation evaluation, ProgressService.Assessment assessment,
                                        List<ProgressService.RaisedWarning> warnings, List<ProgressService.EquityGap> gaps,
                                        Responsibilities responsibilities, List<AgencyDigest> selfAssessments,
                                        Issuer issuer) {
        return new SnapshotData(evaluation.planCode, evaluation.code, evaluation.referenceYear, assessment.catalogue().asOf(),
                assessment.catalogue(), responsibilities, indicatorRows(assessment), warningRows(warnings), gapRows(gaps),
                selfAssessments, issuer == null ? null : issuer.nameZh(), issuer == null ? null : issuer.nameEn());
    }

    /** Each indicator's values and assessment, as the frozen data keeps them (without the words the report adds). */
    public static List<IndicatorRow> indicatorRows(ProgressService.Assessment assessment) {
        return assessment.progress().stream().map(ReportAssembler::row).toList();
    }

    public static List<WarningRow> warningRows(List<ProgressService.RaisedWarning> warnings) {
        return warnings.stream().map(w -> new WarningRow(w.progress().indicator().code(),
                w.progress().indicator().nameZh(), w.warning().rule().name(), null, w.warning().severity().name(), null,
                w.warning().messageZh(), w.warning().messageEn(),
                w.leadAgencies().stream().map(Responsibilities.AgencyRef::nameZh).toList())).toList();
    }

    public static List<GapRow> gapRows(List<ProgressService.EquityGap> gaps) {
        return gaps.stream().map(g -> new GapRow(g.indicator().code(), g.indicator().nameZh(), g.dimension(),
                null, g.groupA(), null, g.groupB(), null, g.analysis().trend().name(), null, g.analysis().earliestYear(),
                g.analysis().earliestAbsoluteGap(), g.analysis().latestYear(), g.analysis().latestAbsoluteGap(),
                g.analysis().years().stream().map(y -> new EvaluationReport.GapPoint(y.year(), y.valueA(), y.valueB())).toList()))
                .toList();
    }

    private static IndicatorRow row(ProgressService.IndicatorProgress p) {
        var i = p.indicator();
        var a = p.assessment();
        List<YearValue> values = p.series().observations().stream().map(d -> new YearValue(d.year(), d.value())).toList();
        return new IndicatorRow(i.domainCode(), i.code(), i.goalCode(), i.nameZh(), i.nameEn(),
                Vocabulary.Unit.of(i.unit()), null, i.targetType().name(), null, null,
                a.baseYear(), a.baseValue(), values, a.currentYear(), a.currentValue(), a.targetValue(), a.targetYear(),
                a.status().name(), a.status().labelZh(), a.ratio(), a.projectedValue());
    }

    public static List<UnitWriting> units(CatalogueSnapshot catalogue) {
        return catalogue.units().stream().map(UnitWriting::of).toList();
    }

    /** The rows with their units, targets (as the catalogue states them) and statuses in words. */
    public static List<IndicatorRow> written(List<IndicatorRow> rows, List<UnitWriting> units, CatalogueSnapshot catalogue) {
        Map<String, CatalogueSnapshot.IndicatorInfo> stated = catalogue.indicatorsByCode();
        return rows.stream().map(r -> r.written(writing(units, r.unit()), stated.get(r.code()))).toList();
    }

    /** How the report writes a unit's values; plain numbers for a unit the frozen catalogue does not describe. */
    public static UnitWriting writing(List<UnitWriting> units, Vocabulary.Unit unit) {
        if (unit == null || units == null) {
            return UnitWriting.PLAIN;
        }
        return units.stream().filter(u -> unit.name().equals(u.code())).findFirst().orElse(UnitWriting.PLAIN);
    }

    /**
     * The report from the frozen data, the ratings, the findings and the group's rewrites of the drafted narratives
     * (by domain code); sealing fills in version, time and checksum.
     */
    public static EvaluationReport assemble(Evaluation evaluation, EvaluationReport.Snapshot snapshot, SnapshotData data,
                                            List<GoalRating> ratings, Map<String, String> narrativeEdits, boolean draft,
                                            int version, OffsetDateTime sealedAt) {
        CatalogueSnapshot catalogue = data.catalogue();
        List<UnitWriting> units = units(catalogue);
        List<IndicatorRow> rows = written(data.indicators(), units, catalogue);
        Map<String, GoalRating> ratingByGoal = ratings.stream().collect(Collectors.toMap(r -> r.goalCode, r -> r));
        List<QualitativeGoal> qualitative = qualitativeGoals(catalogue, ratingByGoal, data.selfAssessments());
        List<DomainSummary> summary = new ArrayList<>();
        for (CatalogueSnapshot.DomainInfo domain : catalogue.domains()) {
            summary.add(summary(domain, rows, qualitative));
        }
        List<Chart> charts = rows.stream()
                .filter(r -> r.goalCode() != null && !"QUALITATIVE".equals(r.targetType()) && r.values().size() >= 2)
                .limit(MAX_CHARTS)
                .map(r -> new Chart(r.code(), r.nameZh(), r.nameEn(), r.unit(), r.targetValue(), r.values()))
                .toList();
        List<WarningRow> warnings = data.warnings().stream().map(WarningRow::labelled).toList();
        List<GapRow> gaps = data.equityGaps().stream().map(GapRow::labelled).toList();
        List<EvaluationReport.DomainNarrative> narratives = Narrative.withEdits(Narrative.forEvaluation(catalogue,
                data.referenceYear(), units, summary, rows, warnings, gaps), narrativeEdits);
        var plan = catalogue.plan();
        return new EvaluationReport(evaluation.planCode, evaluation.code, evaluation.type.name(),
                evaluation.type.reportTitleZh(), evaluation.type.reportTitleEn(), plan.titleZh(), plan.titleEn(),
                plan.jurisdictionZh(), plan.jurisdictionCode(), data.issuerZh(), data.issuerEn(), plan.periodStart(), plan.periodEnd(),
                evaluation.referenceYear, draft, version, sealedAt, null, snapshot, units, summary, narratives, rows,
                warnings, gaps, qualitative,
                data.selfAssessments().stream().map(AgencyDigest::labelled).toList(),
                new EvaluationReport.Findings(evaluation.findingsZh, evaluation.findingsEn, evaluation.recommendationsZh,
                        evaluation.recommendationsEn),
                charts, null, null);
    }

    /** Every domain's narrative as drafted from the frozen data, before the evaluation group rewrites any. */
    public static List<EvaluationReport.DomainNarrative> drafts(SnapshotData data) {
        List<UnitWriting> units = units(data.catalogue());
        List<IndicatorRow> rows = written(data.indicators(), units, data.catalogue());
        List<DomainSummary> summary = data.catalogue().domains().stream().map(d -> summary(d, rows, List.of())).toList();
        return Narrative.forEvaluation(data.catalogue(), data.referenceYear(), units, summary, rows,
                data.warnings().stream().map(WarningRow::labelled).toList(),
                data.equityGaps().stream().map(GapRow::labelled).toList());
    }

    /** Goals with a qualitative indicator, each with the group's rating and the ratings agencies gave themselves. */
    static List<QualitativeGoal> qualitativeGoals(CatalogueSnapshot catalogue, Map<String, GoalRating> ratings,
                                                  List<AgencyDigest> digests) {
        Set<String> qualitativeGoals = catalogue.indicators().stream()
                .filter(CatalogueSnapshot.IndicatorInfo::qualitative)
                .map(CatalogueSnapshot.IndicatorInfo::goalCode)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<QualitativeGoal> result = new ArrayList<>();
        for (CatalogueSnapshot.GoalInfo goal : catalogue.goals()) {
            if (!qualitativeGoals.contains(goal.code())) {
                continue;
            }
            GoalRating rating = ratings.get(goal.code());
            List<EvaluationReport.AgencyRating> agencyRatings = new ArrayList<>();
            for (AgencyDigest digest : digests) {
                digest.items().stream().filter(i -> i.goalCode().equals(goal.code()) && i.rating() != null).findFirst()
                        .ifPresent(i -> agencyRatings.add(new EvaluationReport.AgencyRating(digest.agencyCode(),
                                digest.agencyNameZh(), i.rating())));
            }
            result.add(new QualitativeGoal(goal.code(), goal.domainCode(), goal.textZh(), goal.textEn(),
                    rating == null ? null : rating.rating, rating == null ? "未评定" : rating.rating.nameZh(),
                    rating == null ? null : rating.rationaleZh, agencyRatings));
        }
        return result;
    }

    static DomainSummary summary(CatalogueSnapshot.DomainInfo domain, List<IndicatorRow> rows, List<QualitativeGoal> goals) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            if (s != ProgressStatus.NOT_ASSESSED) {
                counts.put(s.name(), 0);
            }
        }
        int quantitative = 0;
        for (IndicatorRow r : rows) {
            if (r.domainCode().equals(domain.code()) && !"QUALITATIVE".equals(r.targetType())) {
                quantitative++;
                counts.merge(r.status(), 1, Integer::sum);
            }
        }
        int achieved = counts.getOrDefault(ProgressStatus.TARGET_ACHIEVED.name(), 0);
        int onTrack = counts.getOrDefault(ProgressStatus.SUBSTANTIAL_PROGRESS.name(), 0);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (GoalRatingValue v : GoalRatingValue.values()) {
            ratings.put(v.name(), 0);
        }
        ratings.put("UNRATED", 0);
        goals.stream().filter(g -> g.domainCode().equals(domain.code()))
                .forEach(g -> ratings.merge(g.rating() == null ? "UNRATED" : g.rating().name(), 1, Integer::sum));
        // over the indicators that could be assessed (a graded status), as the statistical monitoring reports count
        // (在可监测的33项指标中……): an indicator without enough data is neither a success nor a failure
        int graded = 0;
        for (ProgressStatus s : ProgressStatus.values()) {
            if (s.isGraded()) {
                graded += counts.getOrDefault(s.name(), 0);
            }
        }
        double share = graded == 0 ? 0.0 : BigDecimal.valueOf(achieved + onTrack)
                .divide(BigDecimal.valueOf(graded), 4, java.math.RoundingMode.HALF_UP).doubleValue();
        return new DomainSummary(domain.code(), domain.nameZh(), domain.nameEn(), counts, quantitative, achieved, onTrack,
                share, ratings);
    }
}
