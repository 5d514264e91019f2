package org.childplan.deploy;

import java.util.List;
import java.util.Locale;

/**
 * The three services as ARCHITECTURE.md fixes them: name, port, database and the peers each one calls.
 * The tests compare the deployment files against this, and this against the services' own application.properties.
 */
record Services(String name, int port, String database, List<String> peers) {

    static final List<Services> ALL = List.of(
            new Services("indicator-service", 8081, "indicator", List.of()),
            new Services("agency-service", 8082, "agency", List.of("indicator-service")),
            new Services("evaluation-service", 8083, "evaluation", List.of("indicator-service", "agency-service")));

    static Services named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name));
    }

    /** The environment variable for the peer's base URL, e.g. QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL. */
    static String peerUrlVariable(String peer) {
        return "QUARKUS_REST_CLIENT_" + peer.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** The image name (without registry and tag) the Jib build gives the service. */
    String image() {
        return "childplan/" + name;
    }
}
