package org.childplan.evaluation.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childplan.evaluation.client.agency.model.IndicatorAgencyRef;
import org.childplan.evaluation.client.agency.model.PlanIndicatorResponsibilities;
import org.childplan.evaluation.client.generated.GovernanceBodiesApi;
import org.childplan.evaluation.client.generated.ResponsibilitiesApi;
import org.childplan.evaluation.domain.GovernanceBody;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way this service talks to agency-service, built like {@link IndicatorClient}: fault tolerance around the
 * generated interface, 404 as empty, everything else unavailable as 503 ({@link PeerCall}), reads revalidated
 * ({@link PeerCall#conditional}).
 */
@ApplicationScoped
public class AgencyClient {

    static final String PEER = "agency-service";

    private final ResponsibilitiesApi responsibilities;
    private final GovernanceBodiesApi governance;
    private final long retryAfterSeconds;

    public AgencyClient(@RestClient ResponsibilitiesApi responsibilities, @RestClient GovernanceBodiesApi governance,
                        EvaluationConfig config) {
        this.responsibilities = responsibilities;
        this.governance = governance;
        this.retryAfterSeconds = Math.max(1, config.peerRetryAfter().toSeconds());
    }

    /** Who answers for each of the plan's indicators on {@code asOf}, in one request; empty when the plan is unknown. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @Fallback(fallbackMethod = "responsibilitiesUnavailable")
    public Optional<Responsibilities> responsibilities(String planCode, LocalDate asOf) {
        return PeerCall.conditional(PEER, "the responsibilities of " + planCode, Responsibilities.class,
                () -> responsibilities.getIndicatorResponsibilities(planCode, asOf.toString(), null), AgencyClient::toDomain);
    }

    Optional<Responsibilities> responsibilitiesUnavailable(String planCode, LocalDate asOf, Throwable cause) {
        throw PeerCall.unavailable(PEER, "Responsibilities of plan " + planCode, retryAfterSeconds, cause);
    }

    /** The plan's governance bodies (a few, on one page), to name who issues a report. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @Fallback(fallbackMethod = "governanceUnavailable")
    public Optional<List<GovernanceBody>> governanceBodies() {
        return PeerCall.emptyIfUnknown(PEER, "the governance bodies", () -> list(governance.listGovernanceBodies(null, 0, 100)
                .getItems()).stream().map(b -> new GovernanceBody(b.getCode(), b.getNameZh(), b.getNameEn(), b.getParentCode()))
                .toList());
    }

    Optional<List<GovernanceBody>> governanceUnavailable(Throwable cause) {
        throw PeerCall.unavailable(PEER, "Governance bodies", retryAfterSeconds, cause);
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
