package org.childplan.evaluation.domain.scorecard;

import org.childplan.evaluation.domain.SubmissionTimeliness;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.scorecard.Scorecard.CorrectionItem;
import org.childplan.evaluation.domain.scorecard.Scorecard.CycleReporting;
import org.childplan.evaluation.domain.scorecard.Scorecard.LedGoal;
import org.childplan.evaluation.domain.scorecard.Scorecard.LedIndicator;
import org.childplan.evaluation.domain.scorecard.Scorecard.ReportItem;
import org.childplan.evaluation.domain.scorecard.Scorecard.ReturnItem;
import org.childplan.evaluation.domain.scorecard.Scorecard.SelfAssessmentItem;
import org.childplan.evaluation.domain.scorecard.Scorecard.Tally;

/**
 * Computes the scorecards of every agency from the facts of a plan and year. The method (docs/evaluation-service.md,
 * "Department scorecards"):
 * <ul>
 * <li>Leadership: the indicators whose lead units (牵头单位) include the agency in the responsibilities that govern the
 * year, each with its progress status as of the year; a goal counts when the agency leads any of its indicators.</li>
 * <li>Reporting: per cycle up to the year, the indicators the agency owed (expected reports, fixed when the cycle
 * opened); one is submitted when any of its rows is in a submitted or accepted submission, on time when the first
 * such submission was made on or before the due day (in the plan's zone), accepted when any of its rows was accepted,
 * and overdue when nothing was submitted and the due day has passed. The same rule as the cycle's completeness.</li>
 * <li>Returns: every time the statistics bureau returned one of the agency's submissions, including those submitted
 * again since. Corrections: every correction of an accepted value the agency's submission carried.</li>
 * <li>Self-assessments: those issued to the agency in evaluations whose reference year is up to the year, on time
 * when (last) submitted on or before the evaluation's self-assessment due day.</li>
 * </ul>
 */
public final class ScorecardCalculator {

    private ScorecardCalculator() {
    }

    /** Every agency that has a responsibility in the year, owed a report or was issued a self-assessment up to it. */
    public static List<Scorecard> scorecards(ScorecardFacts facts) {
        Map<String, String[]> agencies = new TreeMap<>();
        for (Responsibilities.IndicatorAgencies i : facts.responsibilities().indicators()) {
            for (List<Responsibilities.AgencyRef> refs : List.of(i.leads(), i.responsible(), i.dataProviders())) {
                refs.forEach(a -> agencies.putIfAbsent(a.code(), new String[] {a.nameZh(), a.nameEn()}));
            }
        }
        facts.cycles().forEach(c -> c.owed().forEach(o -> agencies.putIfAbsent(o.agencyCode(), new String[] {o.agencyNameZh(), null})));
        facts.selfAssessments().forEach(s -> agencies.putIfAbsent(s.agencyCode(), new String[] {s.agencyNameZh(), null}));
        List<Scorecard> cards = new ArrayList<>();
        agencies.forEach((code, names) -> cards.add(scorecard(facts, code, names[0], names[1])));
        return cards;
    }

    /** One agency's scorecard; empty when the agency has no part in the plan up to the year. */
    public static Optional<Scorecard> scorecard(ScorecardFacts facts, String agencyCode) {
        return scorecards(facts).stream().filter(c -> c.agencyCode().equals(agencyCode)).findFirst();
    }

    private static Scorecard scorecard(ScorecardFacts facts, String agency, String nameZh, String nameEn) {
        List<CycleReporting> cycles = new ArrayList<>();
        Tally total = Tally.ZERO;
        List<ReturnItem> returns = returns(facts, agency);
        List<CorrectionItem> corrections = corrections(facts, agency);
        for (ScorecardFacts.Cycle cycle : facts.cycles().stream().sorted(Comparator.comparingInt(ScorecardFacts.Cycle::year)).toList()) {
            CycleReporting c = cycle(facts, cycle, agency, returns, corrections);
            cycles.add(c);
            total = total.plus(c.tally());
        }
        return new Scorecard(facts.planCode(), facts.year(), facts.today(), agency, nameZh == null ? agency : nameZh, nameEn,
                leadership(facts, agency), new Scorecard.Reporting(total, cycles),
                new Scorecard.Returns(returns.size(), returns), new Scorecard.Corrections(corrections.size(), corrections),
                selfAssessments(facts, agency));
    }

