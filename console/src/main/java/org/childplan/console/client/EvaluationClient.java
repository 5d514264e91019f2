package org.childplan.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.childplan.console.client.evaluation.api.EvaluationReportsApi;
import org.childplan.console.client.evaluation.model.PublishedReport;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way the console talks to evaluation-service, built like {@link AgencyClient}. Add a method per thing a page
 * needs, with the same four annotations.
 */
@ApplicationScoped
public class EvaluationClient {

    public static final String SERVICE = "evaluation-service";
    static final long RETRY_AFTER_SECONDS = 30;

    private final EvaluationReportsApi reports;

    public EvaluationClient(@RestClient EvaluationReportsApi reports) {
        this.reports = reports;
    }

    /** The published evaluation reports (public: no token needed), newest first as the service lists them. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ServiceProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            skipOn = ServiceProblemException.class)
    @Fallback(fallbackMethod = "publishedUnavailable", skipOn = ServiceProblemException.class)
    public List<PublishedReport> publishedReports() {
        var page = ServiceCall.answer(SERVICE, "the published reports", () -> reports.listPublishedReports(0, 500));
        return page.getItems() == null ? List.of() : page.getItems();
    }

    List<PublishedReport> publishedUnavailable(Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The published reports", RETRY_AFTER_SECONDS, cause);
    }
}
