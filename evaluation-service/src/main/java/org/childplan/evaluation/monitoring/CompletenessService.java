package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.childplan.evaluation.domain.ExpectedReport;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.service.Clock;

/**
 * Completeness and timeliness of a cycle: for each agency and each domain, how many owed indicators were
 * submitted and accepted, how many were submitted on time, and which are overdue.
 */
@ApplicationScoped
public class CompletenessService {

    private final MonitoringService monitoring;
    private final PeerData peers;
    private final EntityManager em;
    private final Clock clock;

    public CompletenessService(MonitoringService monitoring, PeerData peers, EntityManager em, Clock clock) {
        this.monitoring = monitoring;
        this.peers = peers;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Submitted reports are on time, late, or back-filled (submitted after the due date of a cycle opened only after it,
     * see {@link org.childplan.evaluation.domain.SubmissionTimeliness}): the three add up to {@code submitted}, and a back-filled
     * report is complete but neither on time nor late.
     */
    public record Tally(String code, String nameZh, int expected, int submitted, int accepted, int onTime, int late,
                        int backfilled) {

        public Tally(String code, String nameZh, int expected, int submitted, int accepted, int onTime, int late) {
            this(code, nameZh, expected, submitted, accepted, onTime, late, 0);
        }

        public double completeness() {
            return expected == 0 ? 1.0 : (double) submitted / expected;
        }
    }

    public record Overdue(String agencyCode, String agencyNameZh, String indicatorCode, String domainCode) {
    }

    public record Completeness(MonitoringCycle cycle, LocalDate asOf, List<Tally> byAgency, List<Tally> byDomain,
                               Tally total, List<Overdue> overdue) {
    }

    /** How far an owed indicator got: first submission time, and whether any of its data was accepted. */
    private record Progress(OffsetDateTime firstSubmittedAt, boolean accepted) {
    }

    public Completeness completeness(String planCode, int year) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        List<ExpectedReport> expected = monitoring.expected(cycle);
        Map<String, Progress> reached = reached(cycle);
        LocalDate today = clock.today();
        boolean pastDue = today.isAfter(cycle.dueOn);

        Map<String, int[]> agencies = new LinkedHashMap<>();
        Map<String, String> agencyNames = new HashMap<>();
        Map<String, int[]> domains = new LinkedHashMap<>();
        int[] total = new int[6];
        List<Overdue> overdue = new ArrayList<>();
        for (ExpectedReport e : expected) {
            agencyNames.put(e.agencyCode, e.agencyNameZh);
            Progress p = reached.get(e.agencyCode + "|" + e.indicatorCode);
            int[][] counters = {agencies.computeIfAbsent(e.agencyCode, k -> new int[6]),
                    domains.computeIfAbsent(e.domainCode, k -> new int[6]), total};
            for (int[] c : counters) {
                c[0]++;
                if (p != null) {
                    c[1]++;
                    c[2] += p.accepted() ? 1 : 0;
                    c[switch (clock.timeliness(p.firstSubmittedAt(), cycle)) {
                        case ON_TIME -> 3;
                        case LATE -> 4;
                        case BACKFILLED -> 5;
                    }]++;
                }
            }
            if (p == null && pastDue) {
                overdue.add(new Overdue(e.agencyCode, e.agencyNameZh, e.indicatorCode, e.domainCode));
            }
        }
        return new Completeness(cycle, today,
                tallies(agencies, agencyNames::get),
                tallies(domains, domainNames(cycle)::get),
                new Tally("TOTAL", "合计", total[0], total[1], total[2], total[3], total[4], total[5]),
                overdue);
    }

    /** The domains' Chinese names from the catalogue that governs the cycle's year (kept while indicator-service is down). */
    private Map<String, String> domainNames(MonitoringCycle cycle) {
        Map<String, String> names = new HashMap<>();
        peers.catalogueForYear(cycle.planCode, cycle.year).domains().forEach(d -> names.put(d.code(), d.nameZh()));
        return names;
    }

    private static List<Tally> tallies(Map<String, int[]> counts, Function<String, String> names) {
        return counts.entrySet().stream()
                .map(e -> new Tally(e.getKey(), names.apply(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3], e.getValue()[4], e.getValue()[5]))
                .toList();
    }

    /** For each agency and indicator with data in a submitted or accepted submission: when first submitted. */
    private Map<String, Progress> reached(MonitoringCycle cycle) {
        List<Object[]> rows = em.createQuery("""
                        select s.agencyCode, o.indicatorCode, min(s.submittedAt),
                               max(case when s.status = :accepted then 1 else 0 end)
                        from Observation o join o.submission s
                        where s.cycle = :cycle and s.status in (:submitted, :accepted)
                        group by s.agencyCode, o.indicatorCode""", Object[].class)
                .setParameter("cycle", cycle)
                .setParameter("submitted", SubmissionStatus.SUBMITTED)
                .setParameter("accepted", SubmissionStatus.ACCEPTED)
                .getResultList();
        Map<String, Progress> result = new HashMap<>();
        for (Object[] r : rows) {
            result.put(r[0] + "|" + r[1], new Progress((OffsetDateTime) r[2], ((Number) r[3]).intValue() == 1));
        }
        return result;
    }
}
