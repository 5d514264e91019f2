package org.childplan.evaluation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.report.AnnualReportService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnualMonitoringReport", description = "The annual monitoring report of a cycle. 年度监测报告。")
public record AnnualReportView(
        String planCode,
        String planTitleZh,
        String planTitleEn,
        String jurisdictionZh,
        int year,
        CycleStatus cycleStatus,
        LocalDate dueOn,
        OffsetDateTime generatedAt,
        CompletenessView completeness,
        List<DomainProgressView> domains,
        List<WarningView> warnings,
        List<EquityGapView> equityGaps) {

    @Schema(name = "DomainProgress", description = "A domain's indicators with a count per progress status.")
    public record DomainProgressView(String code, String nameZh, String nameEn, Map<ProgressStatus, Integer> statusCounts,
                                     List<ProgressEntryView> indicators) {
    }

    static AnnualReportView from(AnnualReportService.AnnualReport r) {
        return new AnnualReportView(r.plan().code(), r.plan().titleZh(), r.plan().titleEn(), r.plan().jurisdictionZh(),
                r.cycle().year, r.cycle().status, r.cycle().dueOn, r.generatedAt(),
                CompletenessView.from(r.completeness()),
                r.domains().stream().map(d -> new DomainProgressView(d.domain().code(), d.domain().nameZh(), d.domain().nameEn(),
                        d.statusCounts(), d.indicators().stream().map(ProgressEntryView::from).toList())).toList(),
                r.warnings().stream().map(WarningView::from).toList(),
                r.equityGaps().stream().map(EquityGapView::from).toList());
    }
}
