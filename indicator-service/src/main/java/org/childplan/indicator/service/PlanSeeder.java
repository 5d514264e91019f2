package org.childplan.indicator.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.childplan.indicator.config.CatalogueConfig;
import org.jboss.logging.Logger;

/**
 * Loads the configured plans at first start, through the same validation and import path a user's upload takes.
 * A plan already stored is left as it is, so later edits made through the API survive restarts; only the seed's
 * amendments not applied yet (a {@code .amendments.json} next to the seed) reach it, as new indicator versions.
 */
@ApplicationScoped
public class PlanSeeder {

    private static final Logger LOG = Logger.getLogger(PlanSeeder.class);

    private final CatalogueConfig config;
    private final PlanDocumentValidator validator;
    private final PlanImporter importer;
    private final ObjectMapper mapper;

    public PlanSeeder(CatalogueConfig config, PlanDocumentValidator validator, PlanImporter importer, ObjectMapper mapper) {
        this.config = config;
        this.validator = validator;
        this.importer = importer;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        config.seedPlans().ifPresent(resources -> resources.forEach(this::seed));
    }

    public void seed(String resource) {
        JsonNode raw = read(resource);
        if (raw == null) {
            throw new IllegalStateException("Seed plan " + resource + " is not on the classpath");
        }
        String amendmentsResource = amendmentsOf(resource);
        JsonNode amendmentsRaw = read(amendmentsResource);
        List<SeedAmendment> amendments = amendmentsRaw == null ? List.of()
                : mapper.convertValue(amendmentsRaw, new TypeReference<List<SeedAmendment>>() { });
        PlanImporter.SeedResult result = importer.seed(validator.validate(raw), amendments);
        result.loaded().ifPresentOrElse(
                report -> LOG.infof("Seed plan %s loaded from %s: %s", report.planCode(), resource, report.counts()),
                () -> LOG.infof("Seed plan from %s is already stored; amendments applied now: %s", resource,
                        result.amendmentsApplied()));
    }

    /** plans/x.json has its amendments in plans/x.amendments.json. */
    static String amendmentsOf(String resource) {
        return resource.replaceFirst("\\.json$", "") + ".amendments.json";
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed resource " + resource + " could not be read", e);
        }
    }
}
