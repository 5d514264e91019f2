package org.childplan.agency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childplan.agency.domain.ResponsibilityResolver.Grant;
import org.childplan.agency.domain.ResponsibilityResolver.Resolution;
import org.junit.jupiter.api.Test;

class ResponsibilityResolverTest {

    private static final String PLAN = "P";
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final PlanCatalogue.IndicatorRef FROM_GOAL = new PlanCatalogue.IndicatorRef("HEALTH-1a", "HEALTH", "HEALTH-1", "婴儿死亡率", null, null);
    private static final PlanCatalogue.IndicatorRef FROM_MEASURE = new PlanCatalogue.IndicatorRef("HEALTH-M1a", "HEALTH", null, "儿科医生数", null, null);

    private static Grant grant(String agency, ScopeType type, String scope, Role role, Integer position) {
        return new Grant(scope + "." + role + "." + agency, agency, type, scope, type == ScopeType.PLAN ? null : "HEALTH", role,
                START, null, position);
    }

    @Test
    void domainAssignmentsApplyToEveryIndicatorOfTheDomain() {
        List<Grant> grants = List.of(grant("health", ScopeType.DOMAIN, "HEALTH", Role.LEAD, 0),
                grant("finance", ScopeType.DOMAIN, "HEALTH", Role.RESPONSIBLE, 1),
                grant("culture", ScopeType.DOMAIN, "HEALTH", Role.RESPONSIBLE, 0));
        Map<Role, Resolution> r = ResponsibilityResolver.forIndicator(PLAN, FROM_GOAL, grants);
        assertThat(r.get(Role.LEAD).agencyCodes()).containsExactly("health");
        assertThat(r.get(Role.LEAD).scopeType()).isEqualTo(ScopeType.DOMAIN);
        assertThat(r.get(Role.RESPONSIBLE).agencyCodes()).as("in the header's order").containsExactly("culture", "finance");
        assertThat(r.get(Role.DATA_PROVIDER).agencyCodes()).isEmpty();
        assertThat(r.get(Role.DATA_PROVIDER).scopeType()).isNull();
    }

    @Test
    void anIndicatorLevelAssignmentOverridesTheDomainForThatRoleOnly() {
        List<Grant> grants = List.of(grant("health", ScopeType.DOMAIN, "HEALTH", Role.LEAD, 0),
                grant("finance", ScopeType.DOMAIN, "HEALTH", Role.RESPONSIBLE, 0),
                grant("stats", ScopeType.INDICATOR, "HEALTH-1a", Role.LEAD, null));
        Map<Role, Resolution> r = ResponsibilityResolver.forIndicator(PLAN, FROM_GOAL, grants);
        assertThat(r.get(Role.LEAD).agencyCodes()).containsExactly("stats");
        assertThat(r.get(Role.LEAD).scopeType()).isEqualTo(ScopeType.INDICATOR);
        assertThat(r.get(Role.RESPONSIBLE).agencyCodes()).containsExactly("finance");
        Map<Role, Resolution> other = ResponsibilityResolver.forIndicator(PLAN, FROM_MEASURE, grants);
        assertThat(other.get(Role.LEAD).agencyCodes()).containsExactly("health");
    }

    @Test
    void aGoalAssignmentCoversTheGoalsIndicatorsButNotThoseOfStrategyMeasures() {
        List<Grant> grants = List.of(grant("health", ScopeType.DOMAIN, "HEALTH", Role.DATA_PROVIDER, 0),
                grant("stats", ScopeType.GOAL, "HEALTH-1", Role.DATA_PROVIDER, null));
        assertThat(ResponsibilityResolver.forIndicator(PLAN, FROM_GOAL, grants).get(Role.DATA_PROVIDER).agencyCodes())
                .containsExactly("stats");
        assertThat(ResponsibilityResolver.forIndicator(PLAN, FROM_MEASURE, grants).get(Role.DATA_PROVIDER).agencyCodes())
                .containsExactly("health");
    }

    @Test
    void planAssignmentsApplyWhereNothingMoreSpecificExists() {
        List<Grant> grants = List.of(grant("stats", ScopeType.PLAN, PLAN, Role.DATA_PROVIDER, null),
                grant("health", ScopeType.DOMAIN, "HEALTH", Role.LEAD, 0));
        Map<Role, Resolution> r = ResponsibilityResolver.forIndicator(PLAN, FROM_GOAL, grants);
        assertThat(r.get(Role.DATA_PROVIDER).agencyCodes()).containsExactly("stats");
        assertThat(r.get(Role.DATA_PROVIDER).scopeType()).isEqualTo(ScopeType.PLAN);
        assertThat(ResponsibilityResolver.forDomain(PLAN, "LAW", grants).get(Role.DATA_PROVIDER).agencyCodes()).containsExactly("stats");
        assertThat(ResponsibilityResolver.forDomain(PLAN, "LAW", grants).get(Role.LEAD).agencyCodes()).isEmpty();
    }

    @Test
    void onlyAssignmentsInForceOnTheDateCount() {
        Grant ended = new Grant("a", "old", ScopeType.INDICATOR, "HEALTH-1a", "HEALTH", Role.LEAD, START, LocalDate.of(2022, 12, 31), null);
        Grant later = new Grant("b", "new", ScopeType.INDICATOR, "HEALTH-1a", "HEALTH", Role.LEAD, LocalDate.of(2023, 1, 1), null, null);
        Grant domain = grant("health", ScopeType.DOMAIN, "HEALTH", Role.LEAD, 0);
        List<Grant> all = List.of(ended, later, domain);
        assertThat(lead(all, LocalDate.of(2022, 12, 31))).containsExactly("old");
        assertThat(lead(all, LocalDate.of(2023, 1, 1))).containsExactly("new");
        assertThat(lead(List.of(ended, domain), LocalDate.of(2023, 1, 1))).containsExactly("health");
        assertThat(lead(all, LocalDate.of(2020, 12, 31))).isEmpty();
    }

    private static List<String> lead(List<Grant> grants, LocalDate asOf) {
        return ResponsibilityResolver.forIndicator(PLAN, FROM_GOAL, ResponsibilityResolver.inForce(grants, asOf)).get(Role.LEAD).agencyCodes();
    }

    @Test
    void aMatrixCellHoldsTheStrongestRole() {
        List<Grant> grants = List.of(grant("health", ScopeType.DOMAIN, "HEALTH", Role.RESPONSIBLE, 0),
                grant("health", ScopeType.DOMAIN, "HEALTH", Role.DATA_PROVIDER, 0),
                grant("stats", ScopeType.DOMAIN, "HEALTH", Role.DATA_PROVIDER, 1),
                grant("edu", ScopeType.DOMAIN, "HEALTH", Role.LEAD, 0),
                grant("edu", ScopeType.INDICATOR, "HEALTH-1a", Role.RESPONSIBLE, 0));
        assertThat(ResponsibilityResolver.domainCells(PLAN, "HEALTH", grants))
                .containsExactly(Map.entry("edu", Role.LEAD), Map.entry("health", Role.RESPONSIBLE), Map.entry("stats", Role.DATA_PROVIDER));
    }
}
