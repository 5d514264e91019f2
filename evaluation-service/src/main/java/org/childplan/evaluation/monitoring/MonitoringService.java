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
import org.childplan.evaluation.domain.Submission;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.service.Clock;
import org.childplan.evaluation.webhook.WebhookEvent;
import org.childplan.evaluation.webhook.WebhookService;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.FieldError;
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
        LocalDate asOf = PeerData.governingDate(plan, year);
        Responsibilities responsibilities = peers.responsibilities(planCode, asOf);
        MonitoringCycle cycle = new MonitoringCycle();
        List<ExpectedReport> expected = expectedReports(cycle, catalogue, responsibilities);
        if (expected.isEmpty()) {
            // a cycle expects its reports once, when it opens: opened before the matrix is filled, it would stay empty
            throw noReporters(planCode, year, asOf, year < plan.periodStart());
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

    /**
     * The refusal to open a cycle nobody reports in, naming the day whose responsibilities were read and the way out:
     * assignments that start later (say, imported today for a county without history) do not count for past years.
     */
    static ConflictException noReporters(String planCode, int year, LocalDate asOf, boolean baseline) {
        String why = baseline ? "the plan's first day, which governs its baseline year" : "the last day of the year";
        String whyZh = baseline ? "规划期首日，基期年按此日确定" : "该年度最后一天";
        return new ConflictException("Responsibilities of plan " + planCode + " as of " + asOf + " (" + why + "): no agency"
                + " reports any annual indicator for " + year + ". Assignments that start after " + asOf + " do not count for "
                + year + ". Import the responsibilities with validFrom on or before " + asOf + " (the plan entry's validFrom in the"
                + " responsibility document, e.g. the plan's first day or earlier), or move an existing assignment's start back"
                + " with PUT /api/v1/plans/" + planCode + "/assignments/{code} {\"validFrom\": \"" + asOf + "\"} in agency-service;"
                + " then open the cycle again",
                "规划" + planCode + "截至" + asOf + "（" + whyZh + "）的职责分工中，没有任何单位负责报送" + year + "年度的年度指标；"
                        + "生效日期晚于" + asOf + "的分工不适用于" + year + "年度。请将职责分工的生效日期（责任分工文件中规划条目的 validFrom，"
                        + "如规划期首日或更早）设为不晚于" + asOf + "后重新导入，或在 agency-service 中用 PUT /api/v1/plans/" + planCode
                        + "/assignments/{code} 将已有分工的生效日期（validFrom）提前，然后再开启监测周期",
                List.of(FieldError.of("year", "responsibilities as of " + asOf + ": none", "截至" + asOf + "的职责分工：无")));
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

    /**
     * Closing locks the cycle's accepted values; submissions still waiting for review must be decided first. Drafts
     * (DRAFT or RETURNED) still open would be stranded, so they refuse the close too, unless the statistics bureau
     * forces it with a reason: then each is WITHDRAWN (kept, readable, no further action) and its agency is told.
     */
    @Transactional
    public MonitoringCycle close(String planCode, int year, ExpectedRevision expected, boolean force, String reason) {
        if (force && (reason == null || reason.isBlank())) {
            throw InputValidationException.single("reason", "a reason is required to close with force: the agencies whose"
                    + " drafts are withdrawn are told it", "强制关闭须说明原因：草稿被撤销的单位将收到该原因");
        }
        MonitoringCycle cycle = cycle(planCode, year);
        cycle.lockForChange();
        expected.check(cycle.revision);
        if (cycle.status == CycleStatus.CLOSED) {
            throw new ConflictException("Monitoring cycle " + year + " is already closed", year + "年度监测周期已关闭");
        }
        long pending = Submission.count("cycle = ?1 and status = ?2", cycle, SubmissionStatus.SUBMITTED);
        if (pending > 0) {
            throw new ConflictException(pending + " submission(s) still await review; accept or return them before closing",
                    "尚有" + pending + "份报送待审核，请先审核通过或退回后再关闭周期");
        }
        List<Submission> drafts = Submission.list("cycle = ?1 and status in ?2 order by agencyCode, id", cycle,
                List.of(SubmissionStatus.DRAFT, SubmissionStatus.RETURNED));
        if (!drafts.isEmpty() && !force) {
            List<FieldError> listed = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Submission d = drafts.get(i);
                listed.add(FieldError.of("submissions[" + i + "]", d.code + " of agency " + d.agencyCode + " is " + d.status,
                        d.agencyCode + "的报送" + d.code + "状态为" + d.status.nameZh()));
            }
            throw new ConflictException(drafts.size() + " draft submission(s) are still open and could never be submitted"
                    + " once the cycle is closed; have them submitted, or close with {\"force\": true, \"reason\": …} to"
                    + " withdraw them (they are kept, read-only, and their agencies are told)",
                    "尚有" + drafts.size() + "份草稿或已退回的报送未提交，周期关闭后将无法再提交；请督促提交，或以 {\"force\": true, \"reason\": …}"
                            + " 强制关闭并撤销这些报送（报送保留、只读，并通知报送单位）", listed);
        }
        cycle.status = CycleStatus.CLOSED;
        cycle.closedAt = clock.now();
        cycle.closedBy = actor.name();
        cycle.closeReason = force ? reason.strip() : null;
        for (Submission d : drafts) {
            SubmissionStatus before = d.status;
            d.status = SubmissionStatus.WITHDRAWN;
            d.withdrawnAt = cycle.closedAt;
            d.withdrawnBy = cycle.closedBy;
            d.withdrawReason = cycle.closeReason;
            webhooks.notify(WebhookEvent.SUBMISSION_WITHDRAWN, Map.of("planCode", planCode, "year", year,
                    "submissionCode", d.code, "agencyCode", d.agencyCode, "previousStatus", before.name(),
                    "reason", cycle.closeReason,
                    "submissionPath", "/api/v1/plans/" + planCode + "/monitoring-cycles/" + year + "/submissions/" + d.code));
        }
        cycle.flush();
        webhooks.notify(WebhookEvent.CYCLE_CLOSED, Map.of("planCode", planCode,
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
