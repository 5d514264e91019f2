package org.childplan.indicator.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.childplan.indicator.config.CatalogueConfig;
import org.childplan.platform.startup.StartupWork;
import org.jboss.logging.Logger;

/**
 * Loads the configured plans at first start, through the same validation and import path a user's upload takes.
 * A plan already stored is left as it is, so later edits made through the API survive restarts; only the seed's
 * amendments not applied yet (a {@code .amendments.json} next to the seed) reach it, as new indicator versions.
 * Seeding runs off the startup path ({@link StartupWork}): the service reports ready without waiting for it, and
 * its API requests wait until it is done, so no caller sees the service without its plans. On a first start the
 * import is most of the time to ready it would otherwise add (about a second for the Changning plan; docs/deploy.md);
 * a restart on a database that has the plan and all its amendments skips it quickly. The readiness check shows each
 * seed's state ({@link SeedHealthCheck}). A seed that fails stops the service, as it failed the start when seeding
 * ran before ready: a service without the plan it was deployed with is a deployment error, not a state to serve.
 */
@ApplicationScoped
public class PlanSeeder {

    private static final Logger LOG = Logger.getLogger(PlanSeeder.class);

    /** A seed's state before its outcome is known, and after it failed. */
    static final String PENDING = "PENDING";
    static final String FAILED = "FAILED";

    private final CatalogueConfig config;
    private final PlanDocumentValidator validator;
    private final PlanImporter importer;
    private final ObjectMapper mapper;
    private final StartupWork startupWork;
    private final Map<String, String> states = new ConcurrentHashMap<>();

    public PlanSeeder(CatalogueConfig config, PlanDocumentValidator validator, PlanImporter importer, ObjectMapper mapper,
                      StartupWork startupWork) {
        this.config = config;
        this.validator = validator;
        this.importer = importer;
        this.mapper = mapper;
        this.startupWork = startupWork;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> resources = config.seedPlans().orElse(List.of());
        if (resources.isEmpty()) {
            return;
        }
        resources.forEach(resource -> states.put(resource, PENDING));
        startupWork.run("plan-seeder", () -> resources.forEach(this::seedRecordingState))
                .whenComplete((done, failure) -> {
                    if (failure != null && !startupWork.stopping()) {
                        LOG.errorf(failure, "Seeding the plans failed (%s); the service stops", states);
                        Quarkus.asyncExit(1);
                    }
                });
    }

    private void seedRecordingState(String resource) {
        try {
            states.put(resource, seed(resource).name());
        } catch (RuntimeException e) {
            states.put(resource, FAILED);
            throw e;
        }
    }

    /** Each configured seed and where it stands: {@value #PENDING}, {@value #FAILED}, or its {@link Outcome}. */
    public Map<String, String> states() {
        return Map.copyOf(states);
    }

    /** What seeding one document did. */
    public enum Outcome {
        /** The plan was not stored: the document was validated and imported. */
        LOADED,
        /** The plan was stored: the document was validated and amendments not applied before were applied (maybe none). */
        AMENDED,
        /** The plan was stored with every amendment of the seed: nothing to do, the document was not even validated. */
        UP_TO_DATE
    }

    public Outcome seed(String resource) {
        JsonNode raw = read(resource);
        if (raw == null) {
            throw new IllegalStateException("Seed plan " + resource + " is not on the classpath");
        }
        return seed(resource, raw, read(amendmentsOf(resource)));
    }

    /**
     * Seeds one document. At every start after the first the plan is stored and its amendments applied, and then
     * the document would only be read to be set aside: validating it (JSON Schema and rules, a 150 KB document) was
     * most of what the seed cost a restart. So that case is recognised first, from the plan's code and the
     * amendments' codes alone; anything else takes the full path (validated, then imported or amended under the
     * plan's lock). A plan counts as stored with its amendments only once the transaction that loaded it has
     * committed, since the import records the amendments in the same transaction.
     */
    Outcome seed(String resource, JsonNode raw, JsonNode amendmentsRaw) {
        List<SeedAmendment> amendments = amendmentsRaw == null ? List.of()
                : mapper.convertValue(amendmentsRaw, new TypeReference<List<SeedAmendment>>() { });
        String planCode = raw.path("plan").path("code").asText("");
        if (!planCode.isEmpty()
                && importer.storedWithAmendments(planCode, amendments.stream().map(SeedAmendment::code).toList())) {
            LOG.infof("Seed plan %s from %s is already stored with all %d amendments; nothing to do", planCode, resource,
                    amendments.size());
            return Outcome.UP_TO_DATE;
        }
        // the two halves' times are logged: on a first start they are most of the time to ready (docs/deploy.md)
        long started = System.nanoTime();
        var document = validator.validate(raw);
        long validated = System.nanoTime();
        PlanImporter.SeedResult result = importer.seed(document, amendments);
        long validationMs = (validated - started) / 1_000_000;
        long importMs = (System.nanoTime() - validated) / 1_000_000;
        result.loaded().ifPresentOrElse(
                report -> LOG.infof("Seed plan %s loaded from %s (validated in %d ms, imported in %d ms): %s",
                        report.planCode(), resource, validationMs, importMs, report.counts()),
                () -> LOG.infof("Seed plan from %s is already stored; amendments applied now (in %d ms): %s", resource,
                        validationMs + importMs, result.amendmentsApplied()));
        return result.loaded().isPresent() ? Outcome.LOADED : Outcome.AMENDED;
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
