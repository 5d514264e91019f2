package org.childplan.console.web.workflow;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;
import org.childplan.console.client.ServiceProblemException;

/**
 * What every workflow form does the same way: a fresh Idempotency-Key per rendered form (a double submit of the same
 * form creates one thing), after a successful write a redirect back to the page (so a reload does not repeat it),
 * after a refusal the page again with the service's words (a 412 with the words "someone changed this meanwhile").
 */
final class Forms {

    private Forms() {
    }

    /** A new key for one rendering of a creating form. */
    static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }

    /** An ETag for a hidden field; null (no header) when the service sent none. */
    static String ifMatch(String etag) {
        return etag == null || etag.isBlank() ? null : etag;
    }

    /**
     * Does the write; on success sees the page again (303, with what was done as ?done=); on a refusal renders the page
     * with the problem, under the service's status. A 412 is shown as "changed meanwhile, reload" by the template.
     */
    static Response write(Runnable write, String back, String done, java.util.function.Function<ServiceProblemException, TemplateInstance> again) {
        return create(() -> {
            write.run();
            return back;
        }, done, again);
    }

    /** As {@link #write}, for a write whose page is only known from the service's answer (the created thing's page). */
    static Response create(Supplier<String> writeThenPage, String done, java.util.function.Function<ServiceProblemException, TemplateInstance> again) {
        String back;
        try {
            back = writeThenPage.get();
        } catch (ServiceProblemException refused) {
            return Response.status(refused.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(again.apply(refused).render()).build();
        }
        String separator = back.contains("?") ? "&" : "?";
        return Response.seeOther(URI.create(back + separator + "done=" + done)).build();
    }

    static <T> T orNull(Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
