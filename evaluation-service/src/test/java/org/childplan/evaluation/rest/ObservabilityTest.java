package org.childplan.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.Metrics;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Traces that follow a request to the peers and into the logs, and the business counters Prometheus scrapes. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ObservabilityTest {

    @PeerServicesStub.Inject
    WireMockServer peers;

    private static String newTraceId() {
        return String.format("%032x", System.nanoTime()).replace(' ', '0');
    }

    private static String traceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    @Test
    void sendsTheCallersTraceIdToThePeers() {
        String plan = Monitoring.newPlan();
        String traceId = newTraceId();
        given().spec(Tokens.as("viewer")).header("traceparent", traceparent(traceId))
                .get("/api/v1/plans/" + plan + "/progress?year=2023").then().statusCode(200);

        peers.verify(getRequestedFor(urlPathMatching("/api/v1/plans/" + plan + "/catalogue"))
                .withHeader("traceparent", matching("00-" + traceId + "-[0-9a-f]{16}-01")));
    }

    @Test
    void startsATraceWhenTheCallerSendsNone() {
        String plan = Monitoring.newPlan();
        given().spec(Tokens.as("viewer")).get("/api/v1/plans/" + plan + "/progress?year=2023").then().statusCode(200);

        peers.verify(getRequestedFor(urlPathMatching("/api/v1/plans/" + plan + "/catalogue"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")));
    }

    @Test
    void countsAcceptedSubmissionsTheirRowsAndReturnedOnes() {
        String plan = Monitoring.newPlan();
        Monitoring.accepted(plan, 2023, "health-bureau", List.of(Monitoring.row("HEALTH-3c", 2023, 9.0),
                Monitoring.row("HEALTH-2a", 2023, 86)));
        String returned = Monitoring.submit(plan, 2023, "education-bureau", List.of(Monitoring.row("HEALTH-9c", 2023, 35)));
        Monitoring.act(plan, 2023, returned, "submit");
        given().spec(Tokens.as("statistics")).contentType("application/json").body(Map.of("reason", "请核对数据来源"))
                .post(Monitoring.submissions(plan, 2023) + "/" + returned + "/return").then().statusCode(200);

        assertThat(Metrics.counter("childplan_submissions_accepted_total", "plan", plan)).isEqualTo(1.0);
        assertThat(Metrics.counter("childplan_observations_accepted_total", "plan", plan)).isEqualTo(2.0);
        assertThat(Metrics.counter("childplan_submissions_returned_total", "plan", plan)).isEqualTo(1.0);
    }

    @Test
    void doesNotCountARefusedAcceptance() {
        String plan = Monitoring.newPlan();
        Monitoring.openCycle(plan, 2023, "2024-03-31");
        String draft = Monitoring.submit(plan, 2023, "health-bureau", List.of(Monitoring.row("HEALTH-3c", 2023, 9.0)));
        // a DRAFT can not be accepted: the request fails and nothing is counted
        given().spec(Tokens.as("statistics")).post(Monitoring.submissions(plan, 2023) + "/" + draft + "/accept")
                .then().statusCode(409);

        assertThat(Metrics.counter("childplan_submissions_accepted_total", "plan", plan)).isZero();
        assertThat(Metrics.counter("childplan_observations_accepted_total", "plan", plan)).isZero();
    }

    @Test
    void countsAndLogsTheWarningsACycleClosesWithUnderTheCallersTraceId() {
        String plan = Monitoring.planWithMortalitySeries();
        List<String> severities = given().spec(Tokens.as("viewer")).get("/api/v1/plans/" + plan + "/warnings?year=2023&size=500")
                .then().statusCode(200).extract().path("items.severity");
        assertThat(severities).isNotEmpty();
        String traceId = newTraceId();

        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ((ExtLogRecord) record).copyMdc(); // the MDC belongs to the request's thread, as it would for an async handler
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.childplan.evaluation.monitoring.ClosingWarnings");
        logger.addHandler(capture);
        try {
            given().spec(Tokens.as("statistics")).header("traceparent", traceparent(traceId))
                    .post(Monitoring.cycles(plan) + "/2023/close").then().statusCode(200);
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(((ExtLogRecord) record).getFormattedMessage()).contains(plan)
                    .contains(severities.size() + " early warning(s)");
            assertThat(((ExtLogRecord) record).getMdc("traceId")).isEqualTo(traceId);
        });
        assertThat(Metrics.counter("childplan_warnings_raised_total", "plan", plan)).isEqualTo(severities.size());
        for (String severity : List.of("HIGH", "MEDIUM", "LOW")) {
            assertThat(Metrics.counter("childplan_warnings_raised_total", "plan", plan, "severity", severity))
                    .as(severity).isEqualTo(severities.stream().filter(severity::equals).count());
        }
    }
}
