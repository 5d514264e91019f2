package org.childplan.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Webhooks go only to allow-listed hosts, are signed, and follow events after they commit. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class WebhookTest {

    @PeerServicesStub.Inject
    WireMockServer receiver;

    @Test
    void refusesTargetsNotOnTheAllowList() {
        given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "http://169.254.169.254/latest/meta-data", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].messageZh", org.hamcrest.Matchers.containsString("不在推送白名单中"));
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
    void tellsAnAllowListedReceiverWhenACycleCloses() throws Exception {
        receiver.stubFor(post(urlEqualTo("/hooks/childplan")).willReturn(aResponse().withStatus(204)));
        given().spec(Tokens.as("admin")).put("/api/v1/webhook-allowed-hosts/localhost").then().statusCode(200);
        String code = given().spec(Tokens.as("admin")).contentType("application/json")
                .body(Map.of("url", "http://localhost:" + receiver.port() + "/hooks/childplan", "events", List.of("CYCLE_CLOSED")))
                .post("/api/v1/webhooks").then().statusCode(201)
                .body("secret", notNullValue())
                .extract().path("code");

        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        given().spec(Tokens.as("statistics")).post(Monitoring.cycles(plan) + "/2023/close").then().statusCode(200);

        for (int i = 0; i < 50 && receiver.findAll(postRequestedFor(urlEqualTo("/hooks/childplan"))).isEmpty(); i++) {
            Thread.sleep(100);
        }
        receiver.verify(postRequestedFor(urlEqualTo("/hooks/childplan"))
                .withHeader("X-ChildPlan-Event", com.github.tomakehurst.wiremock.client.WireMock.equalTo("CYCLE_CLOSED"))
                .withHeader("X-ChildPlan-Signature", matching("sha256=[0-9a-f]{64}"))
                .withRequestBody(equalToJson("{\"event\": \"CYCLE_CLOSED\", \"data\": {\"planCode\": \"" + plan + "\", \"year\": 2023}}",
                        true, true)));
        for (int i = 0; i < 50; i++) {
            String status = given().spec(Tokens.as("admin")).get("/api/v1/webhooks/" + code + "/deliveries").then()
                    .extract().path("items[0].status");
            if ("DELIVERED".equals(status)) {
                break;
            }
            Thread.sleep(100);
        }
        given().spec(Tokens.as("admin")).get("/api/v1/webhooks/" + code + "/deliveries").then()
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].lastStatusCode", equalTo(204));

        // once the host leaves the allow-list, nothing more is sent to it
        given().spec(Tokens.as("admin")).delete("/api/v1/webhook-allowed-hosts/localhost").then().statusCode(204);
        String next = Monitoring.newPlan();
        Monitoring.openCycle(next, 2023, "2024-03-31");
        given().spec(Tokens.as("statistics")).post(Monitoring.cycles(next) + "/2023/close").then().statusCode(200);
        for (int i = 0; i < 50; i++) {
            String status = given().spec(Tokens.as("admin")).get("/api/v1/webhooks/" + code + "/deliveries").then()
                    .extract().path("items[0].status");
            if ("FAILED".equals(status)) {
                break;
            }
            Thread.sleep(100);
        }
        given().spec(Tokens.as("admin")).get("/api/v1/webhooks/" + code + "/deliveries").then()
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].lastError", org.hamcrest.Matchers.containsString("no longer on the allow-list"));
    }
}
