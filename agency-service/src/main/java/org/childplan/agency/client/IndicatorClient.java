package org.childplan.agency.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childplan.agency.client.generated.api.PlansApi;
import org.childplan.agency.client.generated.model.Catalogue;
import org.childplan.agency.config.AgencyConfig;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way this service talks to indicator-service. The generated interface is the transport; this bean adds
 * timeout, retry and circuit breaker, turns "no such plan" into an empty answer (which is not a failure and does
 * not trip the breaker), turns every other failure into 503 ({@link PeerCall}), and hands the rest of
 * the service domain types only. Reads revalidate the catalogue kept from last time ({@link PeerCall#conditional}):
 * an unchanged one is not fetched again.
 */
@ApplicationScoped
public class IndicatorClient {

    static final String PEER = "indicator-service";

    private final PlansApi plans;
    private final long retryAfterSeconds;

    public IndicatorClient(@RestClient PlansApi plans, AgencyConfig config) {
        this.plans = plans;
        this.retryAfterSeconds = Math.max(1, config.peerRetryAfter().toSeconds());
    }

    /**
     * A plan's whole catalogue mapping (domains, goals, indicators) as in force today, in one request per plan.
     * Empty when indicator-service has no such plan.
     */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @Fallback(fallbackMethod = "catalogueUnavailable")
    public Optional<PlanCatalogue> catalogue(String planCode) {
        return PeerCall.conditional(PEER, "the catalogue of " + planCode, PlanCatalogue.class,
                () -> plans.getCatalogue(planCode, null, null), c -> toDomain(planCode, c));
    }

    /** Every failure left after retries (an error answer, no answer, a timeout, an open breaker) means: unavailable. */
    Optional<PlanCatalogue> catalogueUnavailable(String planCode, Throwable cause) {
        throw PeerCall.unavailable(PEER, "Catalogue of plan " + planCode, retryAfterSeconds, cause);
    }

    static PlanCatalogue toDomain(String planCode, Catalogue c) {
        List<PlanCatalogue.DomainRef> domains = c.getDomains() == null ? List.of() : c.getDomains().stream()
                .map(d -> new PlanCatalogue.DomainRef(d.getCode(), d.getOrdinal() == null ? 0 : d.getOrdinal(), d.getNameZh(), d.getNameEn()))
                .sorted(Comparator.comparingInt(PlanCatalogue.DomainRef::ordinal).thenComparing(PlanCatalogue.DomainRef::code))
                .toList();
        List<PlanCatalogue.GoalRef> goals = c.getGoals() == null ? List.of() : c.getGoals().stream()
                .map(g -> new PlanCatalogue.GoalRef(g.getCode(), g.getDomainCode(), g.getNumber() == null ? 0 : g.getNumber()))
                .toList();
        Map<String, String> goalCodes = new HashMap<>();
        goals.forEach(g -> goalCodes.put(g.domainCode() + "#" + g.number(), g.code()));
        List<PlanCatalogue.IndicatorRef> indicators = c.getIndicators() == null ? List.of() : c.getIndicators().stream()
                .map(i -> new PlanCatalogue.IndicatorRef(i.getCode(), i.getDomainCode(),
                        i.getGoalNumber() == null ? null : goalCodes.get(i.getDomainCode() + "#" + i.getGoalNumber()),
                        i.getNameZh(), i.getNameEn(), i.getDataSource()))
                .toList();
        return new PlanCatalogue(planCode, c.getAsOf(), domains, goals, indicators);
    }
}
