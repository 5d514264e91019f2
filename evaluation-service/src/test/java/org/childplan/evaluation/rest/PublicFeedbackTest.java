package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, finding 6: readers of a published report leave feedback without an account; it is limited per client
 * address and in size, and shows publicly only once the committee office (role evaluator) has approved it. Each test
 * stands for its own readers with addresses of the documentation ranges in X-Forwarded-For (the test profile trusts
 * loopback as the proxy), so the tests' limits do not touch each other; no packet goes anywhere but loopback.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class PublicFeedbackTest {

    private static final AtomicInteger READERS = new AtomicInteger(1);

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    /** A reader without an account at an address of its own. */
    private static RequestSpecification reader() {
        int n = READERS.getAndIncrement();
        return given().header("X-Forwarded-For", "198.51.100." + (n % 250 + 1) + ", 203.0.113." + (n / 250 + 1))
                .contentType("application/json");
    }

    private static Map<String, Object> feedback(String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("authorName", "李女士");
        body.put("contact", "13800000000");
        body.put("commentZh", comment);
        return body;
    }

    private static String publicFeedback(String plan, String code) {
        return Evaluations.path(plan, code) + "/public-feedback";
    }

    @Test
    void holdsAnonymousFeedbackUntilTheCommitteeOfficeApprovesIt() {
        String plan = Monitoring.newPlan();
        String code = Evaluations.published(plan, "评估发现。");
        String path = publicFeedback(plan, code);

        String kept = reader().body(feedback("建议增加各乡镇的儿童入园率数据。")).post(path).then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("statusZh", equalTo("待审核"))
                .body("code", startsWith("PF-"))
                .extract().path("code");
        String dropped = reader().body(feedback("广告：代办各类证件。")).post(path).then().statusCode(202).extract().path("code");

        // nothing shows before moderation
        given().get(path).then().statusCode(200).body("total", equalTo(0));

        // the moderation queue, with the contact left for a reply
        given().spec(Tokens.as("evaluator")).queryParam("status", "PENDING").queryParam("plan", plan)
                .get("/api/v1/public-feedback").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", hasItem(kept))
                .body("items.find { it.code == '" + kept + "' }.contact", equalTo("13800000000"))
                .body("items.find { it.code == '" + kept + "' }.evaluationCode", equalTo(code));

        given().spec(Tokens.as("evaluator")).contentType("application/json").body(Map.of("note", "与报告相关，予以公开"))
                .post("/api/v1/public-feedback/" + kept + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("moderatedBy", org.hamcrest.Matchers.notNullValue());
        given().spec(Tokens.as("evaluator")).contentType("application/json").body(Map.of("note", "与报告无关"))
                .post("/api/v1/public-feedback/" + dropped + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        // a decision stands
        given().spec(Tokens.as("evaluator")).contentType("application/json").body(Map.of())
                .post("/api/v1/public-feedback/" + dropped + "/approve").then().statusCode(409)
                .contentType("application/problem+json");

        // public readers see the approved one only, never the contact
        given().get(path).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo(kept))
                .body("items[0].commentZh", equalTo("建议增加各乡镇的儿童入园率数据。"))
                .body("items[0].authorName", equalTo("李女士"))
                .body("items[0]", not(hasKey("contact")));
        given().spec(Tokens.as("evaluator")).queryParam("status", "PENDING").queryParam("plan", plan)
                .get("/api/v1/public-feedback").then().body("total", equalTo(0));
        given().spec(Tokens.as("evaluator")).get("/api/v1/public-feedback/" + dropped).then().statusCode(200)
                .body("moderationNote", equalTo("与报告无关"));

        // signed-in feedback is as it was: stored at once, seen by the evaluation group, not in the public list
        given().spec(Tokens.as("viewer")).contentType("application/json").body(Map.of("commentZh", "内部意见。"))
                .post(Evaluations.path(plan, code) + "/feedback").then().statusCode(201);
        given().spec(Tokens.as("evaluator")).get(Evaluations.path(plan, code) + "/feedback").then().body("total", equalTo(1));
        given().get(path).then().body("total", equalTo(1));
    }

    @Test
    void refusesFeedbackAboveTheSizeLimits() throws Exception {
        String plan = Monitoring.newPlan();
        String code = Evaluations.published(plan, "评估发现。");
        String path = publicFeedback(plan, code);

        reader().body(feedback("意".repeat(2000))).post(path).then().statusCode(202);
        reader().body(feedback("意".repeat(2001))).post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("commentZh"));
        Map<String, Object> longContact = feedback("好。");
        longContact.put("contact", "1".repeat(201));
        reader().body(longContact).post(path).then().statusCode(400).body("errors[0].field", equalTo("contact"));
        reader().body(Map.of("authorName", "李女士")).post(path).then().statusCode(400).body("errors[0].field", equalTo("commentZh"));

        // a body far larger than any feedback: refused with 413 by its Content-Length...
        String padded = "{\"commentZh\": \"好。\"" + " ".repeat(20_000) + "}";
        reader().body(padded).post(path).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:payload-too-large"));
        // ...and sent chunked, without one, once that much has arrived
        byte[] big = ("{\"commentZh\": \"" + "好".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "192.0.2.200")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(answer.statusCode()).isEqualTo(413);
        Assertions.assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> Assertions.assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void limitsFeedbackPerClientAddressAndSaysWhenToRetry() {
        String plan = Monitoring.newPlan();
        String code = Evaluations.published(plan, "评估发现。");
        String path = publicFeedback(plan, code);
        String address = "192.0.2.77";
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", address).contentType("application/json").body(feedback("第" + i + "条意见。"))
                    .post(path).then().statusCode(202);
        }
        String retryAfter = given().header("X-Forwarded-For", address).contentType("application/json").body(feedback("第6条意见。"))
                .post(path).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:too-many-requests"))
                .body("detailZh", containsString("每个地址每1小时最多5次"))
                .extract().header("Retry-After");
        Assertions.assertThat(Long.parseLong(retryAfter)).isBetween(3000L, 3600L);
        // a client can not step round the limit by writing its own X-Forwarded-For in front of the proxy's entry
        given().header("X-Forwarded-For", "198.18.0.1, " + address).contentType("application/json").body(feedback("再来一条。"))
                .post(path).then().statusCode(429);
        // another reader is not held up
        given().header("X-Forwarded-For", "192.0.2.78").contentType("application/json").body(feedback("另一位读者。"))
                .post(path).then().statusCode(202);
        // refused feedback was not stored
        given().spec(Tokens.as("evaluator")).queryParam("plan", plan).get("/api/v1/public-feedback").then()
                .body("total", equalTo(6));
    }

    @Test
    void acceptsFeedbackOnlyOnPublishedReports() {
        String plan = Monitoring.newPlan();
        String code = Evaluations.compiled(plan);
        String path = publicFeedback(plan, code);
        reader().body(feedback("好。")).post(path).then().statusCode(404).contentType("application/problem+json");
        given().get(path).then().statusCode(404);
        Evaluations.act(plan, code, "evaluator", "submit-for-review", null);
        Evaluations.act(plan, code, "leadership", "approve", null);
        reader().body(feedback("好。")).post(path).then().statusCode(404);
        reader().body(feedback("好。")).post(publicFeedback(plan, "FINAL-2025")).then().statusCode(404);
        Evaluations.act(plan, code, "leadership", "publish", null);
        reader().body(feedback("好。")).post(path).then().statusCode(202);
    }

    @Test
    void onlyTheCommitteeOfficeModerates() {
        String plan = Monitoring.newPlan();
        String code = Evaluations.published(plan, "评估发现。");
        String feedback = reader().body(feedback("建议公开分性别数据。")).post(publicFeedback(plan, code)).then().statusCode(202)
                .extract().path("code");
        String approve = "/api/v1/public-feedback/" + feedback + "/approve";
        given().contentType("application/json").body(Map.of()).post(approve).then().statusCode(401);
        given().get("/api/v1/public-feedback").then().statusCode(401);
        for (String role : new String[] {"viewer", "leadership", "admin", "statistics"}) {
            given().spec(Tokens.as(role)).contentType("application/json").body(Map.of()).post(approve).then().statusCode(403)
                    .contentType("application/problem+json");
            given().spec(Tokens.as(role)).get("/api/v1/public-feedback").then().statusCode(403);
        }
        given().spec(Tokens.as("reporter", "health-bureau")).contentType("application/json").body(Map.of())
                .post("/api/v1/public-feedback/" + feedback + "/reject").then().statusCode(403);
        // still pending, and still not public
        given().get(publicFeedback(plan, code)).then().body("total", equalTo(0));
        given().spec(Tokens.as("evaluator")).get("/api/v1/public-feedback/" + feedback).then().body("status", equalTo("PENDING"));
        given().spec(Tokens.as("evaluator")).contentType("application/json").body(Map.of()).post("/api/v1/public-feedback/PF-NONE/approve")
                .then().statusCode(404);
    }
}
