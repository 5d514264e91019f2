package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/docker-compose.yml, read as `docker compose` would with no variables set (every variable has a default). */
class DockerComposeTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

    private static String raw;
    private static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        raw = Files.readString(Paths.compose());
        compose = Yaml.single(Paths.compose());
    }

    /** The file after interpolation with no variables set: every ${VAR:-default} becomes its default. */
    private static JsonNode interpolated() {
        Matcher m = VARIABLE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        m.appendTail(out);
        return Yaml.documents(out.toString()).get(0);
    }

    private static JsonNode service(String name) {
        JsonNode service = interpolated().path("services").path(name);
        assertThat(service.isObject()).as("compose service " + name).isTrue();
        return service;
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new HashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isArray()) {
            environment.forEach(e -> {
                String text = e.asText();
                env.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            });
        } else {
            environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    @Test
    void composeFileIsValidYamlAndEveryVariableHasADefault() {
        assertThat(compose.path("services").isObject()).isTrue();
        Matcher m = VARIABLE.matcher(raw);
        List<String> withoutDefault = new ArrayList<>();
        while (m.find()) {
            if (m.group(2) == null) {
                withoutDefault.add(m.group(1));
            }
        }
        assertThat(withoutDefault).as("variables `docker compose up` would need").isEmpty();
        assertThat(raw).as("YAML anchors and merge keys (Jackson and some tools do not merge them)").doesNotContain("<<:");
        assertThat(compose.path("services").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("postgres", "indicator-service", "agency-service", "evaluation-service");
    }

    @Test
    void postgresIs15AndItsInitScriptCreatesTheThreeDatabases() throws IOException {
        JsonNode postgres = service("postgres");
        assertThat(postgres.path("image").asText()).isEqualTo("postgres:15");
        String initMount = null;
        for (JsonNode volume : postgres.path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].equals("/docker-entrypoint-initdb.d")) {
                initMount = parts[0];
            }
        }
        assertThat(initMount).as("a host folder mounted at /docker-entrypoint-initdb.d").isNotNull();
        Path initDir = Paths.deploy().resolve(initMount).normalize();
        assertThat(initDir).isDirectory();
        StringBuilder sql = new StringBuilder();
        try (var files = Files.list(initDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                sql.append(Files.readString(f)).append('\n');
            }
        }
        for (Services s : Services.ALL) {
            assertThat(sql.toString()).as(s.database()).containsPattern("(?i)CREATE DATABASE " + s.database() + "\\b");
        }
        assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
    }

    @Test
    void everyServicePublishesItsPortAndRunsItsJibImage() {
        for (Services s : Services.ALL) {
            JsonNode service = service(s.name());
            assertThat(Manifests.imageName(service.path("image").asText())).as(s.name()).isEqualTo(s.image());
            assertThat(Yaml.strings(service.path("ports"))).as(s.name()).containsExactly(s.port() + ":" + s.port());
            assertThat(environment(service)).as(s.name()).containsEntry("QUARKUS_HTTP_PORT", String.valueOf(s.port()));
            assertThat(service.path("pull_policy").asText()).as(s.name() + ": a locally built image is never pulled")
                    .isEqualTo("never");
        }
    }

    @Test
    void everyServiceReachesItsOwnDatabaseWithThePostgresCredentials() {
        Map<String, String> postgres = environment(service("postgres"));
        for (Services s : Services.ALL) {
            Map<String, String> env = environment(service(s.name()));
            assertThat(env).as(s.name())
                    .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/" + s.database())
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", postgres.get("POSTGRES_USER"))
                    .containsEntry("QUARKUS_DATASOURCE_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
        }
    }

    @Test
    void everyCallerIsWiredToItsPeersByServiceName() {
        for (Services s : Services.ALL) {
            Map<String, String> env = environment(service(s.name()));
            for (String peer : s.peers()) {
                assertThat(env).as(s.name() + " -> " + peer)
                        .containsEntry(Services.peerUrlVariable(peer), "http://" + peer + ":" + Services.named(peer).port());
            }
        }
    }

    @Test
    void everyServiceWaitsForAHealthyDatabaseAndHealthyPeers() {
        for (Services s : Services.ALL) {
            JsonNode dependsOn = service(s.name()).path("depends_on");
            List<String> needed = new ArrayList<>(s.peers());
            needed.add("postgres");
            for (String dependency : needed) {
                assertThat(dependsOn.path(dependency).path("condition").asText()).as(s.name() + " depends on " + dependency)
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void everyServiceHasAReadinessHealthcheckOnItsPort() {
        for (Services s : Services.ALL) {
            String test = String.join(" ", Yaml.strings(service(s.name()).path("healthcheck").path("test")));
            assertThat(test).as(s.name()).contains("/q/health/ready").contains(String.valueOf(s.port()));
        }
    }
}
