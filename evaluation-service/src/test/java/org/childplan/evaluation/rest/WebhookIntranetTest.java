package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.evaluation.rest.WebhookTest.allow;
import static org.childplan.evaluation.rest.WebhookTest.deactivate;
import static org.childplan.evaluation.rest.WebhookTest.subscribe;
import static org.childplan.evaluation.rest.WebhookTest.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.webhook.LoopbackOnlyConnector;
import org.childplan.evaluation.webhook.StubHostResolver;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An intranet deployment, whose operator enables private addresses: they are accepted, and nothing else is. Only
 * registrations here, so no delivery is attempted (the tests' connector would refuse a private address anyway).
 */
@QuarkusTest
@TestProfile(WebhookIntranetTest.Intranet.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class WebhookIntranetTest {

    /** The operator's switch, as an intranet deployment sets it. */
    public static class Intranet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("childplan.webhooks.allow-private-addresses", "true");
        }
    }

    @Inject
    StubHostResolver resolver;
    @Inject
    LoopbackOnlyConnector connector;

    @Test
    void acceptsPrivateTargetsWhenTheOperatorEnablesThem() {
        // written as 0x0a010203, kept as the dotted quad it means
        given().spec(Tokens.as("admin")).put("/api/v1/webhook-allowed-hosts/0x0a010203").then().statusCode(200)
                .body("host", equalTo("10.1.2.3"));
        String literal = subscribe("http://10.1.2.3:8443/hooks");
        String host = allow(unique("intranet"));
        resolver.answer(host, List.of("192.168.5.5", "fd12::5"));
        String name = subscribe("https://" + host + "/hooks");

        assertThat(resolver.lookups(host)).containsExactly("192.168.5.5");
        assertThat(connector.attempts(host)).isEmpty();
        deactivate(literal);
        deactivate(name);
    }

    @Test
    void stillRefusesLoopbackLinkLocalAndMetadataInsideThePrivateRanges() {
        String[][] cases = {
                {"http://127.0.0.1/h", "loopback"},
                {"http://0x7f000001/h", "loopback"},
                {"http://169.254.169.254/latest/meta-data", "cloud metadata"},
                // metadata services that lie inside ranges an intranet enables
                {"http://100.100.100.200/latest/meta-data", "cloud metadata"},
                {"http://[fd00:ec2::254]/latest/meta-data", "cloud metadata"},
                {"http://[fe80::1]/h", "link-local"},
                {"http://0.0.0.0/h", "unspecified"},
        };
        for (String[] c : cases) {
            given().spec(Tokens.as("admin")).contentType("application/json")
                    .body(Map.of("url", c[0], "events", List.of("CYCLE_CLOSED")))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .body("type", equalTo("urn:childplan:problem:webhook-target-refused"))
                    .body("errors[0].message", containsString(c[1]));
        }
        String host = allow(unique("intranet-metadata"));
        resolver.answer(host, List.of("10.0.0.9", "100.100.100.200"));
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "http://" + host + "/h", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].message", containsString("100.100.100.200, a cloud metadata address"));
    }
}
