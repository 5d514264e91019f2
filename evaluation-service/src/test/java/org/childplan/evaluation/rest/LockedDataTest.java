package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data locked by a closed monitoring cycle or by a sealed report (submitted for review, approved, published) can not be
 * changed by any endpoint. The test walks every write operation of the checked-in contract, with a token holding every
 * role, the current ETag as If-Match and the contract's own example body, against a plan whose 2023 cycle is closed
 * (one accepted and one draft submission in it) and whose mid-term evaluation is sealed; each must be refused with
 * 409 problem+json, and every readable part of that data must be the same afterwards, byte for byte. A write
 * operation added to the contract fails this test until it is classified below.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class LockedDataTest {

    private static final String AGENCY = "health-bureau";
    private static final int YEAR = 2023;

    /** Write operations that are not about cycle or report data, and why. They are not sent. */
    private static final Map<String, String> EXEMPT = Map.of(
            "createWebhook", "webhook administration: subscriptions are not cycle or report data",
            "deactivateWebhook", "webhook administration: subscriptions are not cycle or report data",
            "allowWebhookHost", "webhook administration: the host allow-list is not cycle or report data",
            "removeWebhookHost", "webhook administration: the host allow-list is not cycle or report data",
            "approvePublicFeedback", "moderation decides on a reader's feedback, kept beside the report; not report data",
            "rejectPublicFeedback", "moderation decides on a reader's feedback, kept beside the report; not report data");

    /**
     * Write operations that are allowed on locked data by design, and why; they are sent after the walk, and the
     * sealed report must still read the same afterwards.
     */
    private static final Map<String, String> AMENDS_BESIDE = Map.of(
            "correctObservation", "the documented way to amend an accepted value of a closed cycle: the old value stays in"
                    + " the history, and sealed reports read their frozen snapshot, not the current value",
            "leaveFeedback", "readers' feedback on a published report is kept beside it and never changes the report",
            "submitPublicFeedback", "feedback without an account on a published report is kept beside it, held for"
                    + " moderation, and never changes the report");

    /**
     * The review's own next step from each sealed state: it moves the status on and leaves the sealed version as it
     * is (checked after the walk); the walk leaves it out in that state only.
     */
    private static final Map<String, Set<String>> NEXT_STEP = Map.of(
            "UNDER_REVIEW", Set.of("approveEvaluation", "returnEvaluation"),
            "APPROVED", Set.of("publishEvaluation"),
            "PUBLISHED", Set.of());

    @BeforeAll
    static void actAsEveryRole() {
        Tokens.actAs(AGENCY, "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @Test
    void noWriteOperationChangesAClosedCycleOrAReportUnderReview() throws Exception {
        walkEveryWriteOperationAgainstLockedData("UNDER_REVIEW");
    }

    @Test
    void noWriteOperationChangesAClosedCycleOrAnApprovedReport() throws Exception {
        walkEveryWriteOperationAgainstLockedData("APPROVED");
    }

    @Test
    void noWriteOperationChangesAClosedCycleOrAPublishedReport() throws Exception {
        walkEveryWriteOperationAgainstLockedData("PUBLISHED");
    }

    private void walkEveryWriteOperationAgainstLockedData(String sealedAs) throws Exception {
        Locked data = lockedData(sealedAs);
        Map<String, String> before = state(data);
        List<String> refused = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        Set<String> unclassified = new TreeSet<>();

        for (Op op : writeOperations()) {
            if (EXEMPT.containsKey(op.id()) || AMENDS_BESIDE.containsKey(op.id())) {
                continue;
            }
            if (!op.path().contains("{planCode}")) {
                unclassified.add(op.id());
                continue;
            }
            if (NEXT_STEP.get(sealedAs).contains(op.id())) {
                continue;
            }
            // operations on one submission run against both: the accepted one and the draft left in the closed cycle
            List<String> codes = op.path().contains("/submissions/{code}") ? List.of(data.accepted(), data.draft())
                    : op.path().contains("/evaluations/{code}") ? List.of(data.evaluation()) : List.of("");
            for (String code : codes) {
                String path = fill(op.path(), data, code, op.id());
                Response answer = send(op, path);
                String line = op.id() + " " + op.method() + " " + path + " -> " + answer.statusCode();
                if (answer.statusCode() == 409 && String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                    refused.add(line);
                } else {
                    notRefused.add(line + " " + answer.asString().substring(0, Math.min(300, answer.asString().length())));
                }
            }
        }

        System.out.printf("locked data (%s): %d write requests refused with 409, exempt: %s, amending beside: %s%n",
                sealedAs, refused.size(), EXEMPT.keySet(), AMENDS_BESIDE.keySet());
        assertThat(unclassified).as("write operations not classified in LockedDataTest: are they about cycle or report"
                + " data? then they must be refused on locked data; if not, list them as EXEMPT with the reason").isEmpty();
        assertThat(notRefused).as("write operations not refused with 409 problem+json on locked data").isEmpty();
        assertThat(refused).hasSizeGreaterThan(20);
        assertThat(state(data)).as("the locked data after the walk").isEqualTo(before);

        String sealedReport = report(data);
        for (String step : NEXT_STEP.get(sealedAs)) {
            if (!step.equals("returnEvaluation")) {
                given().contentType("application/json").body(Map.of()).header("If-Match", etag(evaluation(data)))
                        .post(evaluation(data) + "/" + (step.equals("approveEvaluation") ? "approve" : "publish"))
                        .then().statusCode(200);
                assertThat(report(data)).as("the sealed report after " + step).isEqualTo(sealedReport);
            }
        }
        given().contentType("application/json").body(Map.of("indicatorCode", "HEALTH-3c", "value", 6.3, "reason", "终审修订"))
                .post(cycle(data) + "/corrections").then().statusCode(201).body("oldValue", org.hamcrest.Matchers.equalTo(5.8f));
        // feedback is taken on published reports only (the approved one was published by its next step above)
        boolean published = "PUBLISHED".equals(given().get(evaluation(data)).then().extract().path("status"));
        given().contentType("application/json").body(Map.of("authorName", "张老师", "commentZh", "建议增加留守儿童内容。"))
                .post(evaluation(data) + "/feedback").then().statusCode(published ? 201 : 404);
        given().contentType("application/json").body(Map.of("commentZh", "希望公布分区县数据。"))
                .post(evaluation(data) + "/public-feedback").then().statusCode(published ? 202 : 404);
        assertThat(report(data)).as("the sealed report after a correction and feedback").isEqualTo(sealedReport);
    }

    // ---- the locked data

    /** A plan whose 2023 cycle is closed and whose mid-term evaluation is sealed in the given state. */
    private record Locked(String plan, String accepted, String draft, String evaluation) {
    }

    private static Locked lockedData(String sealedAs) {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, YEAR, (YEAR + 1) + "-03-31");
        String accepted = Monitoring.submit(plan, YEAR, AGENCY, List.of(Monitoring.row("HEALTH-3c", YEAR, 5.8)));
        Monitoring.act(plan, YEAR, accepted, "submit");
        Monitoring.act(plan, YEAR, accepted, "accept");
        String draft = Monitoring.submit(plan, YEAR, AGENCY, List.of(Monitoring.row("HEALTH-2a", YEAR, 80)));
        // the draft is left open on purpose: closing with force withdraws it, and it must stay locked like the rest
        given().contentType("application/json").body(Map.of("force", true, "reason", "逾期未提交的草稿作撤销处理"))
                .post(Monitoring.cycles(plan) + "/" + YEAR + "/close").then().statusCode(200);

        String evaluations = "/api/v1/plans/" + plan + "/evaluations";
        String code = given().contentType("application/json").body(Map.of("type", "MIDTERM", "referenceYear", YEAR,
                        "planTextZh", "中期评估方案", "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post(evaluations).then().statusCode(201).extract().path("code");
        Locked data = new Locked(plan, accepted, draft, code);
        step(data, "approve-plan");
        step(data, "start-collecting");
        String selfAssessment = evaluation(data) + "/self-assessments/" + AGENCY;
        List<Map<String, Object>> items = given().get(selfAssessment).then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            Map<String, Object> body = new HashMap<>(Map.of("progressZh", "目标" + item.get("goalCode") + "进展顺利。"));
            if (Boolean.TRUE.equals(item.get("qualitative"))) {
                body.put("rating", "BASICALLY_ACHIEVED");
            }
            given().contentType("application/json").body(body).header("If-Match", etag(selfAssessment))
                    .put(selfAssessment + "/items/" + item.get("goalCode")).then().statusCode(200);
        }
        given().post(selfAssessment + "/submit").then().statusCode(200);
        step(data, "compile");
        given().contentType("application/json").body(Map.of("rating", "BASICALLY_ACHIEVED", "rationaleZh", "已基本实现。"))
                .put(evaluation(data) + "/ratings/HEALTH-4").then().statusCode(200);
        given().contentType("application/json").body(Map.of("findingsZh", "总体向好。", "recommendationsZh", "巩固成果。"))
                .header("If-Match", etag(evaluation(data))).put(evaluation(data) + "/findings").then().statusCode(200);
        step(data, "submit-for-review");
        if (!sealedAs.equals("UNDER_REVIEW")) {
            step(data, "approve");
        }
        if (sealedAs.equals("PUBLISHED")) {
            step(data, "publish");
        }
        given().get(evaluation(data)).then().body("status", org.hamcrest.Matchers.equalTo(sealedAs));
        return data;
    }

    private static void step(Locked data, String action) {
        given().contentType("application/json").body(Map.of()).post(evaluation(data) + "/" + action).then().statusCode(200);
    }

    /** Everything that can be read of the locked data, with ETags: it must not change. */
    private static Map<String, String> state(Locked data) {
        List<String> paths = new ArrayList<>(List.of(cycle(data), cycle(data) + "/submissions?size=500",
                cycle(data) + "/expected-reports?size=500", cycle(data) + "/corrections?size=500",
                evaluation(data), evaluation(data) + "/ratings", evaluation(data) + "/narratives",
                evaluation(data) + "/history",
                evaluation(data) + "/self-assessments?size=100", evaluation(data) + "/self-assessments/" + AGENCY));
        for (String submission : List.of(data.accepted(), data.draft())) {
            paths.add(cycle(data) + "/submissions/" + submission);
            paths.add(cycle(data) + "/submissions/" + submission + "/observations?size=500");
        }
        Map<String, String> state = new TreeMap<>();
        for (String path : paths) {
            Response response = given().accept("application/json").get(path);
            state.put(path, response.statusCode() + " " + response.header("ETag") + " " + response.asString());
        }
        state.put("report", report(data));
        return state;
    }

    /**
     * The sealed report as it was sealed: its JSON without the review and the version list, which are read beside it
     * and rightly change as the review moves on.
     */
    private static String report(Locked data) {
        var report = (ObjectNode) given().accept("application/json")
                .get(evaluation(data) + "/report").then().statusCode(200).extract().as(JsonNode.class);
        report.remove(List.of("review", "versions"));
        return report.toString();
    }

    private static String cycle(Locked data) {
        return Monitoring.cycles(data.plan()) + "/" + YEAR;
    }

    private static String evaluation(Locked data) {
        return "/api/v1/plans/" + data.plan() + "/evaluations/" + data.evaluation();
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    // ---- the contract's write operations

    /** A write operation: its id, method and path, whether it takes If-Match, and its first example body (or none). */
    private record Op(String id, String method, String path, boolean ifMatch, JsonNode example) {
    }

    private static List<Op> writeOperations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/main/openapi/openapi.yaml").toFile());
        List<Op> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase();
            if (!Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                return;
            }
            JsonNode op = entry.getValue();
            boolean ifMatch = false;
            for (JsonNode parameter : op.path("parameters")) {
                ifMatch |= parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals("If-Match");
            }
            operations.add(new Op(op.path("operationId").asText(), method, path.getKey(), ifMatch, example(contract, op)));
        }));
        return operations;
    }

    private static JsonNode example(JsonNode contract, JsonNode op) {
        JsonNode media = op.path("requestBody").path("content").path("application/json");
        if (media.isMissingNode()) {
            return null;
        }
        if (media.has("example")) {
            return media.get("example");
        }
        JsonNode schema = media.path("schema");
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = contract.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        JsonNode examples = schema.path("examples");
        return examples.isArray() && !examples.isEmpty() ? examples.get(0) : schema.path("example").isMissingNode()
                ? new ObjectMapper().createObjectNode() : schema.get("example");
    }

    private static String fill(String template, Locked data, String code, String operation) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{planCode}", data.plan());
        values.put("{year}", String.valueOf(YEAR));
        values.put("{code}", code);
        values.put("{agencyCode}", AGENCY);
        // a qualitative goal for the evaluation group's rating; a goal in the agency's self-assessment otherwise
        values.put("{goalCode}", operation.equals("rateGoal") ? "HEALTH-4" : "HEALTH-3");
        // a domain of the catalogue, whose narrative the evaluation group may rewrite only while compiling
        values.put("{domainCode}", "HEALTH");
        String path = template;
        for (var value : values.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        return path;
    }

    /** The request as a careful, authorised client sends it: the example body, and If-Match from a fresh GET. */
    private static Response send(Op op, String path) {
        RequestSpecification request = given().accept("application/json");
        if (op.example() != null) {
            request.contentType("application/json").body(op.example().toString());
        }
        if (op.ifMatch()) {
            // the ETag of the nearest resource up the path that has one (the submission, the evaluation, …)
            String resource = path;
            String etag = null;
            while (etag == null && resource.lastIndexOf('/') > 0) {
                Response read = given().get(resource);
                etag = read.statusCode() == 200 ? read.header("ETag") : null;
                if (etag == null) {
                    resource = resource.substring(0, resource.lastIndexOf('/'));
                }
            }
            assertThat(etag).as("an ETag up the path of " + op.id()).isNotNull();
            request.header("If-Match", etag);
        }
        return request.request(op.method(), path);
    }
}
