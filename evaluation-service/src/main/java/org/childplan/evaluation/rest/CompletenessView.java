package org.childplan.evaluation.rest;

import java.time.LocalDate;
import java.util.List;
import org.childplan.evaluation.monitoring.CompletenessService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Completeness", description = "Completeness and timeliness of a cycle. 报送完整性与及时性。")
public record CompletenessView(
        String planCode,
        int year,
        LocalDate dueOn,
        @Schema(description = "The day the figures were computed for") LocalDate asOf,
        TallyView total,
        List<TallyView> byAgency,
        List<TallyView> byDomain,
        @Schema(description = "Owed indicators with nothing submitted after the due date") List<OverdueView> overdue) {

    @Schema(name = "CompletenessTally", description = "Counts of owed (agency, indicator) reports.")
    public record TallyView(
            @Schema(description = "Agency or domain code, or TOTAL") String code,
            String nameZh,
            int expected,
            int submitted,
            int accepted,
            @Schema(description = "Submitted by the due date") int onTime,
            @Schema(description = "Submitted after the due date, in a cycle opened by it") int late,
            @Schema(description = "Submitted after the due date of a cycle opened only after it (a past year back-filled):"
                    + " complete, neither on time nor late. onTime + late + backfilled = submitted") int backfilled,
            @Schema(description = "submitted / expected") double completeness) {

        static TallyView from(CompletenessService.Tally t) {
            return new TallyView(t.code(), t.nameZh(), t.expected(), t.submitted(), t.accepted(), t.onTime(), t.late(), t.backfilled(),
                    t.completeness());
        }
    }

    @Schema(name = "OverdueReport")
    public record OverdueView(String agencyCode, String agencyNameZh, String indicatorCode, String domainCode) {
    }

    static CompletenessView from(CompletenessService.Completeness c) {
        return new CompletenessView(c.cycle().planCode, c.cycle().year, c.cycle().dueOn, c.asOf(), TallyView.from(c.total()),
                c.byAgency().stream().map(TallyView::from).toList(),
                c.byDomain().stream().map(TallyView::from).toList(),
                c.overdue().stream().map(o -> new OverdueView(o.agencyCode(), o.agencyNameZh(), o.indicatorCode(), o.domainCode()))
                        .toList());
    }
}
