package org.childplan.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts a service. Before Quarkus starts, it turns off Quarkus' own check that a request target is a URI, which
 * refuses a malformed one (a lone %, %ZZ) with an empty 400: {@code HttpLayerProblems} makes the same check as the
 * first route and answers problem+json, as every other error of the API. Tests set the same property (root pom).
 */
@QuarkusMain
public final class ServiceMain {

    static final String URI_VALIDATION = "vertx.disableURIValidation";

    private ServiceMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION) == null) {
            System.setProperty(URI_VALIDATION, "true");
        }
        Quarkus.run(args);
    }
}
