package org.childplan.agency.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.childplan.agency.client.IndicatorClient;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.peer.PeerAnswerCache;
import org.childplan.platform.peer.PeerUnavailableException;
import org.childplan.platform.time.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan's catalogue mapping, fetched from indicator-service with one request per plan and operation.
 * Writes need it fresh (503 when indicator-service is unavailable); reads fall back to the stored copy.
 */
@ApplicationScoped
public class CatalogueService {

    /** Whether an answer used a catalogue fetched for it, or the copy stored at an earlier fetch. */
    @Schema(name = "CatalogueSourceType")
    public enum Source {
        FRESH,
        STORED
    }

    public record Read(PlanCatalogue catalogue, Source source, OffsetDateTime fetchedAt) {
    }

    private static final String CATALOGUE = "catalogue";

    private final IndicatorClient client;
    private final PeerAnswerCache kept;

    public CatalogueService(IndicatorClient client, PeerAnswerCache kept) {
        this.client = client;
        this.kept = kept;
    }

    /** Fetched now, and stored; empty when indicator-service has no such plan; 503 when it is unavailable. */
    public Optional<Read> fresh(String planCode) {
        Optional<PlanCatalogue> catalogue = client.catalogue(planCode);
        OffsetDateTime now = Timestamps.now();
        catalogue.ifPresent(c -> kept.keep(CATALOGUE, planCode, c, now));
        return catalogue.map(c -> new Read(c, Source.FRESH, now));
    }

    /** For a write that must be checked against the catalogue: fresh, or a 404 / 503. */
    public Read forWriting(String planCode) {
        return fresh(planCode).orElseThrow(() -> planNotInCatalogue(planCode));
    }

    /** For a read: fresh when indicator-service answers, otherwise the stored copy; 503 only when there is none. */
    public Read forReading(String planCode) {
        try {
            return fresh(planCode).orElseThrow(() -> planNotInCatalogue(planCode));
        } catch (PeerUnavailableException unavailable) {
            return kept.recall(CATALOGUE, planCode, PlanCatalogue.class)
                    .map(stored -> new Read(stored.answer(), Source.STORED, stored.fetchedAt()))
                    .orElseThrow(() -> unavailable);
        }
    }

    static ResourceNotFoundException planNotInCatalogue(String planCode) {
        return new ResourceNotFoundException("Plan '" + planCode + "' does not exist in indicator-service's catalogue",
                "指标目录（indicator-service）中不存在规划“" + planCode + "”");
    }
}
