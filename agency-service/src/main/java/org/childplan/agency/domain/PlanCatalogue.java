package org.childplan.agency.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The part of a plan's catalogue this service needs: its domains, its goals and which goal and domain each
 * indicator belongs to. Taken from indicator-service, and stored so questions can be answered while it is down.
 */
public record PlanCatalogue(String planCode, LocalDate asOf, List<DomainRef> domains, List<GoalRef> goals,
                            List<IndicatorRef> indicators) {

    public PlanCatalogue {
        domains = domains == null ? List.of() : List.copyOf(domains);
        goals = goals == null ? List.of() : List.copyOf(goals);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public record DomainRef(String code, int ordinal, String nameZh, String nameEn) {
    }

    public record GoalRef(String code, String domainCode, int number) {
    }

    /**
     * {@code goalCode} is null when the indicator comes from a strategy measure rather than a goal; {@code dataSource}
     * is the catalogue's name of the unit that produces the data (null when it names none).
     */
    public record IndicatorRef(String code, String domainCode, String goalCode, String nameZh, String nameEn,
                               String dataSource) {
    }

    public Optional<DomainRef> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<GoalRef> goal(String code) {
        return goals.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public Optional<IndicatorRef> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The domain a scope lies in: null for the plan; empty when the scope names nothing in this catalogue. */
    public Optional<String> domainOf(ScopeType type, String code) {
        return switch (type) {
            case PLAN -> planCode.equals(code) ? Optional.of("") : Optional.empty();
            case DOMAIN -> domain(code).map(DomainRef::code);
            case GOAL -> goal(code).map(GoalRef::domainCode);
            case INDICATOR -> indicator(code).map(IndicatorRef::domainCode);
        };
    }
}
