package org.childplan.evaluation.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.childplan.evaluation.domain.GovernanceBody;
import java.util.Optional;
import java.util.function.Supplier;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.monitoring.MonitoringService;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.peer.PeerAnswerCache;
import org.childplan.platform.peer.PeerUnavailableException;
import org.childplan.platform.time.Timestamps;

/**
 * The catalogue and the responsibilities, read from the peer services once per operation. Each good answer is
 * kept; while a peer is unavailable the kept copy is used, and only when there is none does the operation fail
 * with 503.
 */
@ApplicationScoped
public class PeerData {

    private static final String CATALOGUE = "catalogue";
    private static final String RESPONSIBILITIES = "responsibilities";
    private static final String GOVERNANCE = "governance";

    private final IndicatorClient indicators;
    private final AgencyClient agencies;
    private final PeerAnswerCache kept;

    public PeerData(IndicatorClient indicators, AgencyClient agencies, PeerAnswerCache kept) {
        this.indicators = indicators;
        this.agencies = agencies;
        this.kept = kept;
    }

    /** The plan's catalogue as in force on {@code asOf}; 404 when indicator-service does not know the plan. */
    public CatalogueSnapshot catalogue(String planCode, LocalDate asOf) {
        return askOrRecall(CATALOGUE, planCode, asOf, () -> indicators.catalogue(planCode, asOf), CatalogueSnapshot.class);
    }

    /**
     * The catalogue that governs a year's data: the one in force at the end of the year, except for years before the
     * plan period (its baseline year), whose values are reported against the plan's first catalogue. Catalogue
     * versions start with the plan period, so without this the baseline year would have no indicators at all.
     */
    public CatalogueSnapshot catalogueForYear(String planCode, int year) {
        CatalogueSnapshot atYearEnd = catalogue(planCode, MonitoringService.yearEnd(year));
        return year < atYearEnd.plan().periodStart() ? catalogue(planCode, governingDate(atYearEnd.plan(), year)) : atYearEnd;
    }

    /** Who answers for each indicator's data of the year, by the same rule as {@link #catalogueForYear}. */
    public Responsibilities responsibilitiesForYear(CatalogueSnapshot.PlanInfo plan, int year) {
        return responsibilities(plan.code(), governingDate(plan, year));
    }

    /**
     * The day whose catalogue and responsibilities govern a year's data: 31 December of the year, or for a year before
     * the plan period (its baseline year) the plan's first day, since assignments and indicators start with the plan.
     */
    public static LocalDate governingDate(CatalogueSnapshot.PlanInfo plan, int year) {
        return year < plan.periodStart() ? LocalDate.of(plan.periodStart(), 1, 1) : MonitoringService.yearEnd(year);
    }

    /** Who answers for each of the plan's indicators on {@code asOf}. */
    public Responsibilities responsibilities(String planCode, LocalDate asOf) {
        return askOrRecall(RESPONSIBILITIES, planCode, asOf, () -> agencies.responsibilities(planCode, asOf), Responsibilities.class);
    }

    /** The governance bodies, as agency-service lists them now (they are not versioned by date). */
    public List<GovernanceBody> governanceBodies() {
        try {
            GovernanceBodies answer = new GovernanceBodies(agencies.governanceBodies().orElse(List.of()));
            kept.keep(GOVERNANCE, "all", answer, Timestamps.now());
            return answer.items();
        } catch (PeerUnavailableException e) {
            return kept.recall(GOVERNANCE, "all", GovernanceBodies.class).map(k -> k.answer().items()).orElseThrow(() -> e);
        }
    }

    /** The bodies as kept: a record, since the kept answers are read back by type. */
    record GovernanceBodies(List<GovernanceBody> items) {
    }

    /** The peer's answer, kept for when it is unavailable; the answer kept last time while it is; 404 for an unknown plan. */
    private <T> T askOrRecall(String source, String planCode, LocalDate asOf, Supplier<Optional<T>> ask, Class<T> type) {
        String key = planCode + "@" + asOf;
        try {
            T answer = ask.get().orElseThrow(() -> new ResourceNotFoundException("Plan", "规划", planCode));
            kept.keep(source, key, answer, Timestamps.now());
            return answer;
        } catch (PeerUnavailableException e) {
            return kept.recall(source, key, type).map(PeerAnswerCache.Kept::answer).orElseThrow(() -> e);
        }
    }
}
