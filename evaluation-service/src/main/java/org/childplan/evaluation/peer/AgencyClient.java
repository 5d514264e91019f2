package org.childplan.evaluation.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childplan.evaluation.client.agency.model.IndicatorAgencyRef;
import org.childplan.evaluation.client.agency.model.PlanIndicatorResponsibilities;
import org.childplan.evaluation.client.generated.ApiException;
import org.childplan.evaluation.client.generated.ResponsibilitiesApi;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.platform.peer.PeerUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one way this service talks to agency-service, built like {@link IndicatorClient}: fault tolerance around the
 * generated interface, 404 as empty, everything else unavailable as {@link PeerUnavailableException}.
 */
@ApplicationScoped
public class AgencyClient {

    static final String PEER = "agency-service";
    private static final Logger LOG = Logger.getLogger(AgencyClient.class);

    private final ResponsibilitiesApi responsibilities;
    private final long retryAfterSeconds;

    public AgencyClient(@RestClient ResponsibilitiesApi responsibilities, EvaluationConfig config) {
        this.responsibilities = responsibilities;
        this.retryAfterSeconds = Math.max(1, config.peerRetryAfter().toSeconds());
    }

    /** Who answers for each of the plan's indicators on {@code asOf}, in one request; empty when the plan is unknown. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @Fallback(fallbackMethod = "responsibilitiesUnavailable")
    public Optional<Responsibilities> responsibilities(String planCode, LocalDate asOf) {
        try {
            return Optional.of(toDomain(responsibilities.getIndicatorResponsibilities(planCode, asOf.toString())));
        } catch (ApiException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            throw new IllegalStateException(PEER + " answered HTTP " + status + " for the responsibilities of " + planCode, e);
        } catch (ProcessingException e) {
            throw new IllegalStateException(PEER + " could not be reached: " + e.getMessage(), e);
        }
    }

    Optional<Responsibilities> responsibilitiesUnavailable(String planCode, LocalDate asOf, Throwable cause) {
        LOG.warnf("Responsibilities of plan %s not available from %s: %s", planCode, PEER, cause.toString());
        throw new PeerUnavailableException(PEER, retryAfterSeconds);
    }

    static Responsibilities toDomain(PlanIndicatorResponsibilities r) {
        return new Responsibilities(r.getPlanCode(), list(r.getItems()).stream()
                .map(i -> new Responsibilities.IndicatorAgencies(i.getIndicatorCode(), i.getDomainCode(),
                        agencies(i.getLeads()), agencies(i.getResponsible()), agencies(i.getDataProviders())))
                .toList());
    }

    private static List<Responsibilities.AgencyRef> agencies(List<IndicatorAgencyRef> refs) {
        return list(refs).stream().map(a -> new Responsibilities.AgencyRef(a.getCode(), a.getNameZh(), a.getNameEn())).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
