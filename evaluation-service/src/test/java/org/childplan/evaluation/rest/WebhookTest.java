package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.webhook.LoopbackOnlyConnector;
import org.childplan.evaluation.webhook.StubHostResolver;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Webhooks go only to allow-listed hosts, and never to this machine, its networks or a metadata service, whatever the
 * allow-list says and whatever DNS answers later. Names resolve through {@link StubHostResolver} and every connection
 * goes through {@link LoopbackOnlyConnector}: nothing here sends a packet beyond loopback. Successful deliveries to a
 * receiver on this machine are in {@link WebhookDeliveryTest}, the one place loopback is let through.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class WebhookTest {

    @Inject
    StubHostResolver resolver;
    @Inject
    LoopbackOnlyConnector connector;

    @Test
    void refusesTargetsNotOnTheAllowList() {
        String unlisted = unique("unlisted");
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "https://" + unlisted + "/hook", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].messageZh", containsString("不在推送白名单中"));
        // an unlisted name is not even looked up
        assertThat(resolver.lookups(unlisted)).isEmpty();
        given().spec(Tokens.as("admin")).put("/api/v1/webhook-allowed-hosts/data.example.gov.cn").then().statusCode(200);
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "https://admin:pw@data.example.gov.cn/hook", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400);
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "file:///etc/passwd", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400);
        given().spec(Tokens.as("admin")).put("/api/v1/webhook-allowed-hosts/bad_host!").then().statusCode(400);
        given().spec(Tokens.as("statistics")).put("/api/v1/webhook-allowed-hosts/evil.example").then().statusCode(403);
    }

    @Test
    void refusesInternalAddressesInEveryFormAtRegistration() {
        // URL, then a word of the English and of the Chinese reason
        String[][] cases = {
                {"http://127.0.0.1/h", "loopback", "环回"},
                {"http://2130706433/h", "loopback", "环回"},
                {"http://0x7f000001/h", "loopback", "环回"},
                {"http://0X7F.0.0.1/h", "loopback", "环回"},
                {"http://0177.0.0.1/h", "loopback", "环回"},
                {"http://127.1/h", "loopback", "环回"},
                {"http://127.0.0.1./h", "loopback", "环回"},
                {"http://[::1]:8080/h", "loopback", "环回"},
                {"http://[::ffff:127.0.0.1]/h", "loopback", "环回"},
                {"http://[0:0:0:0:0:ffff:7f00:1]/h", "loopback", "环回"},
                {"http://LOCALHOST./h", "loopback", "环回"},
                {"http://localhost:9/journey-hook", "loopback", "环回"},
                {"http://169.254.169.254/latest/meta-data", "cloud metadata", "元数据"},
                {"http://169.254.43518/latest/meta-data", "cloud metadata", "元数据"},
                {"http://2852039166/latest/meta-data", "cloud metadata", "元数据"},
                {"http://[fd00:ec2::254]/latest/meta-data", "cloud metadata", "元数据"},
                {"http://100.100.100.200/latest/meta-data", "cloud metadata", "元数据"},
                {"http://169.254.0.23/h", "link-local", "链路本地"},
                {"http://[fe80::1]/h", "link-local", "链路本地"},
                {"http://0.0.0.0:8083/h", "unspecified", "未指定"},
                {"http://0/h", "unspecified", "未指定"},
                {"http://[::]/h", "unspecified", "未指定"},
                {"http://224.0.0.1/h", "multicast", "组播"},
                {"http://[ff02::1]/h", "multicast", "组播"},
                {"http://255.255.255.255/h", "broadcast", "广播"},
                {"http://10.0.0.1/h", "private", "内网"},
                {"http://012.0.0.1/h", "private", "内网"},
                {"http://172.16.0.1/h", "private", "内网"},
                {"http://192.168.1.1/h", "private", "内网"},
                {"http://100.64.0.1/h", "private", "内网"},
                {"http://[fd12:3456::1]/h", "private", "内网"},
        };
        for (String[] c : cases) {
            given().spec(Tokens.as("admin")).contentType("application/json")
                    .body(Map.of("url", c[0], "events", List.of("CYCLE_CLOSED")))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:childplan:problem:webhook-target-refused"))
                    .body("detail", containsString(c[1]))
                    .body("detailZh", containsString(c[2]))
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString(c[1]))
                    .body("errors[0].messageZh", containsString(c[2]));
        }
    }

    @Test
    void refusesToAllowListAddressesNoDeliveryCouldGoTo() {
        for (String host : List.of("127.0.0.1", "2130706433", "0x7f000001", "localhost", "169.254.169.254", "0.0.0.0", "10.0.0.1")) {
            given().spec(Tokens.as("admin")).put("/api/v1/webhook-allowed-hosts/" + host).then().statusCode(400)
                    .body("type", equalTo("urn:childplan:problem:webhook-target-refused"))
                    .body("errors[0].field", equalTo("host"));
        }
        // a public address is kept in its canonical form
        given().spec(Tokens.as("admin")).put("/api/v1/webhook-allowed-hosts/0xCB007107").then().statusCode(200)
                .body("host", equalTo("203.0.113.7"));
        given().spec(Tokens.as("admin")).delete("/api/v1/webhook-allowed-hosts/203.0.113.7").then().statusCode(204);
    }

    @Test
    void refusesAnAllowListedNameThatResolvesToAnInternalAddress() {
        String intranet = allow(unique("intranet"));
        String metadata = allow(unique("metadata"));
        String mixed = allow(unique("mixed"));
        String nowhere = allow(unique("nowhere"));
        resolver.answer(intranet, List.of("10.20.30.40"));
        // a metadata.google.internal-style name is only a name: what it resolves to is what is refused
        resolver.answer(metadata, List.of("169.254.169.254"));
        resolver.answer(mixed, List.of("203.0.113.9", "::ffff:127.0.0.1"));

        subscribeRefused(intranet).body("errors[0].message", containsString("resolves to 10.20.30.40, a private address"))
                .body("errors[0].messageZh", containsString("内网地址"));
        subscribeRefused(metadata).body("errors[0].message", containsString("resolves to 169.254.169.254, a cloud metadata address"));
        // every answer is checked, not only the first
        subscribeRefused(mixed).body("errors[0].message", containsString("127.0.0.1, a loopback address"));
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "https://" + nowhere + "/hook", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].message", containsString("does not resolve"));

        for (String host : List.of(intranet, metadata, mixed, nowhere)) {
            assertThat(resolver.lookups(host)).as(host).hasSize(1);
            assertThat(connector.attempts(host)).as(host).isEmpty();
        }
    }

    @Test
    void refusesADeliveryWhenTheNameNowResolvesToLoopback() throws Exception {
        // DNS rebinding: a public answer at registration, loopback when the event comes
        String host = allow(unique("rebind"));
        resolver.answer(host, List.of("203.0.113.10"), List.of("127.0.0.1"));
        String code = subscribe("https://" + host + "/hooks/childplan");

        closeACycle();

        JsonPath deliveries = awaitDeliveries(code, d -> "FAILED".equals(d.getString("items[0].status")));
        assertThat(deliveries.getList("items")).hasSize(1);
        assertThat(deliveries.getInt("items[0].attempts")).as("refused at once, not retried").isEqualTo(1);
        assertThat(deliveries.getString("items[0].lastError"))
                .contains("refused by the outbound address policy, not retried")
                .contains("resolves to 127.0.0.1, a loopback address")
                .contains("出站地址策略拒绝");
        assertThat(deliveries.getString("items[0].lastStatusCode")).isNull();
        assertThat(resolver.lookups(host)).containsExactly("203.0.113.10", "127.0.0.1");
        assertThat(connector.attempts(host)).as("refused before any connection").isEmpty();
        deactivate(code);
    }

    @Test
    void refusesADeliveryWhenTheNameNowResolvesToMetadataOrAPrivateAddress() throws Exception {
        String metadata = allow(unique("rebind-metadata"));
        String intranet = allow(unique("rebind-intranet"));
        resolver.answer(metadata, List.of("203.0.113.11"), List.of("203.0.113.11", "169.254.169.254"));
        resolver.answer(intranet, List.of("2001:db8::11"), List.of("fd00::11"));
        String toMetadata = subscribe("https://" + metadata + "/hooks");
        String toIntranet = subscribe("https://" + intranet + "/hooks");

        closeACycle();

        JsonPath first = awaitDeliveries(toMetadata, d -> "FAILED".equals(d.getString("items[0].status")));
        assertThat(first.getString("items[0].lastError")).contains("169.254.169.254, a cloud metadata address");
        JsonPath second = awaitDeliveries(toIntranet, d -> "FAILED".equals(d.getString("items[0].status")));
        assertThat(second.getString("items[0].lastError")).contains("fd00::11, a private address");
        assertThat(first.getInt("items[0].attempts") + second.getInt("items[0].attempts")).isEqualTo(2);
        assertThat(connector.attempts(metadata)).isEmpty();
        assertThat(connector.attempts(intranet)).isEmpty();
        deactivate(toMetadata);
        deactivate(toIntranet);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example.gov.cn";
    }

    static String allow(String host) {
        given().spec(Tokens.as("admin")).put("/api/v1/webhook-allowed-hosts/" + host).then().statusCode(200);
        return host;
    }

    static String subscribe(String url) {
        return given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", url, "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("code");
    }

    static io.restassured.response.ValidatableResponse subscribeRefused(String host) {
        return given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "https://" + host + "/hook", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("type", equalTo("urn:childplan:problem:webhook-target-refused"))
                .body("errors[0].field", equalTo("url"));
    }

    static void closeACycle() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(Tokens.as("statistics")).post(Monitoring.cycles(plan) + "/2023/close").then().statusCode(200);
    }

    /** The subscription's deliveries once they satisfy the condition (deliveries are sent after the commit). */
    static JsonPath awaitDeliveries(String code, Predicate<JsonPath> done) throws InterruptedException {
        JsonPath deliveries = null;
        for (int i = 0; i < 100; i++) {
            deliveries = given().spec(Tokens.as("admin")).get("/api/v1/webhooks/" + code + "/deliveries").then()
                    .statusCode(200).extract().jsonPath();
            if (!deliveries.getList("items").isEmpty() && done.test(deliveries)) {
                return deliveries;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("deliveries of " + code + " never got there: " + (deliveries == null ? null : deliveries.prettify()));
    }

    static void deactivate(String code) {
        given().spec(Tokens.as("admin")).post("/api/v1/webhooks/" + code + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
    }
}
