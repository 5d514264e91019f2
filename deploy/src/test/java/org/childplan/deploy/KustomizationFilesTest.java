package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kustomization files themselves: everything they name exists, and every patch lands on something. */
class KustomizationFilesTest {

    private static List<Path> kustomizations() {
        return Yaml.filesUnder(Paths.k8s()).stream()
                .filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList();
    }

    @Test
    void everyYamlFileUnderK8sParsesAndEveryDocumentSaysWhatItIs() {
        List<Path> files = Yaml.filesUnder(Paths.k8s());
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            assertThatCode(() -> Yaml.documents(file)).as(file.toString()).doesNotThrowAnyException();
            List<JsonNode> documents = Yaml.documents(file);
            assertThat(documents).as(file.toString()).isNotEmpty();
            for (JsonNode document : documents) {
                assertThat(document.path("apiVersion").asText()).as(file + ": apiVersion").isNotBlank();
                assertThat(document.path("kind").asText()).as(file + ": kind").isNotBlank();
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    assertThat(Manifests.name(document)).as(file + ": metadata.name").isNotBlank();
                }
            }
        }
    }

    @Test
    void thereIsABaseAndAProductionOverlay() {
        assertThat(kustomizations()).contains(Paths.base().resolve("kustomization.yaml"),
                Paths.production().resolve("kustomization.yaml"));
    }

    @Test
    void everyResourceAndPatchAKustomizationListsExists() {
        for (Path file : kustomizations()) {
            Path dir = file.getParent();
            JsonNode k = Yaml.single(file);
            for (String resource : Yaml.strings(k.path("resources"))) {
                Path path = dir.resolve(resource).normalize();
                assertThat(Files.isRegularFile(path) || Files.isRegularFile(path.resolve("kustomization.yaml")))
                        .as(file + ": resource " + resource).isTrue();
            }
            for (JsonNode patch : k.path("patches")) {
                assertThat(patch.has("path") || patch.has("patch")).as(file + ": patch has a path or is inline").isTrue();
                if (patch.has("path")) {
                    assertThat(dir.resolve(patch.path("path").asText())).as(file + ": patch").isRegularFile();
                }
            }
            for (String legacy : new String[] {"patchesStrategicMerge", "patchesJson6902", "bases", "commonLabels"}) {
                assertThat(k.has(legacy)).as(file + ": deprecated field " + legacy).isFalse();
            }
        }
    }

    @Test
    void everyGeneratorFileExists() {
        for (Path file : kustomizations()) {
            Path dir = file.getParent();
            JsonNode k = Yaml.single(file);
            List<JsonNode> generators = new ArrayList<>();
            k.path("configMapGenerator").forEach(generators::add);
            k.path("secretGenerator").forEach(generators::add);
            for (JsonNode generator : generators) {
                assertThat(generator.path("name").asText()).as(file + ": generator name").isNotBlank();
                for (String env : Yaml.strings(generator.path("envs"))) {
                    assertThat(dir.resolve(env)).as(file + ": " + env).isRegularFile();
                }
                for (String f : Yaml.strings(generator.path("files"))) {
                    assertThat(dir.resolve(f.contains("=") ? f.substring(f.indexOf('=') + 1) : f)).as(file + ": " + f).isRegularFile();
                }
            }
        }
    }

    @Test
    void everyPatchOfTheProductionOverlayTargetsAResourceOfTheBase() {
        Manifests base = Manifests.renderWithoutPatches(Paths.base());
        JsonNode k = Yaml.single(Paths.production().resolve("kustomization.yaml"));
        for (JsonNode patch : k.path("patches")) {
            if (patch.has("target")) {
                JsonNode target = patch.path("target");
                assertThat(base.find(target.path("kind").asText(), target.path("name").asText()))
                        .as("patch target " + target).isPresent();
            } else {
                for (JsonNode document : Yaml.documents(Paths.production().resolve(patch.path("path").asText()))) {
                    assertThat(base.find(document.path("kind").asText(), Manifests.name(document)))
                            .as(patch.path("path").asText() + " patches " + document.path("kind").asText() + " "
                                    + Manifests.name(document))
                            .isPresent();
                }
            }
        }
    }

    @Test
    void everyImageOverrideNamesAContainerImageOfADeployment() {
        Set<String> images = new HashSet<>();
        for (Path file : Yaml.filesUnder(Paths.base())) {
            for (JsonNode document : Yaml.documents(file)) {
                if ("Deployment".equals(document.path("kind").asText())) {
                    for (JsonNode c : document.path("spec").path("template").path("spec").path("containers")) {
                        images.add(Manifests.imageName(c.path("image").asText()));
                    }
                }
            }
        }
        assertThat(images).containsExactlyInAnyOrderElementsOf(Services.ALL.stream().map(Services::image).toList());
        for (Path file : kustomizations()) {
            List<String> overridden = new ArrayList<>();
            for (JsonNode image : Yaml.single(file).path("images")) {
                overridden.add(image.path("name").asText());
            }
            assertThat(overridden).as(file + ": images entries (each names a Deployment's image, every service's image)")
                    .containsExactlyInAnyOrderElementsOf(images);
        }
    }
}
