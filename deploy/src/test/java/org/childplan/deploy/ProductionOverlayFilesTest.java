package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production overlay's promises, read from its files (runs everywhere; KustomizedProductionTest checks the
 * rendered result where kustomize is installed).
 */
class ProductionOverlayFilesTest {

    private static final JsonNode KUSTOMIZATION = Yaml.single(Paths.production().resolve("kustomization.yaml"));

    private static List<JsonNode> patchDocuments() {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode patch : KUSTOMIZATION.path("patches")) {
            if (patch.has("path")) {
                documents.addAll(Yaml.documents(Paths.production().resolve(patch.path("path").asText())));
            }
        }
        return documents;
    }

    private static JsonNode patchOf(String kind, String name) {
        return patchDocuments().stream()
                .filter(d -> kind.equals(d.path("kind").asText()) && name.equals(Manifests.name(d)))
                .findFirst().orElseThrow(() -> new AssertionError("no production patch for " + kind + " " + name));
    }

    @Test
    void productionBuildsOnTheBase() {
        assertThat(Yaml.strings(KUSTOMIZATION.path("resources"))).contains("../../base");
    }

    @Test
    void productionPatchesTheDatabaseToThreeInstances() {
        assertThat(patchOf("Cluster", "childplan-db").path("spec").path("instances").asInt()).isEqualTo(3);
    }

    @Test
    void productionRaisesEveryAutoscalerToAtLeastThreeReplicas() {
        for (Services s : Services.ALL) {
            JsonNode spec = patchOf("HorizontalPodAutoscaler", s.name()).path("spec");
            assertThat(spec.path("minReplicas").asInt()).as(s.name()).isGreaterThanOrEqualTo(3);
            assertThat(spec.path("maxReplicas").asInt()).as(s.name()).isGreaterThan(spec.path("minReplicas").asInt());
        }
    }

    @Test
    void productionSizesEveryServicesResources() {
        for (Services s : Services.ALL) {
            JsonNode container = Manifests.container(patchOf("Deployment", s.name()), s.name());
            assertThat(container.path("resources").path("requests").path("memory").asText()).as(s.name()).isNotBlank();
            assertThat(container.path("resources").path("limits").path("memory").asText()).as(s.name()).isNotBlank();
        }
    }

    @Test
    void productionSetsARegistryAndAReleasedTagForEveryImage() {
        List<String> names = new ArrayList<>();
        for (JsonNode image : KUSTOMIZATION.path("images")) {
            names.add(image.path("name").asText());
            assertThat(image.path("newName").asText()).as(image.toString()).contains("/").endsWith(image.path("name").asText());
            assertThat(image.path("newTag").asText()).as(image.toString()).isNotBlank().doesNotContain("SNAPSHOT");
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(Services.ALL.stream().map(Services::image).toList());
    }

    @Test
    void productionRemovesThePlaceholderCredentials() {
        JsonNode delete = patchOf("Secret", "childplan-db-app");
        assertThat(delete.path("$patch").asText()).isEqualTo("delete");
        boolean removesInitdbSecret = false;
        for (JsonNode patch : KUSTOMIZATION.path("patches")) {
            if (patch.has("patch") && "Cluster".equals(patch.path("target").path("kind").asText())) {
                for (JsonNode op : Yaml.documents(patch.path("patch").asText()).get(0)) {
                    removesInitdbSecret |= "remove".equals(op.path("op").asText())
                            && "/spec/bootstrap/initdb/secret".equals(op.path("path").asText());
                }
            }
        }
        assertThat(removesInitdbSecret).as("the Cluster no longer names the placeholder Secret").isTrue();
    }

    @Test
    void productionSelectsTheProdProfileAndJsonLogs() {
        JsonNode common = null;
        for (JsonNode generator : KUSTOMIZATION.path("configMapGenerator")) {
            if ("childplan-common-config".equals(generator.path("name").asText())) {
                common = generator;
            }
        }
        assertThat(common).as("childplan-common-config merge").isNotNull();
        assertThat(common.path("behavior").asText()).isEqualTo("merge");
        assertThat(Yaml.strings(common.path("literals"))).contains("QUARKUS_PROFILE=prod", "QUARKUS_LOG_CONSOLE_JSON_ENABLED=true");
    }

    @Test
    void theBasePlaceholderSecretSaysItIsOne() throws Exception {
        Path env = Paths.base().resolve("secrets/db-app.env");
        assertThat(java.nio.file.Files.readString(env)).contains("PLACEHOLDER").contains("password=placeholder");
    }
}
