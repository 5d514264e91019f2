package org.childplan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A set of Kubernetes resources: what a kustomization renders to. */
final class Manifests {

    private final List<JsonNode> resources;

    Manifests(List<JsonNode> resources) {
        this.resources = List.copyOf(resources);
    }

    List<JsonNode> all() {
        return resources;
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(r.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The one CloudNativePG Cluster. */
    JsonNode cnpgCluster() {
        List<JsonNode> clusters = ofKind("Cluster").stream()
                .filter(c -> c.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")).toList();
        if (clusters.size() != 1) {
            throw new AssertionError("expected one CloudNativePG Cluster, found " + clusters.size());
        }
        return clusters.get(0);
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    static JsonNode container(JsonNode deployment, String name) {
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("Deployment " + name(deployment) + " has no container " + name);
    }

    /**
     * The container's environment as the pod sees it: ConfigMap entries pulled in by envFrom, then env entries.
     * A value taken from a Secret reads "secretKeyRef:NAME/KEY" (the Secret itself may be generated in the cluster).
     */
    Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                JsonNode map = get("ConfigMap", from.path("configMapRef").path("name").asText());
                map.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            } else if (from.has("secretRef")) {
                String secret = from.path("secretRef").path("name").asText();
                find("Secret", secret).ifPresent(s -> s.path("data").fieldNames()
                        .forEachRemaining(k -> env.put(k, "secretKeyRef:" + secret + "/" + k)));
            }
        }
        for (JsonNode e : container.path("env")) {
            String key = e.path("name").asText();
            if (e.has("value")) {
                env.put(key, e.path("value").asText());
            } else if (e.path("valueFrom").has("secretKeyRef")) {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                env.put(key, "secretKeyRef:" + ref.path("name").asText() + "/" + ref.path("key").asText());
            } else if (e.path("valueFrom").has("configMapKeyRef")) {
                JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
                env.put(key, get("ConfigMap", ref.path("name").asText()).path("data").path(ref.path("key").asText()).asText());
            }
        }
        return env;
    }

    /** The container port a probe's or a Service's port (number or name) stands for, if any. */
    static Optional<Integer> resolvePort(JsonNode container, JsonNode port) {
        for (JsonNode p : container.path("ports")) {
            if (port.isInt() && p.path("containerPort").asInt() == port.asInt()
                    || port.isTextual() && port.asText().equals(p.path("name").asText())) {
                return Optional.of(p.path("containerPort").asInt());
            }
        }
        return Optional.empty();
    }

    /** Image name without tag (registry kept). */
    static String imageName(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }

    static String imageTag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(colon + 1) : "latest";
    }

    // ---- rendering ----

    /**
     * Renders a kustomization without kustomize, for checks that must run everywhere: its resources (recursively),
     * its ConfigMap and Secret generators (names without the hash suffix) and its image overrides.
     * Patches are not applied; overlays are checked through {@link #kustomizeBuild} where kustomize exists.
     */
    static Manifests renderWithoutPatches(Path dir) {
        JsonNode k = Yaml.single(dir.resolve("kustomization.yaml"));
        List<JsonNode> out = new ArrayList<>();
        for (String resource : Yaml.strings(k.path("resources"))) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                out.addAll(renderWithoutPatches(path).all());
            } else {
                out.addAll(Yaml.documents(path));
            }
        }
        for (JsonNode generator : k.path("configMapGenerator")) {
            out.add(generated("ConfigMap", dir, generator));
        }
        for (JsonNode generator : k.path("secretGenerator")) {
            out.add(generated("Secret", dir, generator));
        }
        for (JsonNode image : k.path("images")) {
            for (JsonNode deployment : out) {
                if (!"Deployment".equals(deployment.path("kind").asText())) {
                    continue;
                }
                for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
                    String current = c.path("image").asText();
                    if (imageName(current).equals(image.path("name").asText())) {
                        String name = image.has("newName") ? image.path("newName").asText() : imageName(current);
                        String tag = image.has("newTag") ? image.path("newTag").asText() : imageTag(current);
                        ((ObjectNode) c).put("image", name + ":" + tag);
                    }
                }
            }
        }
        return new Manifests(out);
    }

    private static JsonNode generated(String kind, Path dir, JsonNode generator) {
        ObjectNode resource = JsonNodeFactory.instance.objectNode();
        resource.put("apiVersion", "v1");
        resource.put("kind", kind);
        resource.putObject("metadata").put("name", generator.path("name").asText());
        if (generator.has("type")) {
            resource.put("type", generator.path("type").asText());
        }
        // plain text values (kustomize would base64 a Secret's): the checks read keys and values alike
        ObjectNode data = resource.putObject("data");
        for (String literal : Yaml.strings(generator.path("literals"))) {
            int eq = literal.indexOf('=');
            data.put(literal.substring(0, eq), literal.substring(eq + 1));
        }
        for (String envFile : Yaml.strings(generator.path("envs"))) {
            for (String line : lines(dir.resolve(envFile))) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    int eq = trimmed.indexOf('=');
                    data.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
                }
            }
        }
        for (String file : Yaml.strings(generator.path("files"))) {
            Path path = dir.resolve(file.contains("=") ? file.substring(file.indexOf('=') + 1) : file);
            String key = file.contains("=") ? file.substring(0, file.indexOf('=')) : path.getFileName().toString();
            data.put(key, String.join("\n", lines(path)));
        }
        return resource;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The kustomize this machine has: `kustomize build` or `kubectl kustomize`, or none. */
    static Optional<List<String>> kustomizeCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "kustomize"))) {
                return Optional.of(List.of(Path.of(dir, "kustomize").toString(), "build"));
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "kubectl"))) {
                return Optional.of(List.of(Path.of(dir, "kubectl").toString(), "kustomize"));
            }
        }
        return Optional.empty();
    }

    /** What `kustomize build DIR` renders. Fails (rather than skips) when kustomize refuses the kustomization. */
    static Manifests kustomizeBuild(List<String> command, Path dir) {
        List<String> cmd = new ArrayList<>(command);
        cmd.add(dir.toString());
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", cmd) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", cmd) + " failed:\n" + Files.readString(err));
                }
                return new Manifests(Yaml.documents(out));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
