package org.childplan.agency.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.agency.config.AgencyConfig;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.Assignment;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.ResponsibilityResolver;
import org.childplan.agency.domain.ResponsibilityResolver.Grant;
import org.childplan.agency.domain.ResponsibilityResolver.Resolution;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.agency.repository.AssignmentRepository;
import org.childplan.platform.error.ResourceNotFoundException;

/**
 * The questions the service answers: the responsibility matrix, who answers for an indicator, and what an agency
 * answers for. They work from stored assignments and the catalogue mapping, fresh or, while indicator-service
 * is unavailable, as stored at the last fetch.
 */
@ApplicationScoped
public class ResponsibilityQueries {

    /** The plan's grid: domains in the plan's order, and per agency its role in each domain where it has one. */
    public record Matrix(String planCode, LocalDate asOf, CatalogueService.Read catalogue,
                         List<PlanCatalogue.DomainRef> domains, List<Row> rows) {
    }

    public record Row(Agency agency, Map<String, Role> roles) {
    }

    /** Who holds one role for an indicator, and at which scope that was decided (null when nobody does). */
    public record Holders(Role role, ScopeType scopeType, String scopeCode, List<Assignment> assignments) {
    }

    public record IndicatorAnswer(String planCode, LocalDate asOf, CatalogueService.Read catalogue,
                                  PlanCatalogue.IndicatorRef indicator, Map<Role, Holders> roles) {
    }

    /** An indicator an agency answers for, with the assignment that gives it each of its roles there. */
    public record IndicatorDuty(PlanCatalogue.IndicatorRef indicator, List<Assignment> via) {
    }

    /**
     * Who answers for one indicator, and, when no assignment makes anyone its data provider, the agency the
     * catalogue names as its data source (resolved by name or alias), so the owed data still has an owner.
     */
    public record IndicatorResponsibilities(PlanCatalogue.IndicatorRef indicator, Map<Role, Holders> roles,
                                            List<Agency> inferredDataProviders) {
    }

    public record PlanResponsibilities(String planCode, LocalDate asOf, CatalogueService.Read catalogue,
                                       List<IndicatorResponsibilities> indicators) {
    }

    public record AgencyAnswer(Agency agency, String planCode, LocalDate asOf, CatalogueService.Read catalogue,
                               List<Assignment> assignments, List<IndicatorDuty> indicators) {
    }

    private final AssignmentRepository assignments;
    private final CatalogueService catalogues;
    private final AgencyService agencies;
    private final ZoneId zone;

