package org.childplan.console.web;

import java.util.function.Supplier;
import org.childplan.console.client.ServiceProblemException;
import org.childplan.platform.peer.PeerUnavailableException;

/**
 * One part of a page that comes from one service. When that service is down, the part says so in words
 * ({@code {#include unavailable section=... /}}) and the rest of the page is rendered as usual; a refusal by the
 * service (its problem+json) is shown with its own words ({@code {#include problem problem=section.problem /}}).
 *
 * @param <T> what the part shows
 */
public record Section<T>(T value, String unavailableService, long retryAfterSeconds, ServiceProblemException problem) {

    /** Loads the part; a service that is unavailable or refuses becomes a section that says so. */
    public static <T> Section<T> load(Supplier<T> loader) {
        try {
            return new Section<>(loader.get(), null, 0, null);
        } catch (PeerUnavailableException e) {
            return new Section<>(null, serviceOf(e), e.retryAfter().map(d -> d.toSeconds()).orElse(30L), null);
        } catch (ServiceProblemException e) {
            return new Section<>(null, null, 0, e);
        }
    }

    public boolean ok() {
        return unavailableService == null && problem == null;
    }

    public boolean unavailable() {
        return unavailableService != null;
    }

    /** The service named in the platform's PeerUnavailableException message ("evaluation-service is unavailable, …"). */
    static String serviceOf(PeerUnavailableException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int space = message.indexOf(' ');
        return space > 0 ? message.substring(0, space) : "service";
    }
}
