package org.childplan.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the services from the quarkus-run.jar the reactor built, on scratch databases, wired to each other as
 * deploy/run-local.sh wires them, and optionally a Prism validating proxy in front of each: the services as their
 * users meet them, for tests from the outside (the clients' journey, the resilience module). {@link #close()} stops
 * every process it started; a shutdown hook does too, should the test JVM end first.
 */
public final class ServiceLauncher implements AutoCloseable {

    /**
     * Which services and how: the scratch databases are named {@code databasePrefix + service}, so that two modules'
     * tests never share one; {@code jvmOptions} are added to a service's java command line (a small heap, say). The
     * ports are not chosen here: each launch takes loopback ports that are free at that moment ({@link #port}).
     */
    public record Options(String databasePrefix, Set<Service> services, Map<Service, List<String>> jvmOptions) {

        /** All three services, databases journey_*. */
        public static Options journey() {
            return new Options("journey_", EnumSet.allOf(Service.class), Map.of());
        }
    }

    /** The three services. */
    public enum Service {
        INDICATOR("indicator"), AGENCY("agency"), EVALUATION("evaluation");

        final String name;

        Service(String name) {
            this.name = name;
        }

        public Path contract(Path root) {
            return root.resolve(name + "-service/src/main/openapi/openapi.yaml");
        }

        @Override
        public String toString() {
            return name + "-service";
        }
    }

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Path root;
    private final String java;
    private final Path logs;
    private final Options options;
    private final Map<Service, Process> services = new EnumMap<>(Service.class);
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Integer> prismPorts = new EnumMap<>(Service.class);
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread stopOnExit = new Thread(this::stopAll, "stop-journey-services");

    private ServiceLauncher(Path root, Path logs, Options options) {
        this.root = root;
        this.java = deploymentJava(root);
        this.logs = logs;
        this.options = options;
        // every service's port is known before any starts: each is told where its peers are
        for (Service service : options.services()) {
            ports.put(service, freePort());
        }
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** All three services, as the clients' journey runs them ({@link Options#journey()}). */
    public static ServiceLauncher startServices(Path root, Path logs) throws Exception {
        return startServices(root, logs, Options.journey());
    }

    /**
     * Recreates the scratch databases and starts the services; returns once all are ready, and, when agency-service
     * is one of them, with the plan's responsibilities seeded.
     */
    public static ServiceLauncher startServices(Path root, Path logs, Options options) throws Exception {
        recreateDatabases(options);
        Files.createDirectories(logs);
        var launcher = new ServiceLauncher(root, logs, options);
        try {
            // all at once, as run-local.sh does: agency-service loads the plan's responsibilities as soon as
            // indicator-service answers, retrying every 3 s until it does
            for (Service service : options.services()) {
                launcher.startService(service);
            }
            for (Service service : options.services()) {
                launcher.awaitReady(service);
            }
            if (options.services().contains(Service.AGENCY)) {
                launcher.awaitResponsibilitySeed();
            }
            return launcher;
        } catch (Exception | Error e) {
            launcher.close();
            throw e;
        }
    }

    /** Starts `prism proxy CONTRACT SERVICE_URL --errors` in front of each service. */
    public void startPrism() throws Exception {
        Path prism = root.resolve("tools/contracts/node_modules/.bin/prism");
        if (!Files.isExecutable(prism)) {
            throw new IllegalStateException(prism + " is missing; clients/check-typescript-clients.sh installs it (npm ci in"
                    + " tools/contracts), and runs in this module's compile phase");
        }
        for (Service service : options.services()) {
            int port = freePort();
            prismPorts.put(service, port);
            start(prismLog(service), prism.toString(), "proxy", service.contract(root).toString(),
                    serviceUrl(service).toString(), "--errors", "-h", "127.0.0.1", "-p", String.valueOf(port));
        }
        for (Service service : options.services()) {
            awaitPort(prismPorts.get(service), "Prism in front of " + service, prismLog(service));
        }
    }

    public URI serviceUrl(Service service) {
        return URI.create("http://127.0.0.1:" + port(service));
    }

    /** The service's loopback port: free when this launcher was made, and kept across {@link #restart}. */
    public int port(Service service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException(service + " is not one of this launcher's services");
        }
        return port;
    }

    public URI prismUrl(Service service) {
        Integer port = prismPorts.get(service);
        if (port == null) {
            throw new IllegalStateException("no Prism in front of " + service + ": startPrism() first");
        }
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The service's console output. */
    public Path log(Service service) {
        return logs.resolve(service.name + ".log");
    }

    public boolean isRunning(Service service) {
        Process process = services.get(service);
        return process != null && process.isAlive();
    }

    /** Stops the service as a crash would: SIGKILL, no shutdown hooks, transactions left open. */
    public void kill(Service service) throws InterruptedException {
        Process process = services.remove(service);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            processes.remove(process);
        }
    }

    /** Starts the service again on its database, and returns once it is ready. */
    public void restart(Service service) throws Exception {
        kill(service);
        startService(service);
        awaitReady(service);
    }

    /** The JDBC URL of the service's scratch database. */
    public String databaseUrl(Service service) {
        return Database.url(options.databasePrefix() + service.name);
    }

    public static String databaseUser() {
        return Database.USER;
    }

    public static String databasePassword() {
        return Database.PASSWORD;
    }

    Path prismLog(Service service) {
        return logs.resolve("prism-" + service.name + ".log");
    }

    /**
     * The lines of Prism's log that report a violation: "[VALIDATOR] ✖ error Violation: response.body..." (or a
     * warning), and with --errors "Request terminated with error: https://stoplight.io/prism/errors#VIOLATIONS".
     */
    public List<String> prismViolations(Service service) throws IOException {
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
        services.clear();
    }

    /**
     * Starts one more instance of a running service, on the same database, at {@code port}: a second replica, as a
     * deployment scaled out runs it. Returns its URL once it is ready; {@link #close()} stops it with the rest.
     */
    public URI startReplica(Service service, int port) throws Exception {
        requireFreePort(port);
        Path log = logs.resolve(service.name + "-replica-" + port + ".log");
        processes.add(process(service, port, log));
        URI url = URI.create("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plus(STARTUP);
        while (get(url.resolve("/q/health/ready")) != 200) {
            checkAlive(service + " replica on " + port, log, deadline);
        }
        return url;
    }

    private void startService(Service service) throws IOException {
        Process process = process(service, port(service), log(service));
        processes.add(process);
        services.put(service, process);
    }

    /**
     * The JVM deploy/run-local.sh runs the services on (childplan_java in deploy/service-options.sh: a JDK 25+ where the
     * machine has one, for its AOT cache), which may be newer than the JDK that builds and tests them: tests from the
     * outside meet the services on the JVM they run on. Without a class archive: none is recorded for these builds.
     */
    private static String deploymentJava(Path root) {
        try {
            Process choice = new ProcessBuilder("bash", "-c", "source deploy/service-options.sh && childplan_java")
                    .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String java = new String(choice.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!choice.waitFor(30, TimeUnit.SECONDS) || choice.exitValue() != 0 || java.isEmpty()) {
                throw new IllegalStateException("deploy/service-options.sh named no JVM for the services");
            }
            return java;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process process(Service service, int port, Path log) throws IOException {
        Path jar = root.resolve(service.name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw -B verify builds them"
                    + " before this module)");
        }
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options.jvmOptions().getOrDefault(service, List.of()));
        command.addAll(List.of("-jar", jar.toString()));
        // appended, so that a restart after a crash keeps what the first run logged
        var builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl(service));
        env.put("QUARKUS_DATASOURCE_USERNAME", Database.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", Database.PASSWORD);
        env.put("QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL", peerUrl(Service.INDICATOR));
        env.put("QUARKUS_REST_CLIENT_AGENCY_SERVICE_URL", peerUrl(Service.AGENCY));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("deploy/dev-keys/dev-public-key.pem").toString());
        env.put("CHILDPLAN_SECURITY_ALLOW_DEV_KEY", "true");
        env.put("CHILDPLAN_AGENCY_SEED_RETRY_INTERVAL", "3s");
        return builder.start();
    }

    /**
     * Where a service finds its peer: the peer this launcher runs, else loopback's port 9, where nothing listens (a
     * peer left out is down, never some other instance on its default port).
     */
    private String peerUrl(Service peer) {
        return ports.containsKey(peer) ? serviceUrl(peer).toString() : "http://127.0.0.1:9";
    }

    private void start(Path log, String... command) throws IOException {
        processes.add(command(log, command).start());
    }

    private ProcessBuilder command(Path log, String... command) {
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
    }

    private void awaitReady(Service service) throws Exception {
        Path log = log(service);
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
        throw new IllegalStateException("port " + port + " is in use on 127.0.0.1");
    }

    /**
     * A port nobody listens on now, as the kernel picks one for a bind to port 0 on every address (the services bind
     * 0.0.0.0). Fixed ports clashed: they lie in the kernel's ephemeral range (32768-60999 on Linux), where any
     * outgoing connection may hold one.
     */
    public static int freePort() {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    private static void recreateDatabases(Options options) throws SQLException {
        try (var connection = DriverManager.getConnection(Database.url("postgres"), Database.USER, Database.PASSWORD);
             var statement = connection.createStatement()) {
            for (Service service : options.services()) {
                String database = options.databasePrefix() + service.name;
                statement.execute("drop database if exists " + database + " with (force)");
                statement.execute("create database " + database + " encoding 'UTF8' template template0");
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
