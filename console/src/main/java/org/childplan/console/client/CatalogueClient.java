package org.childplan.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childplan.console.client.indicator.api.PlansApi;
import org.childplan.console.client.indicator.model.Catalogue;
import org.childplan.console.client.indicator.model.Domain;
import org.childplan.console.client.indicator.model.Indicator;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way the console talks to indicator-service, wrapped like the other clients: the names of the plan's
 * indicators and domains, so that pages say "儿童意外伤害死亡率" and "儿童与安全", not only HEALTH-3c and SAFETY.
 */
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ServiceProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = ServiceProblemException.class)
@ApplicationScoped
public class CatalogueClient {

    public static final String SERVICE = "indicator-service";
    static final long RETRY_AFTER_SECONDS = 30;

    /** An indicator's or a domain's names; the English one may be missing. */
    public record Names(String zh, String en) {

        public String pick(boolean english) {
            return english && en != null && !en.isBlank() ? en : zh;
        }
    }

    /** The plan's indicators and domains by code. */
    public record PlanNames(Map<String, Names> indicators, Map<String, Names> domains) {

        public Optional<Names> indicator(String code) {
            return Optional.ofNullable(indicators.get(code));
        }

        public Optional<Names> domain(String code) {
            return Optional.ofNullable(domains.get(code));
        }
    }

    private final String plan;
    private final PlansApi plans;

    public CatalogueClient(@ConfigProperty(name = "childplan.console.plan") String plan,
                           @RestClient PlansApi plans) {
        this.plan = plan;
        this.plans = plans;
    }

    @Fallback(fallbackMethod = "namesUnavailable", skipOn = ServiceProblemException.class)
    public PlanNames names() {
        Catalogue catalogue = ServiceCall.answer(SERVICE, "the catalogue", () -> plans.getCatalogue(plan, null, null));
        Map<String, Names> indicators = new LinkedHashMap<>();
        for (Indicator i : Optional.ofNullable(catalogue.getIndicators()).orElse(List.of())) {
            indicators.put(i.getCode(), new Names(i.getNameZh(), i.getNameEn()));
        }
        Map<String, Names> domains = new LinkedHashMap<>();
        for (Domain d : Optional.ofNullable(catalogue.getDomains()).orElse(List.of())) {
            domains.put(d.getCode(), new Names(d.getNameZh(), d.getNameEn()));
        }
        return new PlanNames(Map.copyOf(indicators), Map.copyOf(domains));
    }

    private PlanNames namesUnavailable(Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The catalogue", RETRY_AFTER_SECONDS, cause);
    }
}
