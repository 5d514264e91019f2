package org.childplan.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for the tests: a Testcontainers one where Docker is reachable, otherwise a fresh database
 * on the local server (TEST_PG_HOST/PORT/USER/PASSWORD, default 127.0.0.1:5432 postgres) that is dropped afterwards.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgreSQLContainer container;
    private String adminUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        if (dockerAvailable()) {
            container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return config(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        String host = env("TEST_PG_HOST", "127.0.0.1");
        String port = env("TEST_PG_PORT", "5432");
        user = env("TEST_PG_USER", "postgres");
        password = env("TEST_PG_PASSWORD", "");
        adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create database " + database + " encoding 'UTF8' template template0");
        return config("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        } else if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    private static Map<String, String> config(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    /** Checks the environment first, so machines without Docker skip Testcontainers' slow probe. */
    private static boolean dockerAvailable() {
        boolean hinted = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!hinted) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the local PostgreSQL at " + adminUrl
                    + " (set TEST_PG_HOST/TEST_PG_PORT/TEST_PG_USER/TEST_PG_PASSWORD): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
