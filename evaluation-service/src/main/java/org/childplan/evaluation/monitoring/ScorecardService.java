package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.ExpectedReport;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.ObservationRevision;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.SelfAssessment;
import org.childplan.evaluation.domain.SubmissionReturn;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.scorecard.Scorecard;
import org.childplan.evaluation.domain.scorecard.ScorecardCalculator;
import org.childplan.evaluation.domain.scorecard.ScorecardFacts;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.error.ResourceNotFoundException;

/**
 * The department scorecards (目标管理责任制考核) of a plan and year, for the leading group and the committee office:
 * reads the year's progress and responsibilities and, for every cycle and evaluation up to the year, what was owed,
 * submitted, returned and corrected; {@link ScorecardCalculator} does the counting.
 */
@ApplicationScoped
public class ScorecardService {

    private final ProgressService progress;
    private final PeerData peers;
    private final EntityManager em;
    private final Clock clock;

    public ScorecardService(ProgressService progress, PeerData peers, EntityManager em, Clock clock) {
        this.progress = progress;
        this.peers = peers;
        this.em = em;
        this.clock = clock;
    }

    /** Every agency's scorecard; 404 for a plan indicator-service does not know. */
    public List<Scorecard> scorecards(String planCode, int year) {
        return ScorecardCalculator.scorecards(facts(progress.assess(planCode, year)));
    }

    /** The scorecards from an assessment the caller already made (the annual report has one). */
    public List<Scorecard> scorecards(ProgressService.Assessment assessment, Responsibilities responsibilities) {
        return ScorecardCalculator.scorecards(facts(assessment, responsibilities));
    }

    /** One agency's scorecard; 404 for an agency with no part in the plan up to the year. */
    public Scorecard scorecard(String planCode, int year, String agencyCode) {
        return ScorecardCalculator.scorecard(facts(progress.assess(planCode, year)), agencyCode)
                .orElseThrow(() -> new ResourceNotFoundException("Agency " + agencyCode + " has no responsibility, owed report or"
                        + " self-assessment in plan " + planCode + " up to " + year,
                        "单位" + agencyCode + "截至" + year + "年在规划" + planCode + "中没有牵头、负责或报送任务，也没有自评任务"));
    }

    /** The day the figures are computed for, in the plan's zone. */
    public java.time.LocalDate asOf() {
        return clock.today();
    }

    private ScorecardFacts facts(ProgressService.Assessment assessment) {
        return facts(assessment, peers.responsibilitiesForYear(assessment.catalogue().plan(), assessment.year()));
    }

    private ScorecardFacts facts(ProgressService.Assessment assessment, Responsibilities responsibilities) {
        String planCode = assessment.catalogue().plan().code();
        int year = assessment.year();
        Map<String, ProgressStatus> statuses = new HashMap<>();
        assessment.progress().forEach(p -> statuses.put(p.indicator().code(), p.assessment().status()));
        return new ScorecardFacts(planCode, year, clock.today(), clock.zone(), assessment.catalogue(), responsibilities,
                statuses, cycles(planCode, year), returns(planCode, year), corrections(planCode, year),
                selfAssessments(planCode, year));
    }

    private List<ScorecardFacts.Cycle> cycles(String planCode, int year) {
        List<MonitoringCycle> cycles = MonitoringCycle.list("planCode = ?1 and year <= ?2 order by year", planCode, year);
        if (cycles.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScorecardFacts.Owed>> owed = new HashMap<>();
        ExpectedReport.<ExpectedReport>list("cycle in ?1 order by agencyCode, indicatorCode", cycles).forEach(e ->
                owed.computeIfAbsent(e.cycle.id, k -> new ArrayList<>())
                        .add(new ScorecardFacts.Owed(e.agencyCode, e.agencyNameZh, e.indicatorCode, e.domainCode)));
        // as the cycle's completeness reads it: first submission of each owed indicator, and whether any row was accepted
        Map<Long, Map<String, ScorecardFacts.Reached>> reached = new HashMap<>();
        em.createQuery("""
                        select s.cycle.id, s.agencyCode, o.indicatorCode, min(s.submittedAt),
                               max(case when s.status = :accepted then 1 else 0 end)
                        from Observation o join o.submission s
                        where s.cycle in (:cycles) and s.status in (:submitted, :accepted)
                        group by s.cycle.id, s.agencyCode, o.indicatorCode""", Object[].class)
                .setParameter("cycles", cycles)
                .setParameter("submitted", SubmissionStatus.SUBMITTED)
                .setParameter("accepted", SubmissionStatus.ACCEPTED)
                .getResultList()
                .forEach(r -> reached.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put(
                        ScorecardFacts.Cycle.key((String) r[1], (String) r[2]),
                        new ScorecardFacts.Reached((OffsetDateTime) r[3], ((Number) r[4]).intValue() == 1)));
        return cycles.stream().map(c -> new ScorecardFacts.Cycle(c.year, c.dueOn,
                c.openedAt == null ? null : c.openedAt.atZoneSameInstant(clock.zone()).toLocalDate(), c.status, owed.getOrDefault(c.id, List.of()),
                reached.getOrDefault(c.id, Map.of()))).toList();
    }

    private List<ScorecardFacts.Return> returns(String planCode, int year) {
        return SubmissionReturn.<SubmissionReturn>list(
                        "from SubmissionReturn r join fetch r.submission s join fetch s.cycle c"
                                + " where c.planCode = ?1 and c.year <= ?2 order by r.returnedAt, r.id", planCode, year)
                .stream()
                .map(r -> new ScorecardFacts.Return(r.submission.agencyCode, r.submission.cycle.year, r.submission.code,
                        r.submission.status, r.returnedAt, r.reason))
                .toList();
    }

    private List<ScorecardFacts.Correction> corrections(String planCode, int year) {
        return ObservationRevision.<ObservationRevision>list(
                        "from ObservationRevision r join fetch r.observation o join fetch o.submission s join fetch o.cycle c"
                                + " where c.planCode = ?1 and c.year <= ?2 order by r.revisedAt, r.id", planCode, year)
                .stream()
                .map(r -> new ScorecardFacts.Correction(r.observation.submission.agencyCode, r.observation.cycle.year,
                        r.observation.submission.code, r.observation.indicatorCode, r.observation.areaCode, r.observation.sex,
                        r.observation.residence, r.observation.ageGroup, r.valueVersion, r.oldValue, r.newValue, r.revisedAt,
                        r.reason))
                .toList();
    }

    private List<ScorecardFacts.SelfAssessment> selfAssessments(String planCode, int year) {
        return SelfAssessment.<SelfAssessment>list(
                        "from SelfAssessment sa join fetch sa.evaluation e where e.planCode = ?1 and e.referenceYear <= ?2"
                                + " order by e.referenceYear, e.code, sa.agencyCode", planCode, year)
                .stream()
                .map(sa -> new ScorecardFacts.SelfAssessment(sa.agencyCode, sa.agencyNameZh, sa.evaluation.code,
                        sa.evaluation.type, sa.evaluation.referenceYear, sa.evaluation.selfAssessmentDueOn, sa.status,
                        sa.submittedAt, sa.returnedAt, sa.returnReason))
                .toList();
    }
}
