package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.monitoring.CompletenessService;
import org.childplan.evaluation.monitoring.MonitoringService;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.evaluation.service.Clock;

/** Assembles the annual monitoring report (年度监测报告) of a cycle: completeness, progress by domain, warnings, gaps. */
@ApplicationScoped
public class AnnualReportService {

    private final MonitoringService monitoring;
    private final CompletenessService completeness;
    private final ProgressService progress;
    private final Clock clock;

    public AnnualReportService(MonitoringService monitoring, CompletenessService completeness, ProgressService progress,
                               Clock clock) {
        this.monitoring = monitoring;
        this.completeness = completeness;
        this.progress = progress;
        this.clock = clock;
    }

    public record DomainSection(CatalogueSnapshot.DomainInfo domain, Map<ProgressStatus, Integer> statusCounts,
                                List<ProgressService.IndicatorProgress> indicators) {
    }

    public record AnnualReport(CatalogueSnapshot.PlanInfo plan, MonitoringCycle cycle, OffsetDateTime generatedAt,
                               CompletenessService.Completeness completeness, List<DomainSection> domains,
                               List<ProgressService.RaisedWarning> warnings, List<ProgressService.EquityGap> equityGaps) {
    }

    public AnnualReport report(String planCode, int year) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        ProgressService.Assessment assessment = progress.assess(planCode, year);
        List<DomainSection> domains = assessment.catalogue().domains().stream()
                .map(d -> section(d, assessment.progress().stream()
                        .filter(p -> p.indicator().domainCode().equals(d.code())).toList()))
                .toList();
        return new AnnualReport(assessment.catalogue().plan(), cycle, clock.now(), completeness.completeness(planCode, year),
                domains, progress.warnings(assessment), progress.equityGaps(assessment));
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
