package org.childplan.evaluation.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.childplan.evaluation.client.generated.PlansApi;
import org.childplan.evaluation.client.indicator.model.Catalogue;
import org.childplan.evaluation.client.indicator.model.DimensionValue;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.progress.TargetType;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way this service talks to indicator-service: the generated interface is the transport; this bean adds
 * timeout, retry and circuit breaker, turns "no such plan" into an empty answer (not a failure, so it does not trip
 * the breaker), turns every other failure into 503 ({@link PeerCall}), and hands out domain types only. Reads
 * revalidate the catalogue kept from last time ({@link PeerCall#conditional}): an unchanged one is not fetched again.
 */
@ApplicationScoped
public class IndicatorClient {

    static final String PEER = "indicator-service";

    private final PlansApi plans;
    private final long retryAfterSeconds;

    public IndicatorClient(@RestClient PlansApi plans, EvaluationConfig config) {
        this.plans = plans;
        this.retryAfterSeconds = Math.max(1, config.peerRetryAfter().toSeconds());
    }

    /** A plan's whole catalogue as in force on {@code asOf}, in one request; empty when the plan is unknown. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @Fallback(fallbackMethod = "catalogueUnavailable")
    public Optional<CatalogueSnapshot> catalogue(String planCode, LocalDate asOf) {
        return PeerCall.conditional(PEER, "the catalogue of " + planCode, CatalogueSnapshot.class,
                () -> plans.getCatalogue(planCode, asOf.toString(), null), IndicatorClient::toDomain);
    }

    /** Every failure left after retries (an error answer, no answer, a timeout, an open breaker) means: unavailable. */
    Optional<CatalogueSnapshot> catalogueUnavailable(String planCode, LocalDate asOf, Throwable cause) {
        throw PeerCall.unavailable(PEER, "Catalogue of plan " + planCode, retryAfterSeconds, cause);
    }

    static CatalogueSnapshot toDomain(Catalogue c) {
        var p = c.getPlan();
        var plan = new CatalogueSnapshot.PlanInfo(p.getCode(), p.getTitleZh(), p.getTitleEn(), p.getJurisdictionCode(),
                p.getJurisdictionZh(), p.getJurisdictionEn(), p.getPeriodStart(), p.getPeriodEnd(), p.getBaselineYear());
        return new CatalogueSnapshot(plan, c.getAsOf(),
                list(c.getDomains()).stream().map(d -> new CatalogueSnapshot.DomainInfo(d.getCode(), d.getOrdinal(),
                        d.getNameZh(), d.getNameEn())).toList(),
                list(c.getGoals()).stream().map(g -> new CatalogueSnapshot.GoalInfo(g.getCode(), g.getDomainCode(),
                        g.getNumber(), g.getTextZh(), g.getTextEn())).toList(),
                list(c.getIndicators()).stream().map(i -> new CatalogueSnapshot.IndicatorInfo(i.getCode(), i.getDomainCode(),
                        i.getGoalNumber(), i.getMeasureNumber(), i.getNameZh(), i.getNameEn(),
                        i.getUnit() == null ? null : i.getUnit().toString(),
                        targetType(i.getTargetType()), i.getTargetValue(), i.getTargetYear(),
                        i.getBaselineYear(), i.getBaselineValue(),
                        // unmodifiable: the converted catalogue is shared by every read it is revalidated for
                        Collections.unmodifiableSet(new HashSet<>(list(i.getDisaggregations()).stream().map(Object::toString).toList())),
                        i.getReportingFrequency() == null ? null : i.getReportingFrequency().toString(),
                        i.getVersion() == null ? 1 : i.getVersion())).toList(),
                list(c.getReportingAreas()).stream().map(a -> new CatalogueSnapshot.AreaInfo(a.getCode(), a.getNameZh(),
                        a.getNameEn(), a.getLevel() == null ? null : a.getLevel().toString())).toList(),
                list(c.getUnits()).stream().map(u -> new CatalogueSnapshot.UnitInfo(u.getCode().toString(), u.getSymbolZh(),
                        u.getMin(), u.getMax(), Boolean.TRUE.equals(u.getWholeNumber()), u.getRatioScale(), u.getDecimals(),
                        u.getValueSuffixZh(), u.getChangeSuffixZh())).toList(),
                list(c.getDimensions()).stream().map(d -> new CatalogueSnapshot.DimensionInfo(d.getCode().toString(),
                        list(d.getValues()).stream().map(DimensionValue::getCode).toList())).toList());
    }

    /** A target type this version does not know yet is treated as having no measurable target (not assessed). */
    private static TargetType targetType(Object generated) {
        try {
            return TargetType.valueOf(String.valueOf(generated));
        } catch (IllegalArgumentException e) {
            return TargetType.QUALITATIVE;
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
