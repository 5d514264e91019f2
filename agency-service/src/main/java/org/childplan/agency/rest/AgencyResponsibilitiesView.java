package org.childplan.agency.rest;

import java.time.LocalDate;
import java.util.List;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.agency.service.ResponsibilityQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyResponsibilities", description = "What one agency answers for in a plan on a date: its assignments, and "
        + "the indicators they resolve to once more specific assignments override them. Not paged: bounded by the plan. 单位职责清单。")
public record AgencyResponsibilitiesView(
        @Schema(examples = "statistics-bureau") String agencyCode,
        @Schema(examples = "市统计局") String nameZh,
        @Schema(examples = "CN-430482-CHILDREN-2021-2025") String planCode,
        LocalDate asOf,
        CatalogueSourceView catalogue,
        @Schema(description = "The agency's own assignments in force") List<AssignmentView> assignments,
        @Schema(description = "Every indicator where it holds a role, in the catalogue's order") List<IndicatorDuty> indicators) {

    @Schema(name = "AgencyIndicatorDuty")
    public record IndicatorDuty(@Schema(examples = "HEALTH-3a") String indicatorCode,
                                @Schema(examples = "HEALTH") String domainCode,
                                @Schema(nullable = true) String goalCode,
                                String nameZh,
                                List<Via> roles) {
    }

    @Schema(name = "AgencyIndicatorRole", description = "A role and the assignment (at which scope) that gives it")
    public record Via(Role role, ScopeType scopeType, String scopeCode, String assignmentCode) {
    }

    static AgencyResponsibilitiesView from(ResponsibilityQueries.AgencyAnswer a) {
        return new AgencyResponsibilitiesView(a.agency().code, a.agency().nameZh, a.planCode(), a.asOf(),
                CatalogueSourceView.from(a.catalogue()),
                a.assignments().stream().map(AssignmentView::from).toList(),
                a.indicators().stream().map(d -> new IndicatorDuty(d.indicator().code(), d.indicator().domainCode(),
                        d.indicator().goalCode(), d.indicator().nameZh(),
                        d.via().stream().map(v -> new Via(v.role, v.scopeType, v.scopeCode, v.code)).toList())).toList());
    }
}
