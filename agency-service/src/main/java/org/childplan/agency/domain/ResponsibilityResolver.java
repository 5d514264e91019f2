package org.childplan.agency.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides who answers for an indicator or a domain from the assignments in force.
 * For each role separately, the most specific scope that has any assignment in force wins
 * (indicator, then goal, then domain, then plan): an indicator-level lead replaces the domain's leads for that
 * indicator, but leaves its responsible units alone unless responsible units are also assigned there.
 * Pure, so every branch is unit-tested without Quarkus.
 */
public final class ResponsibilityResolver {

    private ResponsibilityResolver() {
    }

    /** An assignment as the resolver sees it. */
    public record Grant(String assignmentCode, String agencyCode, ScopeType scopeType, String scopeCode,
                        String domainCode, Role role, LocalDate validFrom, LocalDate validTo, Integer position) {

        public boolean inForceOn(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
        }
    }

    /** Who holds one role, and at which scope that was decided; {@code scopeType} is null when nobody does. */
    public record Resolution(Role role, ScopeType scopeType, String scopeCode, List<Grant> grants) {

        public List<String> agencyCodes() {
            return grants.stream().map(Grant::agencyCode).distinct().toList();
        }
    }

    /** In the order the source lists them, then by agency code. */
    static final Comparator<Grant> SOURCE_ORDER = Comparator
            .comparing(Grant::position, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Grant::agencyCode);

    public static List<Grant> inForce(List<Grant> grants, LocalDate asOf) {
        return grants.stream().filter(g -> g.inForceOn(asOf)).toList();
    }

    /** Who holds each role for an indicator, from grants already filtered to those in force. */
    public static Map<Role, Resolution> forIndicator(String planCode, PlanCatalogue.IndicatorRef indicator,
                                                     List<Grant> inForce) {
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(ScopeType.INDICATOR, indicator.code()));
        if (indicator.goalCode() != null) {
            levels.add(new Level(ScopeType.GOAL, indicator.goalCode()));
        }
        levels.add(new Level(ScopeType.DOMAIN, indicator.domainCode()));
        levels.add(new Level(ScopeType.PLAN, planCode));
        return resolve(levels, inForce);
    }

    /** Who holds each role for a whole domain: the domain's own assignments, else the plan's. */
    public static Map<Role, Resolution> forDomain(String planCode, String domainCode, List<Grant> inForce) {
        return resolve(List.of(new Level(ScopeType.DOMAIN, domainCode), new Level(ScopeType.PLAN, planCode)), inForce);
    }

    /**
     * The matrix cell of each agency in a domain: its strongest role there (LEAD before RESPONSIBLE before
     * DATA_PROVIDER), in the order the source lists the agencies.
     */
    public static Map<String, Role> domainCells(String planCode, String domainCode, List<Grant> inForce) {
        Map<String, Role> cells = new LinkedHashMap<>();
        forDomain(planCode, domainCode, inForce).values()
                .forEach(resolution -> resolution.agencyCodes().forEach(code -> cells.putIfAbsent(code, resolution.role())));
        return cells;
    }

    private record Level(ScopeType type, String code) {
    }

    private static Map<Role, Resolution> resolve(List<Level> levels, List<Grant> inForce) {
        Map<Role, Resolution> result = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Resolution resolution = new Resolution(role, null, null, List.of());
            for (Level level : levels) {
                List<Grant> matching = inForce.stream()
                        .filter(g -> g.role() == role && g.scopeType() == level.type() && Objects.equals(g.scopeCode(), level.code()))
                        .sorted(SOURCE_ORDER)
                        .toList();
                if (!matching.isEmpty()) {
                    resolution = new Resolution(role, level.type(), level.code(), matching);
                    break;
                }
            }
            result.put(role, resolution);
        }
        return result;
    }
}
