package org.childplan.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.childplan.console.client.evaluation.api.EvaluationReportsApi;
import org.childplan.console.client.evaluation.model.EvaluationReport;
import org.childplan.console.client.evaluation.model.PublicFeedback;
import org.childplan.console.client.evaluation.model.PublicFeedbackInput;
import org.childplan.console.client.evaluation.model.PublicFeedbackReceipt;
import org.childplan.console.client.evaluation.model.PublishedReport;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way the console talks to evaluation-service, built like {@link AgencyClient}. Add a method per thing a page
 * needs, with its {@code @Fallback}. The timeout, retry and circuit breaker on the class apply to every method (each
 * method has its own breaker); a method that needs a longer timeout or no retry (a write) says so on itself.
 */
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ServiceProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = ServiceProblemException.class)
@ApplicationScoped
public class EvaluationClient {

    public static final String SERVICE = "evaluation-service";
    static final long RETRY_AFTER_SECONDS = 30;

    private final EvaluationReportsApi reports;
    private final PublicReportApi publicReports;

    public EvaluationClient(@RestClient EvaluationReportsApi reports, @RestClient PublicReportApi publicReports) {
        this.reports = reports;
        this.publicReports = publicReports;
    }

    /** The published evaluation reports (public: no token needed), newest first as the service lists them. */
    @Fallback(fallbackMethod = "publishedUnavailable", skipOn = ServiceProblemException.class)
    public List<PublishedReport> publishedReports() {
        var page = ServiceCall.answer(SERVICE, "the published reports", () -> reports.listPublishedReports(0, 500));
        return page.getItems() == null ? List.of() : page.getItems();
    }

    private List<PublishedReport> publishedUnavailable(Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The published reports", RETRY_AFTER_SECONDS, cause);
    }

    /** A report as it stands (for a visitor without an account: the published version; 401/404 otherwise). */
    @Timeout(10_000)
    @Fallback(fallbackMethod = "reportUnavailable", skipOn = ServiceProblemException.class)
    public EvaluationReport report(String planCode, String code) {
        return ServiceCall.answer(SERVICE, "the report", () -> reports.getEvaluationReport(code, planCode, null));
    }

    private EvaluationReport reportUnavailable(String planCode, String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The report", RETRY_AFTER_SECONDS, cause);
    }

    /** The report's file in one format, the service's bytes untouched (a PDF is rendered on demand: a longer timeout). */
    @Timeout(60_000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = ServiceProblemException.class)
    @Fallback(fallbackMethod = "reportFileUnavailable", skipOn = ServiceProblemException.class)
    public byte[] reportFile(String planCode, String code, ReportFormat format) {
        return ServiceCall.answer(SERVICE, "the report file", () -> switch (format) {
            case PDF -> publicReports.pdf(planCode, code);
            case XLSX -> publicReports.xlsx(planCode, code);
            case HTML -> publicReports.html(planCode, code);
            case JSON -> publicReports.json(planCode, code);
        });
    }

    private byte[] reportFileUnavailable(String planCode, String code, ReportFormat format, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The report file", RETRY_AFTER_SECONDS, cause);
    }

    /** The readers' feedback the committee office approved for publication. */
    @Fallback(fallbackMethod = "publicFeedbackUnavailable", skipOn = ServiceProblemException.class)
    public List<PublicFeedback> publicFeedback(String planCode, String code) {
        var page = ServiceCall.answer(SERVICE, "the public feedback", () -> reports.listPublicFeedback(code, planCode, 0, 100));
        return page.getItems() == null ? List.of() : page.getItems();
    }

    private List<PublicFeedback> publicFeedbackUnavailable(String planCode, String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The public feedback", RETRY_AFTER_SECONDS, cause);
    }

    /**
     * A visitor's feedback, sent once (a retry could post it twice), with the visitor's address: the service counts its
     * per-address allowance by it when the console's address is among its trusted proxies (docs/console.md).
     */
    @Timeout(10_000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "submitFeedbackUnavailable", skipOn = ServiceProblemException.class)
    public PublicFeedbackReceipt submitFeedback(String planCode, String code, String visitorAddress, PublicFeedbackInput input) {
        return ServiceCall.answer(SERVICE, "the feedback",
                () -> publicReports.submitFeedback(planCode, code, visitorAddress, input));
    }

    private PublicFeedbackReceipt submitFeedbackUnavailable(String planCode, String code, String visitorAddress,
            PublicFeedbackInput input, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Sending feedback", RETRY_AFTER_SECONDS, cause);
    }
}
