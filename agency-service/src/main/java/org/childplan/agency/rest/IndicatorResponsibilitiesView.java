package org.childplan.agency.rest;

import java.time.LocalDate;
import java.util.List;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.Role;
import org.childplan.agency.service.ResponsibilityQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanIndicatorResponsibilities", description = "Who answers for every indicator of a plan on a date, in one "
        + "response (not paged: this is the bulk read other services use, one request per plan). 全部指标的责任单位。")
public record IndicatorResponsibilitiesView(
        @Schema(examples = "CN-430482-CHILDREN-2021-2025") String planCode,
        LocalDate asOf,
        CatalogueSourceView catalogue,
        List<Item> items) {

    public enum DataProviderBasis {
        /** Assigned as DATA_PROVIDER (the most specific scope wins). */
        ASSIGNMENT,
        /** No assignment: the agency the catalogue names as the indicator's data source. */
        CATALOGUE_DATA_SOURCE,
        /** Nobody: reports then fall to the lead agencies. */
        NONE
    }

    @Schema(name = "IndicatorResponsibilities")
    public record Item(
            @Schema(examples = "HEALTH-9c") String indicatorCode,
            @Schema(examples = "HEALTH") String domainCode,
            @Schema(nullable = true) String goalCode,
            @Schema(examples = "小学生近视率") String nameZh,
            List<AgencyRef> leads,
            List<AgencyRef> responsible,
            List<AgencyRef> dataProviders,
            DataProviderBasis dataProviderBasis) {
    }

    @Schema(name = "IndicatorAgencyRef")
    public record AgencyRef(@Schema(examples = "education-bureau") String code,
                            @Schema(examples = "市教育局") String nameZh,
                            String nameEn) {

        static AgencyRef from(Agency a) {
            return new AgencyRef(a.code, a.nameZh, a.nameEn);
        }
    }

    static IndicatorResponsibilitiesView from(ResponsibilityQueries.PlanResponsibilities r) {
        return new IndicatorResponsibilitiesView(r.planCode(), r.asOf(), CatalogueSourceView.from(r.catalogue()),
                r.indicators().stream().map(IndicatorResponsibilitiesView::item).toList());
    }

    private static Item item(ResponsibilityQueries.IndicatorResponsibilities r) {
        var i = r.indicator();
        List<AgencyRef> assigned = agencies(r, Role.DATA_PROVIDER);
        DataProviderBasis basis = !assigned.isEmpty() ? DataProviderBasis.ASSIGNMENT
                : r.inferredDataProviders().isEmpty() ? DataProviderBasis.NONE : DataProviderBasis.CATALOGUE_DATA_SOURCE;
        List<AgencyRef> providers = basis == DataProviderBasis.CATALOGUE_DATA_SOURCE
                ? r.inferredDataProviders().stream().map(AgencyRef::from).toList() : assigned;
        return new Item(i.code(), i.domainCode(), i.goalCode(), i.nameZh(), agencies(r, Role.LEAD),
                agencies(r, Role.RESPONSIBLE), providers, basis);
    }

    private static List<AgencyRef> agencies(ResponsibilityQueries.IndicatorResponsibilities r, Role role) {
        return r.roles().get(role).assignments().stream().map(a -> a.agency).distinct().map(AgencyRef::from).toList();
    }
}