    // ---- leadership

    private static Scorecard.Leadership leadership(ScorecardFacts facts, String agency) {
        Map<String, CatalogueSnapshot.IndicatorInfo> catalogue = facts.catalogue().indicatorsByCode();
        List<LedIndicator> led = new ArrayList<>();
        Map<String, List<LedIndicator>> byGoal = new LinkedHashMap<>();
        for (Responsibilities.IndicatorAgencies i : facts.responsibilities().indicators()) {
            if (i.leads().stream().noneMatch(a -> a.code().equals(agency))) {
                continue;
            }
            CatalogueSnapshot.IndicatorInfo info = catalogue.get(i.indicatorCode());
            ProgressStatus status = facts.statuses().getOrDefault(i.indicatorCode(), ProgressStatus.NOT_ASSESSED);
            String goal = info == null ? null : info.goalCode();
            LedIndicator indicator = new LedIndicator(i.indicatorCode(), i.domainCode(), goal,
                    info == null ? i.indicatorCode() : info.nameZh(), status.name(), Labels.zh(status));
            led.add(indicator);
            if (goal != null) {
                byGoal.computeIfAbsent(goal, g -> new ArrayList<>()).add(indicator);
            }
        }
        Map<String, CatalogueSnapshot.GoalInfo> goalTexts = new LinkedHashMap<>();
        facts.catalogue().goals().forEach(g -> goalTexts.put(g.code(), g));
        List<LedGoal> goals = new ArrayList<>();
        byGoal.forEach((code, indicators) -> {
            CatalogueSnapshot.GoalInfo g = goalTexts.get(code);
            goals.add(new LedGoal(code, g == null ? indicators.get(0).domainCode() : g.domainCode(), g == null ? "" : g.textZh(),
                    indicators.stream().map(LedIndicator::indicatorCode).toList(), statusCounts(indicators)));
        });
        Map<String, Integer> counts = statusCounts(led);
        int achievedOrOnTrack = counts.get(ProgressStatus.TARGET_ACHIEVED.name()) + counts.get(ProgressStatus.SUBSTANTIAL_PROGRESS.name());
        return new Scorecard.Leadership(goals.size(), led.size(), counts, achievedOrOnTrack,
                led.size() - counts.get(ProgressStatus.NOT_ASSESSED.name()), goals, led,
                base(facts) + "/progress?year=" + facts.year());
    }

