package org.childplan.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.childplan.indicator.config.CatalogueConfig;
import org.jboss.logging.Logger;

/**
 * Loads the configured plans at first start, through the same validation and import path a user's upload takes.
 * A plan already stored is left exactly as it is, so later edits made through the API survive restarts.
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
        JsonNode raw;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed plan " + resource + " is not on the classpath");
            }
            raw = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed plan " + resource + " could not be read", e);
        }
        importer.importIfAbsent(validator.validate(raw)).ifPresentOrElse(
                report -> LOG.infof("Seed plan %s loaded from %s: %s", report.planCode(), resource, report.counts()),
                () -> LOG.infof("Seed plan from %s is already stored; left unchanged", resource));
    }
}
