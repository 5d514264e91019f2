package org.childplan.evaluation.repository;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.ObservationCsv;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.Submission;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The COPY that stores a submission's rows: every column of every row reads back exactly as sent, whatever the text
 * holds, and the rows are part of the transaction that wrote them (a failure anywhere in it leaves none behind).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ObservationCopyTest {

    private static final int YEAR = 2023;
    private static final String AGENCY = "health-bureau";
    private static final String JURISDICTION = "430482";
    /** Text a user may send that COPY's text format gives a meaning to, or that an encoding step could change. */
    private static final List<String> HOSTILE = List.of(
            "妇幼卫生年报（2023年），含“引号”与、顿号",
            "tab\there\tand\tthere",
            "line 1\nline 2\r\nline 3\rend",
            "back\\slash \\N \\t \\n \\\\ and a trailing one\\",
            "\\N",
            "\\.",
            "before\n\\.\nafter",
            "",
            "  leading and trailing spaces  ",
            "emoji 👶🏻 and 𠀀 outside the basic plane",
            "\"quoted\", comma; semicolon | pipe",
            "controls \u0001\u0007\u001b\u001f\u007f \b \f \u2028\u2029 end",
            // as long as a source may be (400 characters)
            "x".repeat(399) + "末");

    @Inject
    ObservationRepository observations;
    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void storesEveryColumnOfHostileJsonRowsExactlyAsSent() throws Exception {
        String plan = openCycle();
        List<ObservationInput> sent = hostileRows();
        List<Map<String, Object>> json = new ArrayList<>();
        for (ObservationInput o : sent) {
            Map<String, Object> row = new HashMap<>();
            row.put("indicatorCode", o.indicatorCode());
            row.put("year", o.year());
            row.put("areaCode", o.areaCode());
            row.put("sex", o.sex());
            row.put("residence", o.residence());
            row.put("ageGroup", o.ageGroup());
            row.put("value", o.value());
            row.put("numerator", o.numerator());
            row.put("denominator", o.denominator());
            row.put("source", o.source());
            row.put("note", o.note());
            json.add(row);
        }
        String code = given().spec(Tokens.as("reporter", AGENCY)).contentType("application/json")
                .body(Map.of("agencyCode", AGENCY, "observations", json))
                .post(submissions(plan)).then().statusCode(201)
                .body("observationCount", equalTo(sent.size())).extract().path("code");

        assertStoredExactly(plan, code, sent);
    }

    @Test
    void storesEveryColumnOfHostileCsvRowsExactlyAsParsed() throws Exception {
        String plan = openCycle();
        StringBuilder csv = new StringBuilder("indicatorCode,year,areaCode,sex,residence,ageGroup,value,numerator,denominator,source,note\n");
        List<ObservationInput> rows = hostileRows();
        for (ObservationInput o : rows) {
            csv.append(String.join(",", o.indicatorCode(), String.valueOf(o.year()), o.areaCode(), o.sex(), o.residence(),
                    o.ageGroup(), o.value().toPlainString(), plain(o.numerator()), plain(o.denominator()),
                    quoted(o.source()), quoted(o.note()))).append('\n');
        }
        ObservationCsv.Result parsed = ObservationCsv.parse(csv.toString());
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(ObservationInput::note).contains("line 1\nline 2\r\nline 3\rend", "\\N", "\\.");

        String code = given().spec(Tokens.as("reporter", AGENCY)).contentType("text/csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post(submissions(plan) + "?agency=" + AGENCY).then().statusCode(201).extract().path("code");

        assertStoredExactly(plan, code, parsed.rows().stream().map(r -> r.normalised(JURISDICTION)).toList());
    }

    @Test
    void aBadLastRowStoresNoneOfTheRowsBeforeIt() throws Exception {
        String plan = openCycle();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ObservationInput o : hostileRows()) {
            Map<String, Object> row = new HashMap<>();
            row.put("indicatorCode", o.indicatorCode());
            row.put("year", YEAR);
            row.put("sex", o.sex());
            row.put("residence", o.residence());
            row.put("value", o.value());
            row.put("note", o.note());
            rows.add(row);
        }
        rows.add(Map.of("indicatorCode", "HEALTH-3c", "year", YEAR, "value", -1));
        given().spec(Tokens.as("reporter", AGENCY)).contentType("application/json")
                .body(Map.of("agencyCode", AGENCY, "observations", rows))
                .post(submissions(plan)).then().statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].row", equalTo(rows.size()))
                .body("errors[0].field", equalTo("value"));

        assertThat(count("select count(*) from submission s join monitoring_cycle c on c.id = s.cycle_id where c.plan_code = ?", plan))
                .isZero();
        assertThat(count("select count(*) from observation o join monitoring_cycle c on c.id = o.cycle_id where c.plan_code = ?", plan))
                .isZero();
    }

    @Test
    void rowsCopiedInATransactionThatFailsLaterAreNotStored() throws Exception {
        String plan = openCycle();
        String code = "copy-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Submission submission = newSubmission(plan, code);
            observations.copy(submission, 1, sink -> manyRows(10_000).forEach(sink::write));
            // the COPY went through the transaction's own connection: the transaction sees its rows
            assertThat(org.childplan.evaluation.domain.Observation.count("submission", submission)).isEqualTo(10_000);
            throw new IllegalStateException("a later step of the same transaction fails");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("later step");

        assertNothingStored(plan, code);
    }

    @Test
    void aDatabaseErrorDuringTheCopyRollsBackTheTransaction() throws Exception {
        String plan = openCycle();
        String code = "copy-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Submission submission = newSubmission(plan, code);
            observations.copy(submission, 1, sink -> {
                manyRows(10_000).forEach(sink::write);
                // area_code is varchar(64): the server refuses this row
                sink.write(new ObservationInput("HEALTH-3c", YEAR, "A".repeat(65), "TOTAL", "TOTAL", "TOTAL",
                        BigDecimal.ONE, null, null, null, null));
            });
        })).isInstanceOf(RuntimeException.class);

        assertNothingStored(plan, code);
    }

    @Test
    void aWriterThatGivesUpMidwayLeavesNothingAndTheConnectionUsable() throws Exception {
        String plan = openCycle();
        String code = "copy-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Submission submission = newSubmission(plan, code);
            observations.copy(submission, 1, sink -> {
                manyRows(5_000).forEach(sink::write);
                throw new IllegalArgumentException("row 5,001 is bad");
            });
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("row 5,001 is bad");

        assertNothingStored(plan, code);
        // and the pool's connections still work: the next transaction stores its rows
        String next = "copy-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> observations.copy(newSubmission(plan, next), 1,
                sink -> manyRows(3).forEach(sink::write)));
        assertThat(count("select count(*) from observation o join submission s on s.id = o.submission_id where s.code = ?", next))
                .isEqualTo(3);
    }

    // ---- helpers

    /** Rows of HEALTH-3c and HEALTH-2a, each on its own data point, carrying the hostile texts and awkward numbers. */
    private static List<ObservationInput> hostileRows() {
        String[][] points = {
                {"HEALTH-3c", "TOTAL", "TOTAL"}, {"HEALTH-3c", "MALE", "TOTAL"}, {"HEALTH-3c", "FEMALE", "TOTAL"},
                {"HEALTH-3c", "TOTAL", "URBAN"}, {"HEALTH-3c", "TOTAL", "RURAL"}, {"HEALTH-3c", "MALE", "URBAN"},
                {"HEALTH-3c", "MALE", "RURAL"}, {"HEALTH-3c", "FEMALE", "URBAN"}, {"HEALTH-3c", "FEMALE", "RURAL"},
                {"HEALTH-2a", "TOTAL", "TOTAL"}, {"HEALTH-2a", "MALE", "TOTAL"}, {"HEALTH-2a", "FEMALE", "TOTAL"},
                {"HEALTH-2a", "TOTAL", "URBAN"}};
        // per mille (HEALTH-3c) has no upper bound; percent (HEALTH-2a) is at most 100
        String[] values = {"5.8", "1.50", "1000", "0.00000015", "999999999999.9999", "0", "0.000", "12345678901.5",
                "7.250", "99.99", "100", "0.1", "33.3"};
        List<ObservationInput> rows = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            String[] p = points[i];
            BigDecimal numerator = i == 0 ? new BigDecimal("29.000") : null;
            BigDecimal denominator = i == 0 ? new BigDecimal("5000.0") : null;
            rows.add(new ObservationInput(p[0], YEAR, JURISDICTION, p[1], p[2], "TOTAL", new BigDecimal(values[i]),
                    numerator, denominator, i == 7 ? null : HOSTILE.get((i + 3) % HOSTILE.size()),
                    i == 12 ? null : HOSTILE.get(i)));
        }
        return rows;
    }

    private static List<ObservationInput> manyRows(int n) {
        List<ObservationInput> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new ObservationInput("HEALTH-3c", YEAR, "AREA-" + i, "TOTAL", "TOTAL", "TOTAL",
                    BigDecimal.valueOf(i), null, null, "来源", HOSTILE.get(i % HOSTILE.size())));
        }
        return rows;
    }

    /** Every column of the submission's rows, in order, is what was sent: text equal, numbers as the old insert stored them. */
    private void assertStoredExactly(String plan, String code, List<ObservationInput> sent) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement("""
                select o.row_number, o.indicator_code, o.year, o.area_code, o.sex, o.residence, o.age_group,
                       o.value::text, o.numerator::text, o.denominator::text, o.source, o.note, o.value_version
                from observation o join submission s on s.id = o.submission_id join monitoring_cycle c on c.id = s.cycle_id
                where c.plan_code = ? and s.code = ? order by o.row_number""");
             PreparedStatement asInserted = db.prepareStatement("select ?::numeric::text")) {
            select.setString(1, plan);
            select.setString(2, code);
            List<ObservationInput> stored = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                int expectedRow = 1;
                while (rs.next()) {
                    assertThat(rs.getInt(1)).isEqualTo(expectedRow++);
                    ObservationInput o = sent.get(stored.size());
                    assertThat(rs.getString(8)).as("value of row %d", expectedRow - 1).isEqualTo(asInserted(asInserted, o.value()));
                    assertThat(rs.getString(9)).isEqualTo(asInserted(asInserted, o.numerator()));
                    assertThat(rs.getString(10)).isEqualTo(asInserted(asInserted, o.denominator()));
                    assertThat(rs.getInt(13)).isEqualTo(1);
                    stored.add(new ObservationInput(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), o.value(), o.numerator(), o.denominator(), rs.getString(11),
                            rs.getString(12)));
                }
            }
            assertThat(stored).containsExactlyElementsOf(sent);
        }
    }

    /** How a value bound with PgJDBC's setBigDecimal (the batched insert this COPY replaced) reads back as numeric. */
    private static String asInserted(PreparedStatement statement, BigDecimal value) throws SQLException {
        statement.setBigDecimal(1, value);
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void assertNothingStored(String plan, String code) throws SQLException {
        assertThat(count("select count(*) from submission where code = ?", code)).isZero();
        assertThat(count("select count(*) from observation o join monitoring_cycle c on c.id = o.cycle_id where c.plan_code = ?", plan))
                .isZero();
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Submission newSubmission(String plan, String code) {
        Submission submission = new Submission();
        submission.cycle = MonitoringCycle.find(plan, YEAR).orElseThrow();
        submission.agencyCode = AGENCY;
        submission.status = SubmissionStatus.DRAFT;
        submission.createdAt = OffsetDateTime.now();
        submission.createdBy = "test";
        submission.code = code;
        submission.persist();
        return submission;
    }

    private static String openCycle() {
        String plan = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().spec(Tokens.as("statistics")).contentType("application/json")
                .body(Map.of("year", YEAR, "opensOn", YEAR + 1 + "-01-10", "dueOn", YEAR + 1 + "-03-31"))
                .post("/api/v1/plans/" + plan + "/monitoring-cycles").then().statusCode(201);
        return plan;
    }

    private static String submissions(String plan) {
        return "/api/v1/plans/" + plan + "/monitoring-cycles/" + YEAR + "/submissions";
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static String quoted(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
