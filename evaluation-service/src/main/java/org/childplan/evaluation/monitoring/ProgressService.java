package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.CatalogueSnapshot.IndicatorInfo;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.progress.EarlyWarningConfig;
import org.childplan.evaluation.domain.progress.EarlyWarningRules;
import org.childplan.evaluation.domain.progress.EquityGapAnalysis;
import org.childplan.evaluation.domain.progress.EquityGapCalculator;
import org.childplan.evaluation.domain.progress.ObservationSeries;
import org.childplan.evaluation.domain.progress.ProgressAssessment;
import org.childplan.evaluation.domain.progress.ProgressCalculator;
import org.childplan.evaluation.domain.progress.Target;
import org.childplan.evaluation.domain.progress.Warning;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.repository.SeriesRepository;

/**
 * Progress status, early warnings and equity gaps of a plan as of a year, from its accepted values: one catalogue
 * read, one responsibilities read (for warnings) and one query of the values per operation.
 */
@ApplicationScoped
public class ProgressService {

    private final PeerData peers;
    private final SeriesRepository series;
    private final ProgressCalculator calculator;
    private final EarlyWarningRules warningRules;
    private final EquityGapCalculator equity;

    public ProgressService(PeerData peers, SeriesRepository series, EvaluationConfig config) {
        this.peers = peers;
        this.series = series;
        this.calculator = new ProgressCalculator(config.approxTolerance());
        this.warningRules = new EarlyWarningRules(EarlyWarningConfig.DEFAULTS
                .withVolatilityThreshold(config.volatilityThreshold())
                .withModifiedZThreshold(config.modifiedZThreshold()));
        this.equity = new EquityGapCalculator(config.equityEpsilon());
    }

    /** One indicator's progress: its catalogue entry, its jurisdiction-level series and the assessment. */
    public record IndicatorProgress(IndicatorInfo indicator, ObservationSeries series, ProgressAssessment assessment) {
    }

    public record RaisedWarning(IndicatorProgress progress, Warning warning, List<Responsibilities.AgencyRef> leadAgencies) {
    }

    public record EquityGap(IndicatorInfo indicator, String dimension, String groupA, String groupB,
                            EquityGapAnalysis analysis) {
    }

    /** Everything the year's monitoring says, computed from one read of each source. */
    public record Assessment(CatalogueSnapshot catalogue, int year, List<IndicatorProgress> progress,
                             Map<String, Map<String, ObservationSeries>> breakdowns) {
    }

    public Assessment assess(String planCode, int year) {
        CatalogueSnapshot catalogue = peers.catalogueForYear(planCode, year);
        Map<String, Map<String, Map<Integer, java.math.BigDecimal>>> values = new HashMap<>();
        for (SeriesRepository.Point p : series.accepted(planCode, catalogue.plan().jurisdictionCode(), year)) {
            String group = ObservationInput.TOTAL.equals(p.sex()) && ObservationInput.TOTAL.equals(p.residence()) ? "TOTAL"
                    : ObservationInput.TOTAL.equals(p.sex()) ? p.residence() : p.sex();
            values.computeIfAbsent(p.indicatorCode(), k -> new HashMap<>())
                    .computeIfAbsent(group, k -> new TreeMap<>())
                    .put(p.year(), p.value());
        }
        List<IndicatorProgress> progress = new ArrayList<>();
        Map<String, Map<String, ObservationSeries>> breakdowns = new HashMap<>();
        for (IndicatorInfo indicator : catalogue.indicators()) {
            Map<String, Map<Integer, java.math.BigDecimal>> groups = values.getOrDefault(indicator.code(), Map.of());
            Map<String, ObservationSeries> seriesByGroup = new HashMap<>();
            groups.forEach((group, points) -> seriesByGroup.put(group, ObservationSeries.of(points)));
            breakdowns.put(indicator.code(), seriesByGroup);
            ObservationSeries total = seriesByGroup.getOrDefault("TOTAL", ObservationSeries.empty());
            Target target = new Target(indicator.targetType(), indicator.targetValue(), indicator.targetYear(),
                    indicator.baselineYear(), indicator.baselineValue());
            progress.add(new IndicatorProgress(indicator, total, calculator.assess(target, total, catalogue.plan().baselineYear())));
        }
        return new Assessment(catalogue, year, progress, breakdowns);
    }

    public List<RaisedWarning> warnings(Assessment assessment) {
        return warnings(assessment, peers.responsibilitiesForYear(assessment.catalogue().plan(), assessment.year()));
    }

    /** The warnings, with the lead agencies from responsibilities the caller has already read for the assessment's year. */
    public List<RaisedWarning> warnings(Assessment assessment, Responsibilities responsibilities) {
        Map<String, Responsibilities.IndicatorAgencies> agencies = responsibilities.byIndicator();
        List<RaisedWarning> raised = new ArrayList<>();
        for (IndicatorProgress p : assessment.progress()) {
            for (Warning w : warningRules.evaluate(p.assessment(), p.series())) {
                Responsibilities.IndicatorAgencies who = agencies.get(p.indicator().code());
                raised.add(new RaisedWarning(p, w, who == null ? List.of() : who.leads()));
            }
        }
        return raised;
    }

    /** Gaps for indicators with urban/rural or sex breakdowns, urban minus rural and male minus female. */
    public List<EquityGap> equityGaps(Assessment assessment) {
        List<EquityGap> gaps = new ArrayList<>();
        for (IndicatorProgress p : assessment.progress()) {
            Map<String, ObservationSeries> groups = assessment.breakdowns().getOrDefault(p.indicator().code(), Map.of());
            addGap(gaps, p.indicator(), "RESIDENCE", "URBAN", "RURAL", groups);
            addGap(gaps, p.indicator(), "SEX", "MALE", "FEMALE", groups);
        }
        return gaps;
    }

    private void addGap(List<EquityGap> gaps, IndicatorInfo indicator, String dimension, String a, String b,
                        Map<String, ObservationSeries> groups) {
        if (groups.containsKey(a) && groups.containsKey(b)) {
            gaps.add(new EquityGap(indicator, dimension, a, b, equity.analyse(groups.get(a), groups.get(b))));
        }
    }
}
