package org.childplan.agency.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.childplan.agency.config.AgencyConfig;
import org.childplan.agency.domain.ResponsibilityImport;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.peer.PeerUnavailableException;
import org.jboss.logging.Logger;

/**
 * Loads the configured responsibility documents once, at first start, through the same path as
 * {@code POST /api/v1/responsibility-imports}. Validating a document needs indicator-service, which may start
 * after this service or be down: the seeder then retries in the background, so it never blocks or fails startup.
 * A document once loaded is never loaded again, so later edits made through the API survive restarts.
 */
@ApplicationScoped
public class ResponsibilitySeeder {

    private static final Logger LOG = Logger.getLogger(ResponsibilitySeeder.class);

    /** Where each seed document stands, for the readiness check's data. */
    public enum State {
        PENDING,
        WAITING_FOR_INDICATOR_SERVICE,
        LOADED,
        FAILED
    }

    private final AgencyConfig config;
    private final ResponsibilityImportService imports;
    private final ObjectMapper mapper;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    public ResponsibilitySeeder(AgencyConfig config, ResponsibilityImportService imports, ObjectMapper mapper) {
        this.config = config;
        this.imports = imports;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        var resources = config.seedDocuments().orElse(List.of());
        if (resources.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "responsibility-seeder");
            thread.setDaemon(true);
            return thread;
        });
        resources.forEach(resource -> {
            states.put(resource, State.PENDING);
            executor.execute(() -> attempt(resource, 1));
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    public Map<String, State> states() {
        return Map.copyOf(states);
    }

    void attempt(String resource, int attempt) {
        Duration interval = config.seedRetryInterval();
        try {
            if (QuarkusTransaction.requiringNew().call(() -> ResponsibilityImport.seeded(resource))) {
                states.put(resource, State.LOADED);
                LOG.infof("Seed responsibilities %s were loaded before; left unchanged", resource);
                return;
            }
            ImportReport report = imports.apply(imports.prepare(read(resource)), false, ResponsibilityImport.SEED, resource);
            states.put(resource, State.LOADED);
            LOG.infof("Seed responsibilities loaded from %s (attempt %d): %s", resource, attempt, report.counts());
        } catch (PeerUnavailableException e) {
            retry(resource, attempt, interval, "indicator-service is unavailable");
        } catch (InputValidationException e) {
            boolean onlyMissingPlans = e.errors().stream()
                    .allMatch(error -> error.message().startsWith(ResponsibilityDocumentValidator.PLAN_NOT_IN_CATALOGUE));
            if (onlyMissingPlans) {
                retry(resource, attempt, interval, "indicator-service does not have the plan yet");
            } else {
                states.put(resource, State.FAILED);
                LOG.errorf("Seed responsibilities %s are invalid and were not loaded: %s", resource, e.errors());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Seed responsibilities %s could not be loaded", resource);
            retry(resource, attempt, interval, e.getClass().getSimpleName());
        }
    }

    private void retry(String resource, int attempt, Duration interval, String reason) {
        states.put(resource, State.WAITING_FOR_INDICATOR_SERVICE);
        LOG.warnf("Seed responsibilities %s not loaded yet (attempt %d: %s); retrying in %s", resource, attempt, reason, interval);
        if (!executor.isShutdown()) {
            executor.schedule(() -> attempt(resource, attempt + 1), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed document " + resource + " is not on the classpath");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed document " + resource + " could not be read", e);
        }
    }
}
