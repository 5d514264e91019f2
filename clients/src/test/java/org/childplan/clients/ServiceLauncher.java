package org.childplan.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the three services from the quarkus-run.jar the reactor built, on scratch databases, wired to each other as
 * deploy/run-local.sh wires them, and optionally a Prism validating proxy in front of each. {@link #close()} stops
 * every process it started; a shutdown hook does too, should the test JVM end first.
 */
final class ServiceLauncher implements AutoCloseable {

    /** The three services, on loopback ports of their own (tools/check-upgrade.sh uses 38081-38083). */
    enum Service {
        INDICATOR("indicator", 38181), AGENCY("agency", 38182), EVALUATION("evaluation", 38183);

        final String name;
        final int port;

        Service(String name, int port) {
            this.name = name;
            this.port = port;
        }

        int prismPort() {
            return port + 10;
        }

        Path contract(Path root) {
            return root.resolve(name + "-service/src/main/openapi/openapi.yaml");
        }

        @Override
        public String toString() {
            return name + "-service";
        }
    }

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Path root;
    private final Path logs;
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread stopOnExit = new Thread(this::stopAll, "stop-journey-services");

    private ServiceLauncher(Path root, Path logs) {
        this.root = root;
        this.logs = logs;
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Recreates the scratch databases and starts the services; returns once all are ready with the plan seeded. */
    static ServiceLauncher startServices(Path root, Path logs) throws Exception {
        for (Service service : Service.values()) {
            requireFreePort(service.port);
        }
        recreateDatabases();
        Files.createDirectories(logs);
        var launcher = new ServiceLauncher(root, logs);
        try {
            // all three at once, as run-local.sh does: agency-service loads the plan's responsibilities as soon as
            // indicator-service answers, retrying every 3 s until it does
            for (Service service : Service.values()) {
                launcher.startService(service);
            }
            for (Service service : Service.values()) {
                launcher.awaitReady(service);
            }
            launcher.awaitResponsibilitySeed();
            return launcher;
        } catch (Exception | Error e) {
            launcher.close();
            throw e;
        }
    }

    /** Starts `prism proxy CONTRACT SERVICE_URL --errors` in front of each service. */
    void startPrism() throws Exception {
        Path prism = root.resolve("tools/contracts/node_modules/.bin/prism");
        if (!Files.isExecutable(prism)) {
            throw new IllegalStateException(prism + " is missing; clients/check-typescript-clients.sh installs it (npm ci in"
                    + " tools/contracts), and runs in this module's compile phase");
        }
        for (Service service : Service.values()) {
            requireFreePort(service.prismPort());
            start(prismLog(service), prism.toString(), "proxy", service.contract(root).toString(),
                    serviceUrl(service).toString(), "--errors", "-h", "127.0.0.1", "-p", String.valueOf(service.prismPort()));
        }
        for (Service service : Service.values()) {
            awaitPort(service.prismPort(), "Prism in front of " + service, prismLog(service));
        }
    }

    URI serviceUrl(Service service) {
        return URI.create("http://127.0.0.1:" + service.port);
    }

    URI prismUrl(Service service) {
        return URI.create("http://127.0.0.1:" + service.prismPort());
    }

    Path prismLog(Service service) {
        return logs.resolve("prism-" + service.name + ".log");
    }

    /**
     * The lines of Prism's log that report a violation: "[VALIDATOR] ✖ error Violation: response.body..." (or a
     * warning), and with --errors "Request terminated with error: https://stoplight.io/prism/errors#VIOLATIONS".
     */
    List<String> prismViolations(Service service) throws IOException {
        Path log = prismLog(service);
        if (!Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.toLowerCase(Locale.ROOT).contains("violation")
                    || line.contains("Request terminated with error")).map(String::strip).toList();
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs (or ran) anyway
        }
    }

    private synchronized void stopAll() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private void startService(Service service) throws IOException {
        Path jar = root.resolve(service.name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw -B verify builds them"
                    + " before this module)");
        }
        // the JVM of this test, Java 17 like the build
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = command(logs.resolve(service.name + ".log"), java, "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", Database.url("journey_" + service.name));
        env.put("QUARKUS_DATASOURCE_USERNAME", Database.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", Database.PASSWORD);
        env.put("QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL", serviceUrl(Service.INDICATOR).toString());
        env.put("QUARKUS_REST_CLIENT_AGENCY_SERVICE_URL", serviceUrl(Service.AGENCY).toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("deploy/dev-keys/dev-public-key.pem").toString());
        env.put("CHILDPLAN_SECURITY_ALLOW_DEV_KEY", "true");
        env.put("CHILDPLAN_AGENCY_SEED_RETRY_INTERVAL", "3s");
        processes.add(builder.start());
    }

    private void start(Path log, String... command) throws IOException {
        processes.add(command(log, command).start());
    }

    private ProcessBuilder command(Path log, String... command) {
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
    }

    private void awaitReady(Service service) throws Exception {
        Path log = logs.resolve(service.name + ".log");
        Instant deadline = Instant.now().plus(STARTUP);
        while (get(serviceUrl(service).resolve("/q/health/ready")) != 200) {
            checkAlive(service.toString(), log, deadline);
        }
    }

    /** agency-service is ready before its seed is loaded; the journey needs the plan's responsibilities (run-local.sh). */
    private void awaitResponsibilitySeed() throws Exception {
        Path log = logs.resolve("agency.log");
        Instant deadline = Instant.now().plus(STARTUP);
        var mapper = new ObjectMapper();
        while (true) {
            var response = http.send(HttpRequest.newBuilder(serviceUrl(Service.AGENCY).resolve("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> states = new ArrayList<>();
            for (JsonNode check : mapper.readTree(response.body()).path("checks")) {
                if (check.path("name").asText().equals("Responsibility seed")) {
                    check.path("data").forEach(state -> states.add(state.asText()));
                }
            }
            if (states.contains("FAILED")) {
                throw new IllegalStateException("agency-service could not load the plan's responsibilities; see " + log);
            }
            if (!states.isEmpty() && states.stream().allMatch("LOADED"::equals)) {
                return;
            }
            checkAlive("agency-service (loading the responsibility seed)", log, deadline);
        }
    }

    private void awaitPort(int port, String what, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                checkAlive(what, log, deadline);
            }
        }
    }

    private void checkAlive(String what, Path log, Instant deadline) throws Exception {
        for (Process process : processes) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " is not ready and a started process ended (exit " + process.exitValue()
                        + "): " + String.join(" ", process.info().commandLine().orElse("")) + "; see " + logs);
            }
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(what + " not ready after " + STARTUP.toSeconds() + " s; see " + log);
        }
        Thread.sleep(300);
    }

    private int get(URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListeningYet) {
            return -1;
        }
    }

    private static void requireFreePort(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
        } catch (IOException free) {
            return;
        }
        throw new IllegalStateException("port " + port + " is in use: is an earlier journey still running? The clients"
                + " module's test needs 38181-38183 and 38191-38193 on 127.0.0.1");
    }

    private static void recreateDatabases() throws SQLException {
        try (var connection = DriverManager.getConnection(Database.url("postgres"), Database.USER, Database.PASSWORD);
             var statement = connection.createStatement()) {
            for (Service service : Service.values()) {
                statement.execute("drop database if exists journey_" + service.name + " with (force)");
                statement.execute("create database journey_" + service.name + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new SQLException("cannot create the journey databases on " + Database.url("postgres") + " as "
                    + Database.USER + " (TEST_PG_HOST/TEST_PG_PORT/TEST_PG_USER/TEST_PG_PASSWORD): " + e.getMessage(), e);
        }
    }

    /** The PostgreSQL server of the tests (README: TEST_PG_*; default 127.0.0.1:5432, user postgres). */
    private static final class Database {
        static final String USER = env("TEST_PG_USER", "postgres");
        static final String PASSWORD = env("TEST_PG_PASSWORD", "");

        static String url(String database) {
            return "jdbc:postgresql://" + env("TEST_PG_HOST", "127.0.0.1") + ":" + env("TEST_PG_PORT", "5432") + "/" + database;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
