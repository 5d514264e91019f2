package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every rendering of deploy/k8s must keep true, whichever overlay: the subclasses say which rendering.
 */
abstract class ManifestContract {

    /** The rendered resources under test. */
    abstract Manifests manifests();

    private JsonNode deployment(Services s) {
        return manifests().get("Deployment", s.name());
    }

    private JsonNode container(Services s) {
        return Manifests.container(deployment(s), s.name());
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private Map<String, String> podLabels(Services s) {
        return labels(deployment(s).path("spec").path("template").path("metadata").path("labels"));
    }

    @Test
    void everyServiceHasADeploymentServiceAutoscalerAndDisruptionBudget() {
        for (Services s : Services.ALL) {
            for (String kind : new String[] {"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"}) {
                assertThat(manifests().find(kind, s.name())).as(kind + " " + s.name()).isPresent();
            }
        }
    }

    @Test
    void everyDeploymentRunsTheImageOfItsService() {
        for (Services s : Services.ALL) {
            assertThat(Manifests.imageName(container(s).path("image").asText())).as(s.name())
                    .endsWith(s.image());
        }
    }

    @Test
    void containerPortsMatchTheServicesTargetPortsAndTheServicePorts() {
        for (Services s : Services.ALL) {
            JsonNode container = container(s);
            assertThat(container.path("ports").findValuesAsText("containerPort")).as(s.name() + " container ports")
                    .containsExactly(String.valueOf(s.port()));
            JsonNode service = manifests().get("Service", s.name());
            assertThat(service.path("spec").path("ports")).as(s.name() + " Service ports").hasSize(1);
            JsonNode port = service.path("spec").path("ports").get(0);
            assertThat(port.path("port").asInt()).as(s.name() + " Service port").isEqualTo(s.port());
            assertThat(Manifests.resolvePort(container, port.path("targetPort"))).as(s.name() + " Service targetPort")
                    .contains(s.port());
        }
    }

    @Test
    void servicesSelectTheirDeploymentsPods() {
        for (Services s : Services.ALL) {
            Map<String, String> selector = labels(manifests().get("Service", s.name()).path("spec").path("selector"));
            assertThat(selector).as(s.name()).isNotEmpty();
            assertThat(podLabels(s)).as(s.name()).containsAllEntriesOf(selector);
            for (Services other : Services.ALL) {
                if (other != s) {
                    assertThat(podLabels(other).entrySet().containsAll(selector.entrySet()))
                            .as(s.name() + " Service must not select " + other.name()).isFalse();
                }
            }
        }
    }

    @Test
    void deploymentSelectorsMatchTheirPodTemplates() {
        for (Services s : Services.ALL) {
            Map<String, String> selector = labels(deployment(s).path("spec").path("selector").path("matchLabels"));
            assertThat(selector).as(s.name()).isNotEmpty();
            assertThat(podLabels(s)).as(s.name()).containsAllEntriesOf(selector);
        }
    }

    @Test
    void everyDeploymentHasLivenessAndReadinessProbesOnTheServicePort() {
        for (Services s : Services.ALL) {
            JsonNode container = container(s);
            Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");
            paths.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertThat(get.path("path").asText()).as(s.name() + " " + probe).isEqualTo(path);
                assertThat(Manifests.resolvePort(container, get.path("port"))).as(s.name() + " " + probe + " port")
                        .contains(s.port());
            });
            if (container.has("startupProbe")) {
                JsonNode get = container.path("startupProbe").path("httpGet");
                // a peer outage must not keep a pod from starting either: the peers group is for alerting only
                assertThat(get.path("path").asText()).as(s.name() + " startupProbe").startsWith("/q/health")
                        .doesNotContain("/group/");
                assertThat(Manifests.resolvePort(container, get.path("port"))).contains(s.port());
            }
        }
    }

    @Test
    void everyPodInvitesPrometheusToScrapeItsMetricsOnTheServicePort() {
        for (Services s : Services.ALL) {
            Map<String, String> annotations = labels(deployment(s).path("spec").path("template").path("metadata").path("annotations"));
            assertThat(annotations).as(s.name())
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(s.port()));
        }
    }

    @Test
    void everyServiceReachesItsDatabaseThroughTheCnpgReadWriteService() {
        String cluster = Manifests.name(manifests().cnpgCluster());
        for (Services s : Services.ALL) {
            Map<String, String> env = manifests().environment(container(s));
            assertThat(env).as(s.name()).containsEntry("QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://" + cluster + "-rw:5432/" + s.database());
            assertThat(env).as(s.name()).containsEntry("QUARKUS_HTTP_PORT", String.valueOf(s.port()));
        }
    }

    @Test
    void everyServiceLogsInWithTheCnpgApplicationCredentials() {
        String secret = Manifests.name(manifests().cnpgCluster()) + "-app";
        for (Services s : Services.ALL) {
            Map<String, String> env = manifests().environment(container(s));
            assertThat(env).as(s.name())
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", "secretKeyRef:" + secret + "/username")
                    .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "secretKeyRef:" + secret + "/password");
        }
    }

    @Test
    void theCnpgClusterUsesTheCredentialsSecretTheServicesRead() {
        JsonNode cluster = manifests().cnpgCluster();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        String expected = Manifests.name(cluster) + "-app";
        if (initdb.has("secret")) {
            // supplied credentials: the Secret must exist under the name CloudNativePG would otherwise generate
            assertThat(initdb.path("secret").path("name").asText()).isEqualTo(expected);
            JsonNode secret = manifests().get("Secret", expected);
            assertThat(secret.path("type").asText()).isEqualTo("kubernetes.io/basic-auth");
            assertThat(secret.path("data").has("username") || secret.path("stringData").has("username")).isTrue();
            assertThat(secret.path("data").has("password") || secret.path("stringData").has("password")).isTrue();
        } else {
            // CloudNativePG generates <cluster>-app; nothing else may claim the name
            assertThat(manifests().find("Secret", expected)).isEmpty();
        }
    }

    @Test
    void everyCallerIsWiredToItsPeersServices() {
        for (Services s : Services.ALL) {
            Map<String, String> env = manifests().environment(container(s));
            for (String peer : s.peers()) {
                Services p = Services.named(peer);
                assertThat(manifests().find("Service", peer)).as(peer + " Service").isPresent();
                assertThat(env).as(s.name() + " -> " + peer)
                        .containsEntry(Services.peerUrlVariable(peer), "http://" + peer + ":" + p.port());
            }
            for (Services other : Services.ALL) {
                if (!s.peers().contains(other.name())) {
                    assertThat(env).as(s.name() + " does not call " + other.name())
                            .doesNotContainKey(Services.peerUrlVariable(other.name()));
                }
            }
        }
    }

    @Test
    void theCnpgClusterDeclaresTheThreeDatabasesOwnedByItsApplicationUser() {
        JsonNode cluster = manifests().cnpgCluster();
        String owner = cluster.path("spec").path("bootstrap").path("initdb").path("owner").asText();
        assertThat(owner).isNotBlank();
        Map<String, JsonNode> databases = new HashMap<>();
        for (JsonNode db : manifests().ofKind("Database")) {
            assertThat(db.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
            assertThat(db.path("spec").path("cluster").path("name").asText()).isEqualTo(Manifests.name(cluster));
            databases.put(db.path("spec").path("name").asText(), db);
        }
        for (Services s : Services.ALL) {
            assertThat(databases).as("Database " + s.database()).containsKey(s.database());
            assertThat(databases.get(s.database()).path("spec").path("owner").asText()).isEqualTo(owner);
            assertThat(databases.get(s.database()).path("spec").path("databaseReclaimPolicy").asText()).isEqualTo("retain");
        }
    }

    @Test
    void everyContainerHasResourceRequestsAndLimits() {
        for (Services s : Services.ALL) {
            JsonNode resources = container(s).path("resources");
            for (String what : new String[] {"requests", "limits"}) {
                assertThat(resources.path(what).path("cpu").asText()).as(s.name() + " " + what + ".cpu").isNotBlank();
                assertThat(resources.path(what).path("memory").asText()).as(s.name() + " " + what + ".memory").isNotBlank();
            }
        }
    }

    @Test
    void deploymentsLeaveTheReplicaCountToTheirAutoscaler() {
        for (Services s : Services.ALL) {
            assertThat(deployment(s).path("spec").has("replicas")).as(s.name() + " sets spec.replicas").isFalse();
        }
    }

    @Test
    void autoscalersTargetTheirDeploymentAndKeepAtLeastTwoReplicas() {
        for (Services s : Services.ALL) {
            JsonNode hpa = manifests().get("HorizontalPodAutoscaler", s.name());
            assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            assertThat(target.path("kind").asText()).isEqualTo("Deployment");
            assertThat(target.path("apiVersion").asText()).isEqualTo("apps/v1");
            assertThat(target.path("name").asText()).isEqualTo(s.name());
            int min = hpa.path("spec").path("minReplicas").asInt();
            assertThat(min).as(s.name() + " minReplicas").isGreaterThanOrEqualTo(2);
            assertThat(hpa.path("spec").path("maxReplicas").asInt()).as(s.name() + " maxReplicas").isGreaterThanOrEqualTo(min);
            assertThat(hpa.path("spec").path("metrics")).as(s.name() + " metrics").isNotEmpty();
        }
    }

    @Test
    void disruptionBudgetsSelectExactlyTheirDeploymentsPods() {
        for (Services s : Services.ALL) {
            JsonNode pdb = manifests().get("PodDisruptionBudget", s.name());
            assertThat(pdb.path("apiVersion").asText()).isEqualTo("policy/v1");
            Map<String, String> selector = labels(pdb.path("spec").path("selector").path("matchLabels"));
            assertThat(selector).as(s.name()).isNotEmpty();
            assertThat(podLabels(s)).as(s.name()).containsAllEntriesOf(selector);
            for (Services other : Services.ALL) {
                if (other != s) {
                    assertThat(podLabels(other).entrySet().containsAll(selector.entrySet()))
                            .as(s.name() + " budget must not cover " + other.name()).isFalse();
                }
            }
            // a budget that allows no disruption at all would block node drains
            JsonNode spec = pdb.path("spec");
            assertThat(spec.has("maxUnavailable") ? spec.path("maxUnavailable").asInt() > 0
                    : spec.path("minAvailable").asInt() < manifests().get("HorizontalPodAutoscaler", s.name())
                            .path("spec").path("minReplicas").asInt())
                    .as(s.name() + " budget allows a disruption").isTrue();
        }
    }

    @Test
    void podsRunAsNonRootWithAReadOnlyRootFilesystemAndAWritableTmp() {
        for (Services s : Services.ALL) {
            JsonNode pod = deployment(s).path("spec").path("template").path("spec");
            JsonNode container = container(s);
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(s.name()).isTrue();
            assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).as(s.name()).isTrue();
            assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).as(s.name()).isFalse();
            Optional<JsonNode> tmp = Optional.empty();
            for (JsonNode mount : container.path("volumeMounts")) {
                if ("/tmp".equals(mount.path("mountPath").asText())) {
                    tmp = Optional.of(mount);
                }
            }
            assertThat(tmp).as(s.name() + " mounts a volume at /tmp (PDFBox font cache, temporary files)").isPresent();
            String volume = tmp.get().path("name").asText();
            boolean emptyDir = false;
            for (JsonNode v : pod.path("volumes")) {
                emptyDir |= volume.equals(v.path("name").asText()) && v.has("emptyDir");
            }
            assertThat(emptyDir).as(s.name() + " /tmp is an emptyDir").isTrue();
        }
    }

    @Test
    void theDatabaseAcceptsEveryPodsConnectionPoolAtFullScale() {
        int connections = 0;
        for (Services s : Services.ALL) {
            String poolSize = manifests().environment(container(s)).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            assertThat(poolSize).as(s.name() + " QUARKUS_DATASOURCE_JDBC_MAX_SIZE").isNotBlank();
            int maxReplicas = manifests().get("HorizontalPodAutoscaler", s.name()).path("spec").path("maxReplicas").asInt();
            connections += maxReplicas * Integer.parseInt(poolSize);
        }
        int maxConnections = Integer.parseInt(manifests().cnpgCluster().path("spec").path("postgresql").path("parameters")
                .path("max_connections").asText("100"));
        // CloudNativePG and replication need a few connections of their own
        assertThat(connections + 20).as("pool connections at full scale, plus 20 reserved").isLessThanOrEqualTo(maxConnections);
    }
}
