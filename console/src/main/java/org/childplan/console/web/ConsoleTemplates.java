package org.childplan.console.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every template instance is rendered in the request's language, so that {@code msg:} picks the Chinese messages or
 * the English file (msg_en.properties), without each resource having to say so.
 */
@ApplicationScoped
public class ConsoleTemplates {

    void inTheRequestsLanguage(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            var container = Arc.container();
            if (container != null && container.requestContext().isActive()) {
                instance.setLocale(container.instance(Page.class).get().locale());
            }
        });
    }
}