    public ResponsibilityQueries(AssignmentRepository assignments, CatalogueService catalogues, AgencyService agencies,
                                 AgencyConfig config) {
        this.assignments = assignments;
        this.catalogues = catalogues;
        this.agencies = agencies;
        this.zone = ZoneId.of(config.zone());
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The date a read is as of: the one asked for, or today. */
    public LocalDate asOf(LocalDate requested) {
        return requested == null ? today() : requested;
    }

    /** When today ends: the moment a read of "today" may have other assignments in force. */
    public long endOfTodayMillis() {
        return today().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public Matrix matrix(String planCode, LocalDate asOf) {
        return matrix(planCode, asOf, catalogues.forReading(planCode));
    }

    /** The matrix made from a catalogue read the caller already has (a prepared read's, see CurrentCatalogues). */
    public Matrix matrix(String planCode, LocalDate asOf, CatalogueService.Read read) {
        LocalDate date = asOf == null ? today() : asOf;
        List<Assignment> inForce = assignments.inForce(planCode, date);
        List<Grant> grants = inForce.stream().map(Assignment::grant).toList();
        Map<String, Agency> byCode = agencies(inForce);
        Map<String, Map<String, Role>> rows = new LinkedHashMap<>();
        for (PlanCatalogue.DomainRef domain : read.catalogue().domains()) {
            ResponsibilityResolver.domainCells(planCode, domain.code(), grants)
                    .forEach((agency, role) -> rows.computeIfAbsent(agency, a -> new LinkedHashMap<>()).put(domain.code(), role));
        }
        List<Row> result = new ArrayList<>();
        rows.forEach((code, roles) -> result.add(new Row(byCode.get(code), roles)));
        return new Matrix(planCode, date, read, read.catalogue().domains(), result);
    }

    public IndicatorAnswer responsibleAgencies(String planCode, String indicatorCode, LocalDate asOf) {
        LocalDate date = asOf == null ? today() : asOf;
        CatalogueService.Read read = catalogues.forReading(planCode);
        PlanCatalogue.IndicatorRef indicator = read.catalogue().indicator(indicatorCode)
                .orElseThrow(() -> new ResourceNotFoundException("Indicator", "指标", indicatorCode));
        List<Assignment> inForce = assignments.inForce(planCode, date);
        Map<String, Assignment> byCode = inForce.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        Map<Role, Holders> roles = new LinkedHashMap<>();
        ResponsibilityResolver.forIndicator(planCode, indicator, inForce.stream().map(Assignment::grant).toList())
                .forEach((role, resolution) -> roles.put(role, holders(resolution, byCode)));
        return new IndicatorAnswer(planCode, date, read, indicator, roles);
    }

    /** Every indicator of the plan with its responsible agencies: one catalogue read and one assignment query. */
    public PlanResponsibilities allIndicators(String planCode, LocalDate asOf) {
        return allIndicators(planCode, asOf, catalogues.forReading(planCode));
    }

    /** Every indicator's responsibilities from a catalogue read the caller already has. */
    public PlanResponsibilities allIndicators(String planCode, LocalDate asOf, CatalogueService.Read read) {
        LocalDate date = asOf == null ? today() : asOf;
        List<Assignment> inForce = assignments.inForce(planCode, date);
        Map<String, Assignment> byCode = inForce.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        List<Grant> grants = inForce.stream().map(Assignment::grant).toList();
        Map<String, java.util.Optional<Agency>> sources = new java.util.HashMap<>();
        List<IndicatorResponsibilities> result = new ArrayList<>();
        for (PlanCatalogue.IndicatorRef indicator : read.catalogue().indicators()) {
            Map<Role, Holders> roles = new LinkedHashMap<>();
            ResponsibilityResolver.forIndicator(planCode, indicator, grants)
                    .forEach((role, resolution) -> roles.put(role, holders(resolution, byCode)));
            List<Agency> inferred = List.of();
            if (roles.get(Role.DATA_PROVIDER).assignments().isEmpty() && indicator.dataSource() != null) {
                inferred = sources.computeIfAbsent(indicator.dataSource(), Agency::findByName).stream()
                        .filter(a -> a.active).toList();
            }
            result.add(new IndicatorResponsibilities(indicator, roles, inferred));
        }
        return new PlanResponsibilities(planCode, date, read, result);
    }

    /** Resolved down to the indicators: every indicator where the agency holds a role once overrides are applied. */
    public AgencyAnswer responsibilities(String agencyCode, String planCode, LocalDate asOf, Role role, String domainCode) {
        Agency agency = agencies.agency(agencyCode);
        LocalDate date = asOf == null ? today() : asOf;
        CatalogueService.Read read = catalogues.forReading(planCode);
        if (domainCode != null && read.catalogue().domain(domainCode).isEmpty()) {
            throw new ResourceNotFoundException("Domain", "领域", domainCode);
        }
        List<Assignment> inForce = assignments.inForce(planCode, date);
        Map<String, Assignment> byCode = inForce.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        List<Grant> grants = inForce.stream().map(Assignment::grant).toList();
        List<IndicatorDuty> duties = new ArrayList<>();
        for (PlanCatalogue.IndicatorRef indicator : read.catalogue().indicators()) {
            if (domainCode != null && !domainCode.equals(indicator.domainCode())) {
                continue;
            }
            List<Assignment> via = new ArrayList<>();
            ResponsibilityResolver.forIndicator(planCode, indicator, grants).forEach((r, resolution) -> {
                if (role == null || role == r) {
                    resolution.grants().stream().filter(g -> g.agencyCode().equals(agency.code)).findFirst()
                            .ifPresent(g -> via.add(byCode.get(g.assignmentCode())));
                }
            });
            if (!via.isEmpty()) {
                duties.add(new IndicatorDuty(indicator, via));
            }
        }
        List<Assignment> own = inForce.stream().filter(a -> a.agency.code.equals(agency.code))
                .filter(a -> role == null || a.role == role)
                .filter(a -> domainCode == null || domainCode.equals(a.domainCode) || a.scopeType == ScopeType.PLAN)
                .toList();
        return new AgencyAnswer(agency, planCode, date, read, own, duties);
    }

    private static Holders holders(Resolution resolution, Map<String, Assignment> byCode) {
        return new Holders(resolution.role(), resolution.scopeType(), resolution.scopeCode(),
                resolution.grants().stream().map(g -> byCode.get(g.assignmentCode())).toList());
    }

    private static Map<String, Agency> agencies(List<Assignment> assignments) {
        Map<String, Agency> byCode = new LinkedHashMap<>();
        assignments.forEach(a -> byCode.putIfAbsent(a.agency.code, a.agency));
        return byCode;
    }
}
