package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.ExpectedReport;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.service.Clock;
import org.childplan.evaluation.webhook.WebhookService;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.CurrentUser;

/** Opens and closes annual monitoring cycles, and works out which agency owes which indicator. */
@ApplicationScoped
public class MonitoringService {

    private final PeerData peers;
    private final CurrentUser actor;
    private final Clock clock;
    private final WebhookService webhooks;

    public MonitoringService(PeerData peers, CurrentUser actor, Clock clock, WebhookService webhooks) {
        this.peers = peers;
        this.actor = actor;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    public List<MonitoringCycle> cycles(String planCode) {
        return MonitoringCycle.list("planCode = ?1 order by year", planCode);
    }

    public MonitoringCycle cycle(String planCode, int year) {
        return MonitoringCycle.find(planCode, year).orElseThrow(() -> new ResourceNotFoundException(
                "Monitoring cycle " + year + " of plan " + planCode + " does not exist",
                "规划" + planCode + "的" + year + "年度监测周期不存在"));
    }

    /**
     * Opens the year's cycle and records the reports it expects: for every indicator reported annually, its data
     * providers (or, without any, its lead agencies) as the matrix assigns them.
     */
    @Transactional
    public MonitoringCycle open(String planCode, int year, LocalDate opensOn, LocalDate dueOn) {
        CatalogueSnapshot catalogue = peers.catalogueForYear(planCode, year);
        CatalogueSnapshot.PlanInfo plan = catalogue.plan();
        int firstYear = plan.baselineYear() == null ? plan.periodStart() : Math.min(plan.baselineYear(), plan.periodStart());
        if (year < firstYear || year > plan.periodEnd()) {
            throw InputValidationException.single("year", "must lie between " + firstYear + " and " + plan.periodEnd(),
                    "年份必须在" + firstYear + "至" + plan.periodEnd() + "年之间");
        }
        if (dueOn.isBefore(opensOn)) {
            throw InputValidationException.single("dueOn", "must not be before opensOn", "截止日期不能早于开始日期");
        }
        if (MonitoringCycle.find(planCode, year).isPresent()) {
            throw ConflictException.duplicate("Monitoring cycle", "监测周期", planCode + "/" + year);
        }
        Responsibilities responsibilities = peers.responsibilitiesForYear(plan, year);
        MonitoringCycle cycle = new MonitoringCycle();
        List<ExpectedReport> expected = expectedReports(cycle, catalogue, responsibilities);
        if (expected.isEmpty()) {
            // a cycle expects its reports once, when it opens: opened before the matrix is filled, it would stay empty
            throw new ConflictException("No agency reports any annual indicator of plan " + planCode + " for " + year
                    + " in the responsibility matrix (agency-service); assign data providers or lead agencies first",
                    "职责分工（agency-service）中没有任何单位负责报送规划" + planCode + "在" + year + "年度的年度指标，请先分配数据报送或牵头单位");
        }
        cycle.planCode = planCode;
        cycle.year = year;
        cycle.status = CycleStatus.OPEN;
        cycle.opensOn = opensOn;
        cycle.dueOn = dueOn;
        cycle.openedAt = clock.now();
        cycle.openedBy = actor.name();
        cycle.persist();
        expected.forEach(report -> report.persist());
        return cycle;
    }

    /** Pure derivation, kept separate so its rule is visible: annual quantitative indicators × their reporters. */
    static List<ExpectedReport> expectedReports(MonitoringCycle cycle, CatalogueSnapshot catalogue,
                                                Responsibilities responsibilities) {
        Map<String, Responsibilities.IndicatorAgencies> byIndicator = responsibilities.byIndicator();
        List<ExpectedReport> expected = new ArrayList<>();
        for (CatalogueSnapshot.IndicatorInfo indicator : catalogue.indicators()) {
            if (indicator.qualitative() || !indicator.annual()) {
                continue;
            }
            Responsibilities.IndicatorAgencies agencies = byIndicator.get(indicator.code());
            if (agencies == null) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Responsibilities.AgencyRef agency : agencies.reporters()) {
                if (seen.add(agency.code())) {
                    ExpectedReport report = new ExpectedReport();
                    report.cycle = cycle;
                    report.agencyCode = agency.code();
                    report.agencyNameZh = agency.nameZh();
                    report.indicatorCode = indicator.code();
                    report.domainCode = indicator.domainCode();
                    expected.add(report);
                }
            }
        }
        return expected;
    }

    public List<ExpectedReport> expected(MonitoringCycle cycle) {
        return ExpectedReport.list("cycle = ?1 order by agencyCode, indicatorCode", cycle);
    }

    public long expectedCount(MonitoringCycle cycle) {
        return ExpectedReport.count("cycle", cycle);
    }

    /** Closing locks the cycle's accepted values; submissions still waiting for review must be decided first. */
    @Transactional
    public MonitoringCycle close(String planCode, int year, ExpectedRevision expected) {
        MonitoringCycle cycle = cycle(planCode, year);
        cycle.lockForChange();
        expected.check(cycle.revision);
        if (cycle.status == CycleStatus.CLOSED) {
            throw new ConflictException("Monitoring cycle " + year + " is already closed", year + "年度监测周期已关闭");
        }
        long pending = org.childplan.evaluation.domain.Submission.count("cycle = ?1 and status = ?2", cycle,
                SubmissionStatus.SUBMITTED);
        if (pending > 0) {
            throw new ConflictException(pending + " submission(s) still await review; accept or return them before closing",
                    "尚有" + pending + "份报送待审核，请先审核通过或退回后再关闭周期");
        }
        cycle.status = CycleStatus.CLOSED;
        cycle.closedAt = clock.now();
        cycle.closedBy = actor.name();
        cycle.flush();
        webhooks.notify(org.childplan.evaluation.webhook.WebhookEvent.CYCLE_CLOSED, java.util.Map.of("planCode", planCode,
                "year", year, "observationsPath", "/api/v1/plans/" + planCode + "/observations?year=" + year));
        return cycle;
    }

    /** Expected reports grouped by agency, in the matrix's order. */
    public static Map<String, List<ExpectedReport>> byAgency(List<ExpectedReport> expected) {
        Map<String, List<ExpectedReport>> result = new LinkedHashMap<>();
        expected.forEach(e -> result.computeIfAbsent(e.agencyCode, k -> new ArrayList<>()).add(e));
        return result;
    }
}
