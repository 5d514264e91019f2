package org.childplan.evaluation.domain.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.Responsibilities.AgencyRef;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.domain.TestCatalogues;
import org.childplan.evaluation.domain.progress.ProgressStatus;

/**
 * A small plan's scorecard facts for 2023, computed on 1 February 2024: the health bureau leads three indicators and
 * reported in 2022 (one on the due day late in the evening, one just after midnight) and owes 2023, not yet due; the
 * statistics bureau owed one 2022 indicator and sent nothing; the justice bureau leads a qualitative goal and sent its
 * self-assessment in time after one return; the women's federation is only responsible for one.
 */
public final class ScorecardFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2024, 2, 1);

    static final AgencyRef HEALTH = new AgencyRef("health-bureau", "市卫生健康局", "Municipal Health Bureau");
    static final AgencyRef STATISTICS = new AgencyRef("statistics-bureau", "市统计局", null);
    static final AgencyRef JUSTICE = new AgencyRef("justice-bureau", "市司法局", null);
    static final AgencyRef WOMEN = new AgencyRef("womens-federation", "市妇联", null);

    private ScorecardFixtures() {
    }

    public static ScorecardFacts facts() {
        CatalogueSnapshot small = TestCatalogues.small();
        CatalogueSnapshot catalogue = new CatalogueSnapshot(small.plan(), small.asOf(), small.domains(), List.of(
                new CatalogueSnapshot.GoalInfo("HEALTH-2", "HEALTH", 2, "开展儿童健康管理服务。", null),
                new CatalogueSnapshot.GoalInfo("HEALTH-3", "HEALTH", 3, "降低婴儿和5岁以下儿童死亡率。", null),
                new CatalogueSnapshot.GoalInfo("LAW-1", "LAW", 1, "完善保护儿童的法规体系。", null)),
                small.indicators(), small.reportingAreas(), small.units(), small.dimensions());
        Responsibilities responsibilities = new Responsibilities("TEST-PLAN", List.of(
                new Responsibilities.IndicatorAgencies("HEALTH-3c", "HEALTH", List.of(HEALTH), List.of(), List.of(HEALTH)),
                new Responsibilities.IndicatorAgencies("HEALTH-2a", "HEALTH", List.of(HEALTH), List.of(), List.of(STATISTICS)),
                new Responsibilities.IndicatorAgencies("HEALTH-M3a", "HEALTH", List.of(HEALTH), List.of(), List.of()),
                new Responsibilities.IndicatorAgencies("LAW-1a", "LAW", List.of(JUSTICE), List.of(WOMEN), List.of())));
        Map<String, ProgressStatus> statuses = Map.of("HEALTH-3c", ProgressStatus.TARGET_ACHIEVED,
                "HEALTH-2a", ProgressStatus.LIMITED_PROGRESS, "HEALTH-M3a", ProgressStatus.SUBSTANTIAL_PROGRESS,
                "LAW-1a", ProgressStatus.NOT_ASSESSED);
        ScorecardFacts.Cycle y2022 = new ScorecardFacts.Cycle(2022, LocalDate.of(2023, 3, 31), LocalDate.of(2023, 1, 15), CycleStatus.CLOSED, List.of(
                new ScorecardFacts.Owed("health-bureau", "市卫生健康局", "HEALTH-3c", "HEALTH"),
                new ScorecardFacts.Owed("health-bureau", "市卫生健康局", "HEALTH-M3a", "HEALTH"),
                new ScorecardFacts.Owed("statistics-bureau", "市统计局", "HEALTH-2a", "HEALTH")), Map.of(
                // 15:30 UTC is 23:30 on the due day in Changning: on time
                ScorecardFacts.Cycle.key("health-bureau", "HEALTH-3c"),
                new ScorecardFacts.Reached(OffsetDateTime.parse("2023-03-31T15:30:00Z"), true),
                // 16:30 UTC is half past midnight on 1 April in Changning: late
                ScorecardFacts.Cycle.key("health-bureau", "HEALTH-M3a"),
                new ScorecardFacts.Reached(OffsetDateTime.parse("2023-03-31T16:30:00Z"), false)));
        ScorecardFacts.Cycle y2023 = new ScorecardFacts.Cycle(2023, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 1, 15), CycleStatus.OPEN, List.of(
                new ScorecardFacts.Owed("health-bureau", "市卫生健康局", "HEALTH-3c", "HEALTH")), Map.of());
        List<ScorecardFacts.Return> returns = List.of(new ScorecardFacts.Return("health-bureau", 2022, "2022-health-bureau-1",
                SubmissionStatus.ACCEPTED, OffsetDateTime.parse("2023-03-20T02:00:00Z"), "分城乡数据口径不符"));
        List<ScorecardFacts.Correction> corrections = List.of(new ScorecardFacts.Correction("health-bureau", 2022,
                "2022-health-bureau-1", "HEALTH-3c", "999999", "TOTAL", "TOTAL", "TOTAL", 2, new BigDecimal("5.1"),
                new BigDecimal("5.0"), OffsetDateTime.parse("2023-06-01T02:00:00Z"), "卫生健康统计年报终审数据修订"));
        List<ScorecardFacts.SelfAssessment> selfAssessments = List.of(
                new ScorecardFacts.SelfAssessment("justice-bureau", "市司法局", "MIDTERM-2023", EvaluationType.MIDTERM, 2023,
                        LocalDate.of(2024, 1, 31), SelfAssessmentStatus.SUBMITTED, OffsetDateTime.parse("2024-01-20T02:00:00Z"),
                        OffsetDateTime.parse("2024-01-15T02:00:00Z"), "请补充佐证材料"),
                new ScorecardFacts.SelfAssessment("health-bureau", "市卫生健康局", "MIDTERM-2023", EvaluationType.MIDTERM, 2023,
                        LocalDate.of(2024, 1, 31), SelfAssessmentStatus.DRAFT, null, null, null));
        return new ScorecardFacts("TEST-PLAN", 2023, TODAY, ZONE, catalogue, responsibilities, statuses, List.of(y2023, y2022),
                returns, corrections, selfAssessments);
    }
}
