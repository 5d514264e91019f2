package org.childplan.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.evaluation.rest.WebhookTest.allow;
import static org.childplan.evaluation.rest.WebhookTest.awaitDeliveries;
import static org.childplan.evaluation.rest.WebhookTest.deactivate;
import static org.childplan.evaluation.rest.WebhookTest.subscribe;
import static org.childplan.evaluation.rest.WebhookTest.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.webhook.LoopbackOnlyConnector;
import org.childplan.evaluation.webhook.StubHostResolver;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Deliveries that reach a receiver, which for a test can only listen on this machine (the peer stub's WireMock).
 * Loopback is let through only here, by a test-only key in this class's profile, which a packaged service ignores;
 * every other test, like production, refuses loopback (see {@link WebhookTest}).
 */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.LoopbackReceiver.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class WebhookDeliveryTest {

    /** The one profile in which a delivery may go to loopback. */
    public static class LoopbackReceiver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("childplan.webhooks.test-only-allow-loopback", "true");
        }
    }

    @PeerServicesStub.Inject
    WireMockServer receiver;
    @Inject
    StubHostResolver resolver;
    @Inject
    LoopbackOnlyConnector connector;

    @Test
    void tellsAnAllowListedReceiverAtTheCheckedAddressWhenACycleCloses() throws Exception {
        String host = allow(unique("receiver"));
        // registration, then the delivery's own check; a lookup after the check would get a public address, and the
        // connector would refuse it: the delivery only arrives if it goes to the address that was checked
        resolver.answer(host, List.of("127.0.0.1"), List.of("127.0.0.1"), List.of("203.0.113.66"));
        String path = "/hooks/" + host;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        String code = given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "http://" + host + ":" + receiver.port() + path, "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(201)
                .body("secret", org.hamcrest.Matchers.notNullValue())
                .extract().path("code");

        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(Tokens.as("statistics")).post(Monitoring.cycles(plan) + "/2023/close").then().statusCode(200);

        JsonPath delivered = awaitDeliveries(code, d -> "DELIVERED".equals(d.getString("items[0].status")));
        assertThat(delivered.getInt("items[0].lastStatusCode")).isEqualTo(204);
        assertThat(delivered.getInt("items[0].attempts")).isEqualTo(1);
        receiver.verify(1, postRequestedFor(urlEqualTo(path))
                .withHeader("Host", WireMock.equalTo(host + ":" + receiver.port()))
                .withHeader("X-ChildPlan-Event", WireMock.equalTo("CYCLE_CLOSED"))
                .withHeader("X-ChildPlan-Signature", matching("sha256=[0-9a-f]{64}"))
                .withRequestBody(equalToJson("{\"event\": \"CYCLE_CLOSED\", \"data\": {\"planCode\": \"" + plan + "\", \"year\": 2023}}",
                        true, true)));
        assertThat(resolver.lookups(host)).as("resolved once at registration and once for the delivery")
                .containsExactly("127.0.0.1", "127.0.0.1");
        assertThat(connector.attempts(host)).containsExactly(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                receiver.port()));

        // once the host leaves the allow-list, nothing more is sent to it
        given().spec(Tokens.as("admin")).delete("/api/v1/webhook-allowed-hosts/" + host).then().statusCode(204);
        String next = Monitoring.newPlan();
        Monitoring.openCycle(next, 2023, "2024-03-31");
        given().spec(Tokens.as("statistics")).post(Monitoring.cycles(next) + "/2023/close").then().statusCode(200);
        JsonPath refused = awaitDeliveries(code, d -> "FAILED".equals(d.getString("items[0].status")));
        assertThat(refused.getString("items[0].lastError")).contains("no longer on the allow-list");
        assertThat(connector.attempts(host)).hasSize(1);
        receiver.verify(1, postRequestedFor(urlEqualTo(path)));
        deactivate(code);
    }

    @Test
    void countsARedirectAsAFailedDeliveryAndDoesNotFollowIt() throws Exception {
        String host = allow(unique("redirecting"));
        resolver.answer(host, List.of("127.0.0.1"));
        String path = "/hooks/" + host;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")));
        String code = subscribe("http://" + host + ":" + receiver.port() + path);

        WebhookTest.closeACycle();

        JsonPath failed = awaitDeliveries(code, d -> "FAILED".equals(d.getString("items[0].status")));
        assertThat(failed.getInt("items[0].lastStatusCode")).isEqualTo(307);
        assertThat(failed.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(failed.getString("items[0].lastError")).contains("redirects are not followed");
        assertThat(connector.attempts(host)).as("one connection, to the receiver only").hasSize(1);
        deactivate(code);
    }

    @Test
    void opensLoopbackOnlyAndStillRefusesEveryOtherInternalAddress() throws Exception {
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "http://169.254.169.254/latest/meta-data", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].message", containsString("cloud metadata"));
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "http://192.168.1.1/hook", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].message", containsString("private"));

        String host = allow(unique("rebind-metadata"));
        resolver.answer(host, List.of("127.0.0.1"), List.of("169.254.169.254"));
        String code = subscribe("http://" + host + ":" + receiver.port() + "/hooks/" + host);
        WebhookTest.closeACycle();
        JsonPath refused = awaitDeliveries(code, d -> "FAILED".equals(d.getString("items[0].status")));
        assertThat(refused.getString("items[0].lastError")).contains("169.254.169.254, a cloud metadata address");
        assertThat(refused.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(connector.attempts(host)).isEmpty();
        given().spec(Tokens.as("admin")).get("/api/v1/webhooks/" + code).then().body("active", equalTo(true));
        deactivate(code);
    }
}
