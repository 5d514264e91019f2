package org.childplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The deployment files rely on the services' own configuration: check that the services still read it so. */
class ServiceConfigurationTest {

    private static Properties applicationProperties(Services s) throws IOException {
        Properties properties = new Properties();
        try (Reader r = Files.newBufferedReader(
                Paths.repository().resolve(s.name() + "/src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(r);
        }
        return properties;
    }

    @Test
    void theDeployedPortsAreTheServicesOwnHttpPorts() throws IOException {
        for (Services s : Services.ALL) {
            assertThat(applicationProperties(s).getProperty("quarkus.http.port")).as(s.name())
                    .isEqualTo(String.valueOf(s.port()));
        }
    }

    @Test
    void theWiredPeerUrlsAreTheRestClientKeysTheCallersRead() throws IOException {
        for (Services s : Services.ALL) {
            Properties properties = applicationProperties(s);
            for (String peer : s.peers()) {
                // QUARKUS_REST_CLIENT_<PEER>_URL maps onto this key
                assertThat(properties).as(s.name()).containsKey("quarkus.rest-client." + peer + ".url");
            }
        }
    }

    /** The peers health group (/q/health/group/peers; readiness is the database alone) reports the peers it calls. */
    @Test
    void thePeersHealthGroupProbesExactlyThePeersTheDeploymentWires() throws IOException {
        for (Services s : Services.ALL) {
            String peers = applicationProperties(s).getProperty("childplan.health.peers");
            assertThat(peers == null ? java.util.List.of() : java.util.List.of(peers.split(","))).as(s.name())
                    .containsExactlyInAnyOrderElementsOf(s.peers());
        }
    }

    @Test
    void theServicesUseTheStandardDatasourceKeysAndPostgres() throws IOException {
        for (Services s : Services.ALL) {
            Properties properties = applicationProperties(s);
            assertThat(properties.getProperty("quarkus.datasource.db-kind")).as(s.name()).isEqualTo("postgresql");
            assertThat(properties.getProperty("quarkus.datasource.jdbc.url")).as(s.name()).endsWith("/" + s.database());
            assertThat(properties.getProperty("quarkus.flyway.migrate-at-start")).as(s.name()).isEqualTo("true");
        }
    }
}
