package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Race;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fifty writers update one object at once, all holding the same ETag: exactly one wins, the other 49 are told 412 that
 * someone changed it meanwhile, and what is stored is the winner's write and nothing else (no lost update: the
 * revision moved by exactly one). Without If-Match an update is refused with 428.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ConcurrentWritersTest {

    private static final int WRITERS = 50;
    private static final String AGENCY = "health-bureau";

    @BeforeAll
    static void actAsEveryRole() {
        Tokens.actAs(AGENCY, "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @Test
    void fiftyWritersOfOneSubmissionWithOneEtagLeaveOneWinnerAndTheRest412() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String code = Monitoring.submit(plan, 2023, AGENCY, List.of(Monitoring.row("HEALTH-3c", 2023, 5.8)));
        String submission = Monitoring.submissions(plan, 2023) + "/" + code;
        String etag = Monitoring.etag(submission);

        Race.Result race = Race.run(WRITERS, writer -> given().contentType("application/json").header("If-Match", etag)
                .body(Map.of("observations", List.of(Monitoring.row("HEALTH-3c", 2023, valueOf(writer)))))
                .put(submission + "/observations"));

        Race.Answer winner = onlyOneWon(race, 200);
        List<Object> stored = given().get(submission + "/observations").then().statusCode(200).extract().jsonPath()
                .getList("items.value");
        assertThat(stored).as("the stored rows are the winner's").singleElement()
                .satisfies(v -> assertThat(Double.parseDouble(String.valueOf(v))).isEqualTo(valueOf(winner.writer())));
        assertThat(Monitoring.etag(submission)).as("one update applied, none lost").isEqualTo(next(etag))
                .isEqualTo(winner.etag());
    }

    @Test
    void fiftyWritersOfOneEvaluationWithOneEtagLeaveOneWinnerAndTheRest412() throws Exception {
        String plan = Monitoring.newPlan();
        String evaluation = createEvaluation(plan);
        String etag = Monitoring.etag(evaluation);

        Race.Result race = Race.run(WRITERS, writer -> given().contentType("application/json").header("If-Match", etag)
                .body(planChange(writer)).put(evaluation));

        Race.Answer winner = onlyOneWon(race, 200);
        given().get(evaluation).then().statusCode(200)
                .body("planTextZh", equalTo(planChange(winner.writer()).get("planTextZh")))
                .header("ETag", equalTo(next(etag)));
    }

    @Test
    void refusesAnUpdateWithoutIfMatchWith428AndChangesNothing() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String code = Monitoring.submit(plan, 2023, AGENCY, List.of(Monitoring.row("HEALTH-3c", 2023, 5.8)));
        String submission = Monitoring.submissions(plan, 2023) + "/" + code;
        String evaluation = createEvaluation(plan);
        String submissionEtag = Monitoring.etag(submission);
        String evaluationEtag = Monitoring.etag(evaluation);

        given().contentType("application/json").body(Map.of("observations", List.of(Monitoring.row("HEALTH-3c", 2023, 6.1))))
                .put(submission + "/observations").then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        given().contentType("application/json").body(planChange(1)).put(evaluation).then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:precondition-required"));

        given().get(submission + "/observations").then().body("items.value", equalTo(List.of(5.8f)));
        assertThat(Monitoring.etag(submission)).isEqualTo(submissionEtag);
        given().get(evaluation).then().body("planTextZh", equalTo("中期评估方案")).header("ETag", equalTo(evaluationEtag));
    }

    @Test
    void closingACycleWhileSubmissionsAreUnderWayLeavesNothingWrittenAfterItClosed() throws Exception {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String cycle = Monitoring.cycles(plan) + "/2023";

        // writer 0 closes the cycle as soon as the first submission is stored; writers 1-7 start at once, writers 8-15
        // spread over the 50 ms after the close is sent, so that submissions are under way on both sides of it. Fewer
        // than the connection pool holds (20): with more, the close would queue for a connection behind them all and
        // never meet a submission in the database, where the cycle's lock has to keep them apart
        int writers = 16;
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        Race.Result race = Race.run(writers, writer -> {
            if (writer == 0) {
                await(firstStored);
                closing.countDown();
                // with force: the drafts stored before it are withdrawn, which is not what this race is about
                return given().contentType("application/json").body(Map.of("force", true, "reason", "并发关闭测试"))
                        .post(cycle + "/close");
            }
            if (writer >= writers / 2) {
                await(closing);
                pause(6L * (writer - writers / 2));   // 0-42 ms after the close was sent
            }
            Response answer = given().contentType("application/json").body(Map.of("agencyCode", AGENCY,
                    "observations", List.of(Monitoring.row("HEALTH-3c", 2023, valueOf(writer))))).post(Monitoring.submissions(plan, 2023));
            if (answer.statusCode() == 201) {
                firstStored.countDown();
            }
            return answer;
        });

        Race.Answer close = race.answers().get(0);
        System.out.printf("close + %d concurrent submissions: %s; %d submissions answered after the close was sent, %d after"
                        + " it was answered%n", writers - 1, race.countByStatus(),
                race.answers().stream().filter(a -> a.answeredAt() > close.sentAt()).count() - 1,
                race.answers().stream().filter(a -> a.answeredAt() > close.answeredAt()).count());
        assertThat(race.answers().get(0).status()).as("the close").isEqualTo(200);
        List<Race.Answer> submitters = race.answers().subList(1, writers);
        assertThat(submitters).allSatisfy(a -> assertThat(a.status()).isIn(201, 409));
        assertThat(race.withStatus(201)).as("submissions stored before the close").isNotEmpty();
        submitters.stream().filter(a -> a.status() == 409)
                .forEach(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
        OffsetDateTime closedAt = OffsetDateTime.parse(given().get(cycle).then().statusCode(200).extract().path("closedAt"));
        JsonPath stored = given().get(Monitoring.submissions(plan, 2023) + "?size=500").then().statusCode(200).extract().jsonPath();
        assertThat(stored.getInt("total")).as("a submission stored for every 201, and none for a 409")
                .isEqualTo(submitters.stream().filter(a -> a.status() == 201).count());
        assertThat(stored.getList("items.createdAt", String.class)).as("nothing written in the cycle after it closed")
                .allSatisfy(createdAt -> assertThat(OffsetDateTime.parse(createdAt)).isBeforeOrEqualTo(closedAt));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the race went on").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Exactly one writer got {@code success}; every other one a 412 problem naming the stale ETag. */
    private static Race.Answer onlyOneWon(Race.Result race, int success) {
        System.out.printf("%d concurrent writers: %s; %d in flight before the first answer%n", WRITERS, race.countByStatus(),
                race.inFlightTogether());
        assertThat(race.countByStatus()).as("statuses of %d writers with one ETag", WRITERS)
                .isEqualTo(Map.of(success, 1L, 412, (long) WRITERS - 1));
        assertThat(race.inFlightTogether()).as("requests in flight at once").isGreaterThan(1);
        for (Race.Answer lost : race.withStatus(412)) {
            assertThat(lost.contentType()).startsWith("application/problem+json");
            assertThat(JsonPath.from(lost.body()).getString("type")).isEqualTo("urn:childplan:problem:precondition-failed");
        }
        return race.withStatus(success).get(0);
    }

    private static String createEvaluation(String plan) {
        String evaluations = "/api/v1/plans/" + plan + "/evaluations";
        String code = given().contentType("application/json").body(Map.of("type", "MIDTERM", "referenceYear", 2023,
                        "planTextZh", "中期评估方案", "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post(evaluations).then().statusCode(201).extract().path("code");
        return evaluations + "/" + code;
    }

    private static Map<String, Object> planChange(int writer) {
        return Map.of("planTextZh", "中期评估方案（第" + writer + "稿）", "selfAssessmentDueOn", "2024-05-31",
                "reportDueOn", "2024-08-31");
    }

    /** A different under-5 mortality per writer: 5.00‰, 5.01‰, … */
    private static double valueOf(int writer) {
        return 5.0 + writer / 100.0;
    }

    /** The ETag one revision on. */
    private static String next(String etag) {
        return "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"";
    }
}
