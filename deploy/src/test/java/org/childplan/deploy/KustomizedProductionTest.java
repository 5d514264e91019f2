package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s/overlays/production as kustomize renders it: everything the base promises, and what production adds
 * (skipped where neither kustomize nor kubectl is installed; ProductionOverlayFilesTest checks the files themselves).
 */
class KustomizedProductionTest extends ManifestContract {

    private static Manifests rendered;

    @BeforeAll
    static void render() {
        Optional<List<String>> kustomize = Manifests.kustomizeCommand();
        assumeTrue(kustomize.isPresent(), "neither kustomize nor kubectl is on the PATH");
        rendered = Manifests.kustomizeBuild(kustomize.get(), Paths.production());
    }

    @Override
    Manifests manifests() {
        return rendered;
    }

    @Test
    void productionRunsThreePostgresInstances() {
        assertThat(rendered.cnpgCluster().path("spec").path("instances").asInt()).isEqualTo(3);
    }

    @Test
    void productionKeepsAtLeastThreeReplicasOfEveryService() {
        for (Services s : Services.ALL) {
            JsonNode spec = rendered.get("HorizontalPodAutoscaler", s.name()).path("spec");
            assertThat(spec.path("minReplicas").asInt()).as(s.name()).isGreaterThanOrEqualTo(3);
            assertThat(spec.path("maxReplicas").asInt()).as(s.name()).isGreaterThan(spec.path("minReplicas").asInt());
        }
    }

    @Test
    void productionRunsReleasedImagesFromARegistry() {
        for (Services s : Services.ALL) {
            String image = Manifests.container(rendered.get("Deployment", s.name()), s.name()).path("image").asText();
            assertThat(Manifests.imageName(image)).as(image).endsWith("/" + s.image()).isNotEqualTo(s.image());
            assertThat(Manifests.imageTag(image)).as(image).doesNotContain("SNAPSHOT").isNotEqualTo("latest");
        }
    }

    @Test
    void productionShipsNoPlaceholderCredentials() {
        String generated = Manifests.name(rendered.cnpgCluster()) + "-app";
        assertThat(rendered.find("Secret", generated)).as("placeholder Secret " + generated).isEmpty();
        assertThat(rendered.cnpgCluster().path("spec").path("bootstrap").path("initdb").has("secret"))
                .as("CloudNativePG generates the owner's password").isFalse();
        for (JsonNode secret : rendered.ofKind("Secret")) {
            assertThat(secret.toString()).doesNotContainIgnoringCase("placeholder");
        }
    }

    @Test
    void productionRunsTheProdProfileWithJsonLogs() {
        for (Services s : Services.ALL) {
            Map<String, String> env = rendered.environment(Manifests.container(rendered.get("Deployment", s.name()), s.name()));
            assertThat(env).as(s.name())
                    .containsEntry("QUARKUS_PROFILE", "prod")
                    .containsEntry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        }
    }

    @Test
    void productionPutsEverythingInItsNamespace() {
        for (JsonNode resource : rendered.all()) {
            if (!"Namespace".equals(resource.path("kind").asText())) {
                assertThat(resource.path("metadata").path("namespace").asText())
                        .as(resource.path("kind").asText() + " " + Manifests.name(resource)).isEqualTo("childplan");
            }
        }
        assertThat(rendered.find("Namespace", "childplan")).isPresent();
    }
}
