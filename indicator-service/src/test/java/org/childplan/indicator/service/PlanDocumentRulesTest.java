package org.childplan.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.childplan.indicator.domain.AreaLevel;
import org.childplan.indicator.domain.PlanDocument;
import org.childplan.indicator.domain.ReportingFrequency;
import org.childplan.indicator.domain.TargetType;
import org.childplan.indicator.domain.Unit;
import org.childplan.platform.error.FieldError;
import org.junit.jupiter.api.Test;

/** The rules of a plan document that the JSON Schema can not express. */
class PlanDocumentRulesTest {

    private static final PlanDocument.Header PLAN = new PlanDocument.Header("P", "规划", null, "999999", "测试县", null,
            2021, 2025, 2020, null, null, null);

    private static PlanDocument.IndicatorEntry indicator(String code, Integer goal, Integer measure) {
        return new PlanDocument.IndicatorEntry(code, goal, measure, "指标", null, Unit.PERCENT, TargetType.AT_LEAST,
                BigDecimal.valueOf(90), 2025, null, null, List.of(), null, ReportingFrequency.ANNUAL, null, null, null);
    }

    private static PlanDocument.DomainEntry domain(String code, int ordinal, List<PlanDocument.IndicatorEntry> indicators) {
        return new PlanDocument.DomainEntry(code, ordinal, "领域", null, List.of(), List.of(),
                List.of(new PlanDocument.GoalEntry(1, "目标一", null)),
                List.of(new PlanDocument.MeasureEntry(1, "措施一", null)), indicators);
    }

    private static List<String> fields(PlanDocument doc) {
        return PlanDocumentValidator.ruleErrors(doc).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsAConsistentDocument() {
        var doc = new PlanDocument("1.0", PLAN, List.of(), List.of(domain("HEALTH", 1,
                List.of(indicator("H-1a", 1, null), indicator("H-M1a", null, 1)))));
        assertThat(fields(doc)).isEmpty();
    }

    @Test
    void findsDuplicateCodesAcrossDomains() {
        var doc = new PlanDocument("1.0", PLAN, List.of(), List.of(
                domain("HEALTH", 1, List.of(indicator("X-1", 1, null))),
                domain("HEALTH", 1, List.of(indicator("X-1", 1, null)))));
        assertThat(fields(doc)).containsExactlyInAnyOrder("$.domains[1].code", "$.domains[1].ordinal", "$.domains[1].indicators[0].code");
    }

    @Test
    void findsIndicatorsPointingAtMissingGoalsOrBoth() {
        var doc = new PlanDocument("1.0", PLAN, List.of(), List.of(domain("HEALTH", 1,
                List.of(indicator("A", 7, null), indicator("B", null, 7), indicator("C", 1, 1), indicator("D", null, null)))));
        assertThat(fields(doc)).containsExactly("$.domains[0].indicators[0].goalNumber",
                "$.domains[0].indicators[1].measureNumber", "$.domains[0].indicators[2].goalNumber",
                "$.domains[0].indicators[3].goalNumber");
    }

    @Test
    void placesIndicatorRuleErrorsUnderTheIndicatorsPath() {
        var bad = new PlanDocument.IndicatorEntry("A", 1, null, "指标", null, Unit.PERCENT, TargetType.AT_LEAST,
                BigDecimal.valueOf(101), 2025, null, null, List.of(), null, ReportingFrequency.ANNUAL, null, null, null);
        var doc = new PlanDocument("1.0", PLAN, List.of(), List.of(domain("HEALTH", 1, List.of(bad))));
        assertThat(fields(doc)).containsExactly("$.domains[0].indicators[0].targetValue");
    }

    @Test
    void checksReportingAreas() {
        var doc = new PlanDocument("1.0", PLAN, List.of(
                new PlanDocument.AreaEntry("111111", "别处", null, AreaLevel.JURISDICTION, null),
                new PlanDocument.AreaEntry("T1", "某镇", null, AreaLevel.TOWNSHIP, "NOPE"),
                new PlanDocument.AreaEntry("T1", "某镇", null, AreaLevel.TOWNSHIP, null)),
                List.of(domain("HEALTH", 1, List.of())));
        assertThat(fields(doc)).containsExactlyInAnyOrder("$.reportingAreas[0].code", "$.reportingAreas[2].code",
                "$.reportingAreas[1].parentCode");
    }

    @Test
    void checksThePlanPeriod() {
        var backwards = new PlanDocument.Header("P", "规划", null, "999999", "测试县", null, 2025, 2021, 2026, null, null, null);
        var doc = new PlanDocument("1.0", backwards, List.of(), List.of(domain("HEALTH", 1, List.of())));
        assertThat(fields(doc)).contains("$.plan.periodEnd", "$.plan.baselineYear");
    }
}
