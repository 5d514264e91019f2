package org.childplan.platform.peer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;

/**
 * {@code childplan_peer_fetches_total{peer, outcome}}: conditional peer reads answered in full ({@code full}) or
 * confirmed unchanged ({@code not_modified}), so that what revalidation saves can be watched.
 */
final class PeerFetches {

    static final String FULL = "full";
    static final String NOT_MODIFIED = "not_modified";

    private PeerFetches() {
    }

    static void count(String peer, String outcome) {
        var container = Arc.container();
        if (container == null) {
            return; // outside a running service (unit tests): nothing to count on
        }
        var registry = container.instance(MeterRegistry.class);
        if (registry.isAvailable()) {
            registry.get().counter("childplan.peer.fetches", "peer", peer, "outcome", outcome).increment();
        }
    }
}
