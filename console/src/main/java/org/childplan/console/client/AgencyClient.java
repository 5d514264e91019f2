package org.childplan.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.childplan.console.client.agency.api.AgenciesApi;
import org.childplan.console.client.agency.model.Agency;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way the console talks to agency-service: the generated interfaces, each call wrapped like the services'
 * peer clients (timeout, retry and circuit breaker on the class, so on every method, each with its own breaker; the
 * method's fallback answers unavailable, shown as words on the page), and a
 * refusal by the service passed through untouched as a {@link ServiceProblemException} ({@link ServiceCall}).
 * Add a method per thing a page needs; pages see these methods, not the generated interfaces.
 */
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ServiceProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = ServiceProblemException.class)
@ApplicationScoped
public class AgencyClient {

    public static final String SERVICE = "agency-service";
    static final long RETRY_AFTER_SECONDS = 30;

    private final AgenciesApi agencies;
    private final CallToken callToken;

    public AgencyClient(@RestClient AgenciesApi agencies, CallToken callToken) {
        this.agencies = agencies;
        this.callToken = callToken;
    }

    /** Every active agency, by code (a few dozen: read in pages of 500). */
    @Fallback(fallbackMethod = "allUnavailable", skipOn = ServiceProblemException.class)
    public List<Agency> all() {
        return readAll();
    }

    /**
     * Every active agency, read with the given token instead of the signed-in person's: for the development sign-in,
     * whose visitor has no token yet while agency-service lists agencies only to signed-in callers.
     */
    @Fallback(fallbackMethod = "allReadWithUnavailable", skipOn = ServiceProblemException.class)
    public List<Agency> allReadWith(String token) {
        callToken.set(token);
        try {
            return readAll();
        } finally {
            callToken.set(null);
        }
    }

    private List<Agency> readAll() {
        List<Agency> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            int number = page;
            var answer = ServiceCall.answer(SERVICE, "the agencies",
                    () -> agencies.listAgencies(true, null, null, number, null, 500));
            all.addAll(answer.getItems() == null ? List.of() : answer.getItems());
            if (answer.getItems() == null || answer.getItems().size() < 500) {
                break;
            }
        }
        return all;
    }

    private List<Agency> allUnavailable(Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The agencies", RETRY_AFTER_SECONDS, cause);
    }

    private List<Agency> allReadWithUnavailable(String token, Throwable cause) {
        return allUnavailable(cause);
    }
}
