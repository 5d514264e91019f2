package org.childplan.agency.rest;

import java.time.LocalDate;
import java.util.List;
import org.childplan.agency.domain.Assignment;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.agency.service.ResponsibilityQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponsibleAgencies", description = "Who answers for one indicator on a date: for each role, the agencies of the most "
        + "specific scope that has any (indicator, then goal, then domain, then plan). 指标责任单位。")
public record ResponsibleAgenciesView(
        @Schema(examples = "CN-430482-CHILDREN-2021-2025") String planCode,
        @Schema(examples = "HEALTH-3a") String indicatorCode,
        @Schema(examples = "HEALTH") String domainCode,
        @Schema(nullable = true, description = "Absent when the indicator comes from a strategy measure", examples = "HEALTH-3") String goalCode,
        @Schema(examples = "新生儿死亡率") String nameZh,
        @Schema(nullable = true) String nameEn,
        LocalDate asOf,
        CatalogueSourceView catalogue,
        Holders lead,
        Holders responsible,
        Holders dataProviders) {

    @Schema(name = "ResponsibleAgenciesRole", description = "The holders of one role; scopeType says which level decided it (null: nobody)")
    public record Holders(@Schema(nullable = true) ScopeType scopeType, @Schema(nullable = true) String scopeCode,
                          List<Holder> agencies) {
    }

    @Schema(name = "ResponsibleAgency")
    public record Holder(@Schema(examples = "health-bureau") String agencyCode,
                         @Schema(examples = "市卫生健康局") String nameZh,
                         String nameEn,
                         boolean active,
                         String assignmentCode,
                         @Schema(nullable = true, description = "The unit as the source wrote it") String sourceNameZh) {

        static Holder from(Assignment a) {
            return new Holder(a.agency.code, a.agency.nameZh, a.agency.nameEn, a.agency.active, a.code, a.sourceNameZh);
        }
    }

    static ResponsibleAgenciesView from(ResponsibilityQueries.IndicatorAnswer answer) {
        var i = answer.indicator();
        return new ResponsibleAgenciesView(answer.planCode(), i.code(), i.domainCode(), i.goalCode(), i.nameZh(), i.nameEn(),
                answer.asOf(), CatalogueSourceView.from(answer.catalogue()),
                holders(answer, Role.LEAD), holders(answer, Role.RESPONSIBLE), holders(answer, Role.DATA_PROVIDER));
    }

    private static Holders holders(ResponsibilityQueries.IndicatorAnswer answer, Role role) {
        ResponsibilityQueries.Holders h = answer.roles().get(role);
        return new Holders(h.scopeType(), h.scopeCode(), h.assignments().stream().map(Holder::from).toList());
    }
}
