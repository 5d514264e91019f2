package org.childplan.indicator.rest;

import java.time.LocalDate;
import java.util.List;
import org.childplan.indicator.service.Catalogue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Catalogue", description = "A whole plan's catalogue as in force on one date, in one response. 规划指标目录（整体）。")
public record CatalogueView(
        PlanView plan,
        @Schema(description = "The date the indicator versions are in force on") LocalDate asOf,
        List<DomainView> domains,
        List<GoalView> goals,
        List<MeasureView> measures,
        List<IndicatorView> indicators,
        List<ReportingAreaView> reportingAreas,
        @Schema(description = "The units the indicators use, with their ranges") List<UnitView> units,
        @Schema(description = "The disaggregation dimensions and their values") List<DimensionResource.DimensionView> dimensions) {

    static CatalogueView from(Catalogue c) {
        return new CatalogueView(PlanView.from(c.plan()), c.asOf(),
                c.domains().stream().map(DomainView::from).toList(),
                c.goals().stream().map(GoalView::from).toList(),
                c.measures().stream().map(MeasureView::from).toList(),
                c.indicators().stream().map(IndicatorView::from).toList(),
                c.areas().stream().map(ReportingAreaView::from).toList(),
                java.util.Arrays.stream(org.childplan.indicator.domain.Unit.values()).map(UnitView::from).toList(),
                DimensionResource.all());
    }
}
