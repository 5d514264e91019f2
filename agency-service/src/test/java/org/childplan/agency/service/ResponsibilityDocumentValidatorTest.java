package org.childplan.agency.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childplan.agency.domain.AgencyKind;
import org.childplan.agency.domain.BodyKind;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.ResponsibilityDocument;
import org.childplan.agency.domain.ResponsibilityDocument.AgencyEntry;
import org.childplan.agency.domain.ResponsibilityDocument.AssignmentEntry;
import org.childplan.agency.domain.ResponsibilityDocument.BodyEntry;
import org.childplan.agency.domain.ResponsibilityDocument.DomainEntry;
import org.childplan.agency.domain.ResponsibilityDocument.PlanEntry;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.platform.error.FieldError;
import org.junit.jupiter.api.Test;

/** The document rules beyond the JSON Schema, without Quarkus. */
class ResponsibilityDocumentValidatorTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final PlanCatalogue CATALOGUE = new PlanCatalogue("P", START,
            List.of(new PlanCatalogue.DomainRef("HEALTH", 1, "儿童与健康", null)),
            List.of(new PlanCatalogue.GoalRef("HEALTH-1", "HEALTH", 1)),
            List.of(new PlanCatalogue.IndicatorRef("HEALTH-1a", "HEALTH", "HEALTH-1", "婴儿死亡率", null, null)));

    private static AgencyEntry agency(String code, String nameZh, String... aliases) {
        return new AgencyEntry(code, nameZh, null, List.of(aliases), AgencyKind.GOVERNMENT_BUREAU, true, null, null, null, null, null, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<FieldError> check(ResponsibilityDocument doc, List<ResponsibilityDocumentValidator.StoredAgency> stored) {
        return ResponsibilityDocumentValidator.ruleErrors(doc, stored, Set.of(), Map.of("P", Optional.of(CATALOGUE)));
    }

    @Test
    void resolvesUnitsByNameOrAliasIgnoringSpaces() {
        var doc = new ResponsibilityDocument("1.0", null, List.of(agency("civil", "市民政局", "民政局")), null,
                List.of(new PlanEntry("P", START, List.of(new DomainEntry("HEALTH", List.of("民 政局"), List.of("市民政局"), null)), null)));
        assertThat(check(doc, List.of())).isEmpty();
    }

    @Test
    void reportsUnknownUnitsScopesAndDuplicatesWithTheirPaths() {
        var doc = new ResponsibilityDocument("1.0", null, List.of(agency("civil", "市民政局", "民政局"), agency("civil", "市教育局")), null,
                List.of(new PlanEntry("P", START, List.of(new DomainEntry("SPORTS", List.of("市体育局", "民政局", "市民政局"), null, null)),
                        List.of(new AssignmentEntry("市民政局", ScopeType.INDICATOR, "HEALTH-9z", Role.DATA_PROVIDER, null, null, null),
                                new AssignmentEntry("市民政局", ScopeType.GOAL, "HEALTH-1", Role.LEAD, START, START.minusDays(1), null)))));
        assertThat(fields(check(doc, List.of()))).containsExactlyInAnyOrder(
                "$.agencies[1].code",
                "$.plans[0].domains[0].domainCode",
                "$.plans[0].domains[0].leadUnits[0]",
                "$.plans[0].domains[0].leadUnits[2]",
                "$.plans[0].assignments[0].scopeCode",
                "$.plans[0].assignments[1].validTo");
    }

    @Test
    void aNameMayLeadToOneAgencyOnlyAndStoredAliasesAreKept() {
        var stored = List.of(new ResponsibilityDocumentValidator.StoredAgency("edu", "市教育局", List.of("教育局")));
        var doc = new ResponsibilityDocument("1.0", null, List.of(agency("civil", "市民政局", "教育局"), agency("other", "市教育局")), null, null);
        assertThat(fields(check(doc, stored))).containsExactly("$.agencies[0].aliases[0]", "$.agencies[1].nameZh");
        // a stored agency the document renames gives up its old name, but not its aliases
        var renamed = new ResponsibilityDocument("1.0", null, List.of(agency("edu", "市教育体育局"), agency("other", "市教育局")), null, null);
        assertThat(check(renamed, stored)).isEmpty();
    }

    @Test
    void checksTheReferencesBetweenBodies() {
        var doc = new ResponsibilityDocument("1.0", null, List.of(agency("stats", "市统计局", "统计部门")),
                List.of(new BodyEntry("a", "甲", null, null, BodyKind.WORKING_GROUP, "b", "统计部门", "b", null, List.of("统计部门", "市统计局"),
                                List.of("a"), false, null, null, null),
                        new BodyEntry("b", "乙", null, null, BodyKind.LEADING_GROUP, "a", null, null, "妇联", List.of(), List.of(), true, null, null, null)),
                null);
        assertThat(fields(check(doc, List.of()))).containsExactlyInAnyOrder(
                "$.governanceBodies[0].parentCode", "$.governanceBodies[0].leadBodyCode", "$.governanceBodies[0].memberUnits[1]",
                "$.governanceBodies[0].memberBodyCodes[0]", "$.governanceBodies[1].parentCode", "$.governanceBodies[1].housedAtUnit");
    }

    @Test
    void aPlanMissingFromTheCatalogueIsReportedSoTheSeederCanWaitForIt() {
        var doc = new ResponsibilityDocument("1.0", null, List.of(), null, List.of(new PlanEntry("Q", START, null, null)));
        List<FieldError> errors = ResponsibilityDocumentValidator.ruleErrors(doc, List.of(), Set.of(), Map.of("Q", Optional.empty()));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("$.plans[0].planCode");
            assertThat(e.message()).startsWith(ResponsibilityDocumentValidator.PLAN_NOT_IN_CATALOGUE);
        });
    }
}
