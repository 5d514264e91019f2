package org.childplan.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childplan.platform.testing.ServiceLauncher;
import org.childplan.platform.testing.ServiceLauncher.Service;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * evaluation-service killed (SIGKILL) while it writes a 100,000-row submission, restarted on the same database, and
 * sent the same request again with the same Idempotency-Key: the rows are either all there or not there at all after
 * the crash, and exactly once after the retry.
 */
class CrashDuringImportTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    private static final int YEAR = 2023;
    private static final int ROWS = 100_000;

    private static ServiceLauncher services;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startServices() throws Exception {
        services = ServiceLauncher.startServices(ROOT, ROOT.resolve("resilience/target/crash"),
                new ServiceLauncher.Options("resilience_crash_", EnumSet.allOf(Service.class), Map.of()));
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aSubmissionInterruptedByACrashIsAllOrNothingAndARetryStoresItOnce() throws Exception {
        send("POST", Service.EVALUATION, "/api/v1/plans/" + PLAN + "/monitoring-cycles", Tokens.of("statistics"),
                "{\"year\":" + YEAR + ",\"opensOn\":\"" + (YEAR + 1) + "-01-01\",\"dueOn\":\"" + (YEAR + 1) + "-03-31\"}", 201);
        Batch batch = batchOfOneAgency();
        String path = "/api/v1/plans/" + PLAN + "/monitoring-cycles/" + YEAR + "/submissions";
        String token = Tokens.of("reporter", batch.agency());
        String key = "crash-" + Instant.now().toEpochMilli();

        CompletableFuture<HttpResponse<String>> interrupted = http.sendAsync(post(path, token, key, batch.body()),
                HttpResponse.BodyHandlers.ofString());
        awaitRowsBeingWritten();
        services.kill(Service.EVALUATION);
        assertThat(interrupted).failsWithin(Duration.ofSeconds(30));

        long afterCrash = storedRows(batch.agency());
        System.out.printf("killed evaluation-service while writing %,d rows; rows stored after the crash: %,d%n", ROWS,
                afterCrash);
        assertThat(afterCrash).as("rows after the crash: all or nothing").isIn(0L, (long) ROWS);

        services.restart(Service.EVALUATION);
        HttpResponse<String> retried = http.send(post(path, token, key, batch.body()), HttpResponse.BodyHandlers.ofString());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(json.readTree(retried.body()).path("observationCount").asInt()).isEqualTo(ROWS);
        long afterRetry = storedRows(batch.agency());
        System.out.printf("after restart and retry with the same Idempotency-Key: %,d rows in %d submission(s)%n",
                afterRetry, submissions(batch.agency()));
        assertThat(afterRetry).isEqualTo(ROWS);
        assertThat(submissions(batch.agency())).isEqualTo(1);
    }

    private record Batch(String agency, byte[] body) {
    }

    /**
     * 100,000 valid rows for one agency: every breakdown of its indicators at the jurisdiction, then by sub-areas,
     * added to the plan as townships until there are enough (as bench/lib/gen_observations.py does).
     */
    private Batch batchOfOneAgency() throws Exception {
        JsonNode catalogue = json.readTree(send("GET", Service.INDICATOR, "/api/v1/plans/" + PLAN + "/catalogue", null, null, 200));
        JsonNode expected = json.readTree(send("GET", Service.EVALUATION, "/api/v1/plans/" + PLAN + "/monitoring-cycles/"
                + YEAR + "/expected-reports?size=500", Tokens.of("viewer"), null, 200));
        Map<String, String> owner = new TreeMap<>();
        expected.path("items").forEach(e -> owner.putIfAbsent(e.path("indicatorCode").asText(), e.path("agencyCode").asText()));
        Map<String, List<String>> values = new HashMap<>();
        catalogue.path("dimensions").forEach(d -> {
            List<String> codes = new ArrayList<>(List.of("TOTAL"));
            d.path("values").forEach(v -> codes.add(v.path("code").asText()));
            values.put(d.path("code").asText(), codes);
        });
        // the agency with the most breakdowns per sub-area needs the fewest sub-areas
        Map<String, List<JsonNode>> byAgency = new TreeMap<>();
        for (JsonNode indicator : catalogue.path("indicators")) {
            String agency = owner.get(indicator.path("code").asText());
            if (agency != null && !indicator.path("targetType").asText().equals("QUALITATIVE")
                    && indicator.path("reportingFrequency").asText().equals("ANNUAL")) {
                byAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(indicator);
            }
        }
        String agency = byAgency.keySet().stream().max((a, b) -> Integer.compare(
                perArea(byAgency.get(a), values), perArea(byAgency.get(b), values))).orElseThrow();
        List<JsonNode> indicators = byAgency.get(agency);
        int perArea = perArea(indicators, values);
        assertThat(perArea).as("breakdowns per sub-area for " + agency).isPositive();

        String jurisdiction = catalogue.path("plan").path("jurisdictionCode").asText();
        ArrayNode rows = json.createArrayNode();
        for (JsonNode indicator : indicators) {
            breakdowns(indicator, values).forEach(b -> rows.add(row(indicator, jurisdiction, b)));
        }
        int areas = (ROWS - rows.size() + perArea - 1) / perArea;
        List<String> areaCodes = addTownships(jurisdiction, areas);
        for (String area : areaCodes) {
            for (JsonNode indicator : indicators) {
                if (hasArea(indicator)) {
                    for (String[] b : breakdowns(indicator, values)) {
                        if (rows.size() < ROWS) {
                            rows.add(row(indicator, area, b));
                        }
                    }
                }
            }
        }
        assertThat(rows.size()).isEqualTo(ROWS);
        ObjectNode body = json.createObjectNode().put("agencyCode", agency);
        body.set("observations", rows);
        return new Batch(agency, json.writeValueAsBytes(body));
    }

    private static int perArea(List<JsonNode> indicators, Map<String, List<String>> values) {
        return indicators.stream().filter(CrashDuringImportTest::hasArea).mapToInt(i -> breakdowns(i, values).size()).sum();
    }

    private static boolean hasArea(JsonNode indicator) {
        return disaggregations(indicator).contains("AREA");
    }

    private static List<String> disaggregations(JsonNode indicator) {
        List<String> codes = new ArrayList<>();
        indicator.path("disaggregations").forEach(d -> codes.add(d.asText()));
        return codes;
    }

    /** Every combination of sex, residence and age group the indicator allows, each also as TOTAL. */
    private static List<String[]> breakdowns(JsonNode indicator, Map<String, List<String>> values) {
        List<String> d = disaggregations(indicator);
        List<String[]> combinations = new ArrayList<>();
        for (String sex : d.contains("SEX") ? values.get("SEX") : List.of("TOTAL")) {
            for (String residence : d.contains("RESIDENCE") ? values.get("RESIDENCE") : List.of("TOTAL")) {
                for (String age : d.contains("AGE_GROUP") ? values.get("AGE_GROUP") : List.of("TOTAL")) {
                    combinations.add(new String[] {sex, residence, age});
                }
            }
        }
        return combinations;
    }

    /** A value every unit accepts: a whole number inside the unit's range. */
    private ObjectNode row(JsonNode indicator, String area, String[] breakdown) {
        return json.createObjectNode().put("indicatorCode", indicator.path("code").asText()).put("year", YEAR)
                .put("areaCode", area).put("sex", breakdown[0]).put("residence", breakdown[1]).put("ageGroup", breakdown[2])
                .put("value", 1);
    }

    private List<String> addTownships(String jurisdiction, int count) throws Exception {
        String admin = Tokens.of("admin");
        List<String> codes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> added = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String code = "CRASH-T%05d".formatted(i);
                codes.add(code);
                added.add(pool.submit(() -> send("POST", Service.INDICATOR, "/api/v1/plans/" + PLAN + "/reporting-areas", admin,
                        "{\"code\":\"" + code + "\",\"nameZh\":\"崩溃测试乡镇" + code + "\",\"level\":\"TOWNSHIP\",\"parentCode\":\""
                                + jurisdiction + "\"}", 201)));
            }
            for (Future<String> area : added) {
                area.get();
            }
        } finally {
            pool.shutdown();
        }
        return codes;
    }

    /** Waits until evaluation-service is inserting the observation rows: the moment to crash it. */
    private void awaitRowsBeingWritten() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        try (Connection db = database()) {
            var busy = db.prepareStatement("select count(*) from pg_stat_activity where datname = current_database()"
                    + " and pid <> pg_backend_pid() and state = 'active'"
                    // the rows go by COPY (batched inserts before that)
                    + " and (query ilike 'copy observation%' or query ilike '%insert into observation%')");
            while (Instant.now().isBefore(deadline)) {
                try (var result = busy.executeQuery()) {
                    result.next();
                    if (result.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(2);
            }
        }
        throw new AssertionError("evaluation-service never wrote the observation rows within 3 minutes; see "
                + services.log(Service.EVALUATION));
    }

    private long storedRows(String agency) throws Exception {
        return count("select count(*) from observation o join submission s on s.id = o.submission_id"
                + " join monitoring_cycle c on c.id = s.cycle_id where s.agency_code = ? and c.year = " + YEAR, agency);
    }

    private long submissions(String agency) throws Exception {
        return count("select count(*) from submission s join monitoring_cycle c on c.id = s.cycle_id"
                + " where s.agency_code = ? and c.year = " + YEAR, agency);
    }

    private long count(String sql, String agency) throws Exception {
        try (Connection db = database(); var statement = db.prepareStatement(sql)) {
            statement.setString(1, agency);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(services.databaseUrl(Service.EVALUATION), ServiceLauncher.databaseUser(),
                ServiceLauncher.databasePassword());
    }

    private HttpRequest post(String path, String token, String key, byte[] body) {
        return HttpRequest.newBuilder(URI.create(services.serviceUrl(Service.EVALUATION) + path))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private String send(String method, Service service, String path, String token, String body, int expected)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(services.serviceUrl(service) + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }
}
