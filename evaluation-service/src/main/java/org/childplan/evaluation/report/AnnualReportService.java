package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.evaluation.peer.PeerData;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.scorecard.Scorecard;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.monitoring.CompletenessService;
import org.childplan.evaluation.monitoring.MonitoringService;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.evaluation.monitoring.ScorecardService;
import org.childplan.evaluation.service.Clock;

/** Assembles the annual monitoring report (年度监测报告) of a cycle: completeness, progress by domain, warnings, gaps. */
@ApplicationScoped
public class AnnualReportService {

    private final MonitoringService monitoring;
    private final CompletenessService completeness;
    private final ProgressService progress;
    private final Clock clock;
    private final PeerData peers;
    private final EvaluationConfig config;
    private final ScorecardService scorecards;

    public AnnualReportService(MonitoringService monitoring, CompletenessService completeness, ProgressService progress,
                               Clock clock, PeerData peers, EvaluationConfig config, ScorecardService scorecards) {
        this.scorecards = scorecards;
        this.peers = peers;
        this.config = config;
        this.monitoring = monitoring;
        this.completeness = completeness;
        this.progress = progress;
        this.clock = clock;
    }

    public record DomainSection(CatalogueSnapshot.DomainInfo domain, Map<ProgressStatus, Integer> statusCounts,
                                List<ProgressService.IndicatorProgress> indicators) {
    }

    /**
     * The annual report; {@code body} is what it shares with the evaluation report (rows, words, units, the issuing
     * body), so both are written, drawn and tabulated by the same code.
     */
    public record AnnualReport(CatalogueSnapshot.PlanInfo plan, MonitoringCycle cycle, OffsetDateTime generatedAt,
                               CompletenessService.Completeness completeness, List<DomainSection> domains,
                               List<ProgressService.RaisedWarning> warnings, List<ProgressService.EquityGap> equityGaps,
                               Body body, List<Scorecard> scorecards) {
    }

    /** The annual report's content in the evaluation report's terms. */
    public record Body(String issuerZh, String issuerEn, List<UnitWriting> units, List<EvaluationReport.DomainSummary> summary,
                       List<EvaluationReport.DomainNarrative> narratives, List<EvaluationReport.IndicatorRow> indicators,
                       List<EvaluationReport.WarningRow> warnings, List<EvaluationReport.GapRow> equityGaps) {
    }

    public AnnualReport report(String planCode, int year) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        ProgressService.Assessment assessment = progress.assess(planCode, year);
        List<DomainSection> domains = assessment.catalogue().domains().stream()
                .map(d -> section(d, assessment.progress().stream()
                        .filter(p -> p.indicator().domainCode().equals(d.code())).toList()))
                .toList();
        Responsibilities responsibilities = peers.responsibilitiesForYear(assessment.catalogue().plan(), year);
        List<ProgressService.RaisedWarning> warnings = progress.warnings(assessment, responsibilities);
        List<ProgressService.EquityGap> gaps = progress.equityGaps(assessment);
        return new AnnualReport(assessment.catalogue().plan(), cycle, clock.now(), completeness.completeness(planCode, year),
                domains, warnings, gaps, body(assessment, warnings, gaps,
                        Issuer.of(peers.governanceBodies(), config.annualReportIssuer()).orElse(null)),
                withAPart(scorecards.scorecards(assessment, responsibilities)));
    }

    static Body body(ProgressService.Assessment assessment, List<ProgressService.RaisedWarning> warnings,
                     List<ProgressService.EquityGap> gaps, Issuer issuer) {
        List<UnitWriting> units = ReportAssembler.units(assessment.catalogue());
        List<EvaluationReport.IndicatorRow> rows = ReportAssembler.written(ReportAssembler.indicatorRows(assessment), units,
                assessment.catalogue());
        List<EvaluationReport.DomainSummary> summary = assessment.catalogue().domains().stream()
                .map(d -> ReportAssembler.summary(d, rows, List.of())).toList();
        List<EvaluationReport.WarningRow> warningRows = ReportAssembler.warningRows(warnings).stream()
                .map(EvaluationReport.WarningRow::labelled).toList();
        List<EvaluationReport.GapRow> gapRows = ReportAssembler.gapRows(gaps).stream().map(EvaluationReport.GapRow::labelled).toList();
        // drafted only: nobody rewrites an annual report, which is generated afresh on every read
        List<EvaluationReport.DomainNarrative> narratives = Narrative.forAnnualReport(assessment.catalogue(),
                assessment.year(), units, summary, rows, warningRows, gapRows);
        return new Body(issuer == null ? null : issuer.nameZh(), issuer == null ? null : issuer.nameEn(), units, summary,
                narratives, rows, warningRows, gapRows);
    }

    /** The printed report lists agencies with a part in the year: a led indicator, an owed report or a self-assessment. */
    static List<Scorecard> withAPart(List<Scorecard> cards) {
        return cards.stream().filter(c -> c.leadership().indicators() > 0 || c.reporting().total().expected() > 0
                || c.selfAssessments().owed() > 0).toList();
    }

    static DomainSection section(CatalogueSnapshot.DomainInfo domain, List<ProgressService.IndicatorProgress> indicators) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.put(s, 0);
        }
        indicators.forEach(p -> counts.merge(p.assessment().status(), 1, Integer::sum));
        return new DomainSection(domain, counts, indicators);
    }
}