    /** Every status, in the order of the method, zeros included, so that cards line up column by column. */
    private static Map<String, Integer> statusCounts(List<LedIndicator> indicators) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.put(s.name(), 0);
        }
        indicators.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
        return counts;
    }

    // ---- reporting

    private static CycleReporting cycle(ScorecardFacts facts, ScorecardFacts.Cycle cycle, String agency,
                                        List<ReturnItem> returns, List<CorrectionItem> corrections) {
        int expected = 0;
        int submitted = 0;
        int accepted = 0;
        int onTime = 0;
        int late = 0;
        int backfilled = 0;
        int overdue = 0;
        List<ReportItem> items = new ArrayList<>();
        for (ScorecardFacts.Owed owed : cycle.owed()) {
            if (!owed.agencyCode().equals(agency)) {
                continue;
            }
            expected++;
            ScorecardFacts.Reached reached = cycle.reached().get(ScorecardFacts.Cycle.key(agency, owed.indicatorCode()));
            Timeliness timeliness = timeliness(reached == null ? null : reached.firstSubmittedAt(), cycle.dueOn(),
                    cycle.openedOn(), facts);
            if (reached != null) {
                submitted++;
                accepted += reached.accepted() ? 1 : 0;
            }
            switch (timeliness) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case BACKFILLED -> backfilled++;
                case OVERDUE -> overdue++;
                case NOT_YET_DUE -> { }
            }
            items.add(new ReportItem(owed.indicatorCode(), owed.domainCode(), reached == null ? null : reached.firstSubmittedAt(),
                    reached != null && reached.accepted(), timeliness.name(), Labels.zh(timeliness)));
        }
        String cycleBase = base(facts) + "/monitoring-cycles/" + cycle.year();
        return new CycleReporting(cycle.year(), cycle.dueOn(), cycle.status().name(),
                Tally.of(expected, submitted, accepted, onTime, late, backfilled, overdue),
                (int) returns.stream().filter(r -> r.cycleYear() == cycle.year()).count(),
                (int) corrections.stream().filter(c -> c.cycleYear() == cycle.year()).count(), items,
                cycleBase + "/expected-reports?agency=" + encode(agency), cycleBase + "/submissions?agency=" + encode(agency));
    }

    /**
     * On time when done on or before the due day in the plan's zone; after it, late, unless what was owed was opened
     * only after its due day ({@code openedOn}, a back-filled cycle; null for a self-assessment), which the submissions
     * call BACKFILLED too (SubmissionTimeliness); overdue once the due day has passed undone.
     */
    static Timeliness timeliness(OffsetDateTime doneAt, LocalDate dueOn, LocalDate openedOn, ScorecardFacts facts) {
        if (doneAt != null) {
            LocalDate doneOn = doneAt.atZoneSameInstant(facts.zone()).toLocalDate();
            if (openedOn != null) {
                return Timeliness.of(SubmissionTimeliness.of(doneOn, dueOn, openedOn));
            }
            return doneOn.isAfter(dueOn) ? Timeliness.LATE : Timeliness.ON_TIME;
        }
        return facts.today().isAfter(dueOn) ? Timeliness.OVERDUE : Timeliness.NOT_YET_DUE;
    }

    private static List<ReturnItem> returns(ScorecardFacts facts, String agency) {
        return facts.returns().stream().filter(r -> r.agencyCode().equals(agency))
                .sorted(Comparator.comparingInt(ScorecardFacts.Return::cycleYear).thenComparing(ScorecardFacts.Return::returnedAt))
                .map(r -> new ReturnItem(r.cycleYear(), r.submissionCode(), r.statusNow(), r.returnedAt(), r.reason(),
                        base(facts) + "/monitoring-cycles/" + r.cycleYear() + "/submissions/" + encode(r.submissionCode())))
                .toList();
    }

    private static List<CorrectionItem> corrections(ScorecardFacts facts, String agency) {
        return facts.corrections().stream().filter(c -> c.agencyCode().equals(agency))
                .sorted(Comparator.comparingInt(ScorecardFacts.Correction::cycleYear).thenComparing(ScorecardFacts.Correction::revisedAt))
                .map(c -> new CorrectionItem(c.cycleYear(), c.submissionCode(), c.indicatorCode(), c.areaCode(), c.sex(), c.residence(),
                        c.ageGroup(), c.valueVersion(), c.oldValue(), c.newValue(), c.revisedAt(), c.reason(),
                        base(facts) + "/monitoring-cycles/" + c.cycleYear() + "/corrections?indicator=" + encode(c.indicatorCode())))
                .toList();
    }

    // ---- self-assessments

    private static Scorecard.SelfAssessments selfAssessments(ScorecardFacts facts, String agency) {
        List<SelfAssessmentItem> items = new ArrayList<>();
        int submitted = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int returned = 0;
        for (ScorecardFacts.SelfAssessment s : facts.selfAssessments().stream()
                .filter(s -> s.agencyCode().equals(agency))
                .sorted(Comparator.comparingInt(ScorecardFacts.SelfAssessment::referenceYear)
                        .thenComparing(ScorecardFacts.SelfAssessment::evaluationCode)).toList()) {
            // as the self-assessment list says: the last submission counts, also for one returned since
            Timeliness t = timeliness(s.submittedAt(), s.dueOn(), null, facts);
            submitted += s.submittedAt() != null ? 1 : 0;
            switch (t) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case NOT_YET_DUE -> { }
            }
            returned += s.returnedAt() != null ? 1 : 0;
            items.add(new SelfAssessmentItem(s.evaluationCode(), s.evaluationType().name(), s.referenceYear(), s.dueOn(),
                    s.status().name(), Labels.zh(s.status()), s.submittedAt(), t.name(), Labels.zh(t), s.returnedAt(),
                    s.returnReason(), base(facts) + "/evaluations/" + encode(s.evaluationCode()) + "/self-assessments/" + encode(agency)));
        }
        return new Scorecard.SelfAssessments(items.size(), submitted, onTime, late, overdue, returned, items);
    }

    private static String base(ScorecardFacts facts) {
        return "/api/v1/plans/" + encode(facts.planCode());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
