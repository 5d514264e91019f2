package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A mid-term evaluation from its plan to a published report with feedback, against real PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class EvaluationWorkflowTest {

    /** One person holding every role of the workflow, at the health bureau; access itself is tested in AccessMatrixTest. */
    @org.junit.jupiter.api.BeforeAll
    static void actAsEveryRole() {
        org.childplan.platform.testing.Tokens.actAs("health-bureau", "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetToken() {
        org.childplan.platform.testing.Tokens.anonymous();
    }

    private static final String INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String evaluations(String plan) {
        return "/api/v1/plans/" + plan + "/evaluations";
    }

    private static String create(String plan) {
        return given().contentType("application/json").body(Map.of("type", "MIDTERM", "referenceYear", 2023,
                        "planTextZh", "对2021—2023年规划实施情况开展中期评估。", "selfAssessmentDueOn", "2024-05-31",
                        "reportDueOn", "2024-08-31"))
                .post(evaluations(plan)).then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("allowedActions", contains("approve-plan"))
                .extract().path("code");
    }

    private static void act(String plan, String code, String action, String comment, int status) {
        given().contentType("application/json").body(comment == null ? Map.of() : Map.of("comment", comment))
                .post(evaluations(plan) + "/" + code + "/" + action).then().statusCode(status);
    }

    /** Writes and submits every goal of the agency's self-assessment. */
    private static void selfAssess(String plan, String code, String agency) {
        String path = evaluations(plan) + "/" + code + "/self-assessments/" + agency;
        JsonPath sa = given().spec(org.childplan.platform.testing.Tokens.as("reporter", agency)).get(path).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = sa.getList("items");
        for (Map<String, Object> item : items) {
            Map<String, Object> body = new HashMap<>();
            body.put("progressZh", "目标" + item.get("goalCode") + "进展顺利。");
            body.put("problemsZh", "农村地区仍有差距。");
            body.put("nextStepsZh", "继续推进。");
            if (Boolean.TRUE.equals(item.get("qualitative"))) {
                body.put("rating", "BASICALLY_ACHIEVED");
            }
            body.put("evidence", List.of(Map.of("titleZh", "工作总结", "reference", "常卫发〔2024〕3号")));
            given().spec(org.childplan.platform.testing.Tokens.as("reporter", agency)).contentType("application/json").body(body)
                    .header("If-Match", Monitoring.etag(org.childplan.platform.testing.Tokens.as("reporter", agency), path))
                    .put(path + "/items/" + item.get("goalCode")).then().statusCode(200);
        }
        given().spec(org.childplan.platform.testing.Tokens.as("reporter", agency)).post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void runsAMidTermEvaluationToAPublishedReport() throws Exception {
        String plan = Monitoring.planWithMortalitySeries();
        String code = create(plan);
        String evaluation = evaluations(plan) + "/" + code;

        act(plan, code, "compile", null, 409);
        act(plan, code, "approve-plan", "经监测评估领导小组会议审议通过", 200);
        act(plan, code, "start-collecting", "请各单位于5月31日前提交自评报告", 200);

        // self-assessment tasks went to every agency answering for a domain, listing its goals
        given().get(evaluation + "/self-assessments?size=100").then().statusCode(200)
                .body("items.agencyCode", hasItem("health-bureau"))
                .body("items.agencyCode", hasItem("womens-federation"));
        given().get(evaluation + "/self-assessments/health-bureau").then()
                .body("items.goalCode", hasItem("HEALTH-3"))
                .body("items.find { it.goalCode == 'HEALTH-4' }.qualitative", equalTo(true))
                .body("items.find { it.goalCode == 'HEALTH-3' }.qualitative", equalTo(false));
        given().contentType("application/json").body(Map.of("progressZh", "…", "rating", "ACHIEVED"))
                .header("If-Match", Monitoring.etag(evaluation + "/self-assessments/health-bureau"))
                .put(evaluation + "/self-assessments/health-bureau/items/HEALTH-3").then().statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        given().post(evaluation + "/self-assessments/health-bureau/submit").then().statusCode(400);
        selfAssess(plan, code, "health-bureau");
        given().contentType("application/json").body(Map.of("reason", "请补充佐证材料"))
                .post(evaluation + "/self-assessments/health-bureau/return").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        given().post(evaluation + "/self-assessments/health-bureau/submit").then().statusCode(200);

        // compiling freezes the data
        act(plan, code, "compile", "自评收集完毕", 200);
        JsonPath draft = given().accept("application/json").get(evaluation + "/report").then().statusCode(200)
                .body("draft", equalTo(true))
                .body("reportChecksum", nullValue())
                .body("snapshot.checksum", notNullValue())
                .body("titleZh", equalTo("中期评估报告"))
                .extract().jsonPath();
        Assertions.assertThat(draft.getString("indicators.find { it.code == 'HEALTH-3c' }.latestValue")).isEqualTo("9.0");
        // each agency's self-assessment in brief: the one that answered every goal, with its evidence, and one that did not
        int healthGoals = draft.getInt("selfAssessments.find { it.agencyCode == 'health-bureau' }.goals");
        Assertions.assertThat(healthGoals).isGreaterThan(1);
        Assertions.assertThat(draft.getInt("selfAssessments.find { it.agencyCode == 'health-bureau' }.answered")).isEqualTo(healthGoals);
        Assertions.assertThat(draft.getList("selfAssessments.find { it.agencyCode == 'health-bureau' }.items.goalCode", String.class))
                .hasSize(healthGoals).contains("HEALTH-3", "HEALTH-4");
        Assertions.assertThat(draft.getString("selfAssessments.find { it.agencyCode == 'health-bureau' }.items.find { it.goalCode == 'HEALTH-3' }.progressZh"))
                .isEqualTo("目标HEALTH-3进展顺利。");
        Assertions.assertThat(draft.getInt("selfAssessments.find { it.agencyCode == 'health-bureau' }.items[0].evidenceCount")).isEqualTo(1);
        Assertions.assertThat(draft.getInt("selfAssessments.find { it.agencyCode == 'womens-federation' }.answered")).isZero();
        Assertions.assertThat(draft.getInt("selfAssessments.find { it.agencyCode == 'womens-federation' }.goals")).isPositive();
        // later data does not change the report: a correction after compiling
        given().contentType("application/json").body(Map.of("indicatorCode", "HEALTH-3c", "value", 8.1, "reason", "终审修订"))
                .post(Monitoring.cycles(plan) + "/2023/corrections").then().statusCode(201);
        given().accept("application/json").get(evaluation + "/report").then()
                .body("indicators.find { it.code == 'HEALTH-3c' }.latestValue", equalTo(9.0f))
                .body("snapshot.checksum", equalTo(draft.getString("snapshot.checksum")));

        // the evaluation group rates qualitative goals and writes findings
        given().contentType("application/json").body(Map.of("rating", "BASICALLY_ACHIEVED",
                        "rationaleZh", "出生缺陷三级防治网络已覆盖全市。"))
                .put(evaluation + "/ratings/HEALTH-4").then().statusCode(200).body("ratingZh", equalTo("基本实现"));
        given().contentType("application/json").body(Map.of("rating", "ACHIEVED", "rationaleZh", "…"))
                .put(evaluation + "/ratings/HEALTH-3").then().statusCode(400);
        given().contentType("application/json").body(Map.of("findingsZh", "农村5岁以下儿童死亡率仍偏高。",
                        "recommendationsZh", "加大农村妇幼保健投入。"))
                .header("If-Match", Monitoring.etag(evaluation)).put(evaluation + "/findings").then().statusCode(200);

        // submitted for review, the report is sealed with a checksum and renders the same every time
        act(plan, code, "submit-for-review", "报告初稿已完成", 200);
        String sealed = given().accept("application/json").get(evaluation + "/report").then().statusCode(200)
                .body("draft", equalTo(false))
                .body("version", equalTo(1))
                .body("reportChecksum", notNullValue())
                .body("qualitativeGoals.find { it.goalCode == 'HEALTH-4' }.rating", equalTo("BASICALLY_ACHIEVED"))
                .body("qualitativeGoals.find { it.goalCode == 'HEALTH-4' }.agencyRatings[0].agencyCode", equalTo("health-bureau"))
                .body("findings.findingsZh", equalTo("农村5岁以下儿童死亡率仍偏高。"))
                .body("summary.find { it.code == 'HEALTH' }.statusCounts.LIMITED_PROGRESS", equalTo(1))
                .body("charts.indicatorCode", hasItem("HEALTH-3c"))
                .extract().asString();
        Assertions.assertThat(given().accept("application/json").get(evaluation + "/report").then().extract().asString())
                .isEqualTo(sealed);
        given().contentType("application/json").body(Map.of("findingsZh", "改"))
                .header("If-Match", Monitoring.etag(evaluation)).put(evaluation + "/findings").then().statusCode(409);

        // returned with comments, revised, sealed again as version 2
        act(plan, code, "return", null, 400);
        act(plan, code, "return", "请补充农村留守儿童关爱服务的评估内容", 200);
        given().contentType("application/json").body(Map.of("findingsZh", "农村5岁以下儿童死亡率仍偏高；留守儿童关爱服务有待加强。",
                "recommendationsZh", "加大农村妇幼保健投入。")).header("If-Match", Monitoring.etag(evaluation)).put(evaluation + "/findings").then().statusCode(200);
        act(plan, code, "submit-for-review", "已按意见修改", 200);
        act(plan, code, "approve", "同意", 200);

        // feedback only on published reports
        given().contentType("application/json").body(Map.of("commentZh", "很好")).post(evaluation + "/feedback").then()
                .statusCode(404);
        act(plan, code, "publish", "经市妇儿工委同意发布", 200);
        given().contentType("application/json").body(Map.of("authorName", "张老师", "commentZh", "建议增加留守儿童心理健康服务情况。"))
                .post(evaluation + "/feedback").then().statusCode(201).body("authorName", equalTo("张老师"));
        given().get(evaluation + "/feedback").then().body("total", equalTo(1));

        given().get(evaluation + "/history").then().statusCode(200)
                .body("items", hasSize(9))
                .body("items.action", contains("CREATE", "APPROVE_PLAN", "START_COLLECTING", "COMPILE", "SUBMIT_FOR_REVIEW",
                        "RETURN", "SUBMIT_FOR_REVIEW", "APPROVE", "PUBLISH"))
                .body("items[5].comment", equalTo("请补充农村留守儿童关爱服务的评估内容"))
                .body("items[0].actor", notNullValue());
        given().accept("application/json").get(evaluation + "/report").then()
                .body("version", equalTo(2))
                .body("findings.findingsZh", containsString("留守儿童"));
    }

    @Test
    void rendersTheReportAsPdfWithExtractableChineseAndAsXlsxWithOneColumnPerYear() throws Exception {
        String plan = Monitoring.planWithMortalitySeries();
        String code = create(plan);
        act(plan, code, "approve-plan", null, 200);
        act(plan, code, "start-collecting", null, 200);
        act(plan, code, "compile", null, 200);
        given().contentType("application/json").body(Map.of("findingsZh", "第一段：死亡率下降放缓。\n第二段：农村差距仍在。"))
                .header("If-Match", Monitoring.etag(evaluations(plan) + "/" + code))
                .put(evaluations(plan) + "/" + code + "/findings").then().statusCode(200);
        act(plan, code, "submit-for-review", null, 200);
        String report = evaluations(plan) + "/" + code + "/report";

        byte[] pdf = given().accept("application/pdf").get(report).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        // kept for a look by eye: target/sample-evaluation-report.pdf
        java.nio.file.Files.write(java.nio.file.Path.of("target/sample-evaluation-report.pdf"), pdf);
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        Assertions.assertThat(text).contains("常宁市儿童发展规划（2021—2025年）", "中期评估报告", "5岁以下儿童死亡率", "HEALTH-3c",
                "10.0‰", "（2020年）", "9.0‰", "（2023年）", "≤6‰", "进展有限",
                "常宁市人民政府妇女儿童工作委员会监测评估领导小组评估组");
        // the findings keep their line break: two lines, not one run of text
        Assertions.assertThat(text).containsPattern("第一段：死亡率下降放缓。\\R第二段：农村差距仍在。");
        // sealed: rendered once, the same bytes every time, and a repeated download is a 304
        var first = given().accept("application/pdf").get(report).then().statusCode(200).extract();
        String tag = first.header("ETag");
        Assertions.assertThat(tag).isNotBlank();
        Assertions.assertThat(first.asByteArray()).isEqualTo(pdf);
        given().accept("application/pdf").header("If-None-Match", tag).get(report).then().statusCode(304)
                .header("ETag", tag);
        String xlsxTag = given().accept(XLSX).get(report).then().statusCode(200).extract().header("ETag");
        Assertions.assertThat(xlsxTag).isNotBlank().isNotEqualTo(tag);
        given().accept(XLSX).header("If-None-Match", tag).get(report).then().statusCode(200);

        byte[] xlsx = given().accept(XLSX).get(report).then().statusCode(200).extract().asByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new java.util.ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            Assertions.assertThat(sheets).containsExactly("说明 About", "汇总 Summary", "指标 Indicators", "定性目标 Qualitative goals",
                    "自评 Self-assessments", "预警 Warnings", "差距 Gaps", "长表 Long");
            var indicators = book.getSheet("指标 Indicators");
            List<String> headers = new java.util.ArrayList<>();
            indicators.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            Assertions.assertThat(headers).containsSubsequence("2020", "2021", "2022", "2023");
            boolean found = false;
            for (var row : indicators) {
                if ("HEALTH-3c".equals(row.getCell(0).getStringCellValue())) {
                    found = true;
                    // one number per year, as reported, and the status in words
                    Assertions.assertThat(row.getCell(headers.indexOf("2020")).getNumericCellValue()).isEqualTo(10.0);
                    Assertions.assertThat(row.getCell(headers.indexOf("2023")).getNumericCellValue()).isEqualTo(9.0);
                    Assertions.assertThat(row.getCell(headers.indexOf("最新值 Latest value")).getNumericCellValue()).isEqualTo(9.0);
                    Assertions.assertThat(row.getCell(headers.indexOf("状态 Status")).getStringCellValue()).isEqualTo("进展有限");
                    Assertions.assertThat(row.getCell(headers.indexOf("R")).getNumericCellValue()).isEqualTo(0.36);
                }
            }
            Assertions.assertThat(found).isTrue();
            // the long sheet: the total and both groups of the urban-rural series, each year
            var long_ = book.getSheet("长表 Long");
            long health = 0;
            for (var row : long_) {
                if ("HEALTH-3c".equals(row.getCell(0).getStringCellValue())) {
                    health++;
                }
            }
            Assertions.assertThat(health).isEqualTo(12);
        }

        // dates as Chinese readers read them: the day the report was sealed, in the plan's zone, not a UTC instant
        String sealedAt = given().accept("application/json").get(report).then().statusCode(200).extract().path("sealedAt");
        Assertions.assertThat(sealedAt).matches(INSTANT);
        LocalDate sealedOn = Instant.parse(sealedAt).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        String sealedOnZh = sealedOn.getYear() + "年" + sealedOn.getMonthValue() + "月" + sealedOn.getDayOfMonth() + "日";
        Assertions.assertThat(text).contains(sealedOnZh).doesNotContain(sealedAt);

        String html = given().accept("text/html").get(report).then().statusCode(200).extract().asString();
        Assertions.assertThat(html).contains("<div class=\"date\">" + sealedOnZh + "</div>")
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");
        Assertions.assertThat(html).contains("<html lang=\"zh-CN\">", "中期评估报告", "Mid-term Evaluation Report",
                "二、分领域进展情况", "Progress by domain", "<p class=\"prose\">第一段：死亡率下降放缓。\n第二段：农村差距仍在。</p>");
    }

    @Test
    void beginsTheHistoryWithTheCreationAndWritesItsTimeAsEveryReadDoes() {
        String plan = Monitoring.newPlan();
        var created = given().contentType("application/json").body(Map.of("type", "MIDTERM", "referenceYear", 2023,
                        "planTextZh", "对2021—2023年规划实施情况开展中期评估。", "selfAssessmentDueOn", "2024-05-31",
                        "reportDueOn", "2024-08-31"))
                .post(evaluations(plan)).then().statusCode(201).extract();
        String code = created.path("code");
        String createdAt = created.path("createdAt");
        String createdBy = created.path("createdBy");
        Assertions.assertThat(createdAt).matches(INSTANT);
        String evaluation = evaluations(plan) + "/" + code;
        // the same instant, read back from the database, is the same text: UTC, milliseconds
        given().get(evaluation).then().statusCode(200).body("createdAt", equalTo(createdAt));
        given().get(evaluations(plan)).then().statusCode(200).body("items[0].createdAt", equalTo(createdAt));
        given().get(evaluation + "/history").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actionZh", equalTo("创建评估"))
                .body("items[0].fromStatus", equalTo("DRAFT"))
                .body("items[0].toStatus", equalTo("DRAFT"))
                .body("items[0].actor", equalTo(createdBy))
                .body("items[0].at", equalTo(createdAt));
        String approved = given().contentType("application/json").body(Map.of()).post(evaluation + "/approve-plan").then()
                .statusCode(200).body("createdAt", equalTo(createdAt)).extract().path("createdAt");
        Assertions.assertThat(approved).isEqualTo(createdAt);
        JsonPath history = given().get(evaluation + "/history").then().statusCode(200)
                .body("items.action", contains("CREATE", "APPROVE_PLAN")).extract().jsonPath();
        Assertions.assertThat(history.getList("items.at", String.class)).allSatisfy(at -> Assertions.assertThat(at).matches(INSTANT));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource database;

    @Test
    void givesEvaluationsCreatedBeforeTheCreationEntryOneFromTheMigration() throws Exception {
        // an evaluation as it was stored before creation entries were written: its creation only in its own row
        String plan = "LEGACY-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (var connection = database.getConnection(); var sql = connection.createStatement()) {
            sql.executeUpdate("""
                    insert into evaluation (plan_code, code, type, reference_year, status, plan_text_zh, self_assessment_due_on,
                                            report_due_on, created_at, created_by)
                    values ('%s', 'MIDTERM-2023', 'MIDTERM', 2023, 'PLAN_APPROVED', '中期评估', date '2024-05-31',
                            date '2024-08-31', timestamptz '2024-03-01 09:30:15.123456+08', 'legacy-evaluator');
                    insert into evaluation_event (evaluation_id, action, from_status, to_status, actor, at, comment)
                    select id, 'APPROVE_PLAN', 'DRAFT', 'PLAN_APPROVED', 'legacy-leader', timestamptz '2024-03-05 10:00:00+08', '同意'
                    from evaluation where plan_code = '%s';
                    """.formatted(plan, plan));
        }
        String history = evaluations(plan) + "/MIDTERM-2023/history";
        given().get(history).then().statusCode(200).body("items.action", contains("APPROVE_PLAN"));

        String migration = new String(getClass().getClassLoader()
                .getResourceAsStream("db/migration/V7__evaluation_creation_event.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (int run = 0; run < 2; run++) {     // a second run adds nothing
            try (var connection = database.getConnection(); var sql = connection.createStatement()) {
                sql.executeUpdate(migration);
            }
        }
        given().get(history).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.action", contains("CREATE", "APPROVE_PLAN"))
                .body("items[0].actor", equalTo("legacy-evaluator"))
                .body("items[0].fromStatus", equalTo("DRAFT"))
                .body("items[0].toStatus", equalTo("DRAFT"))
                .body("items[0].at", equalTo("2024-03-01T01:30:15.123Z"))
                .body("items[1].at", equalTo("2024-03-05T02:00:00.000Z"));
    }

    @Test
    void keepsAReportSealedBeforeTheOneTimeFormatValidAndAnswersItsInstantsInThatForm() throws Exception {
        String plan = Monitoring.planWithMortalitySeries();
        String code = create(plan);
        act(plan, code, "approve-plan", null, 200);
        act(plan, code, "start-collecting", null, 200);
        act(plan, code, "compile", null, 200);
        act(plan, code, "submit-for-review", null, 200);
        String report = evaluations(plan) + "/" + code + "/report";
        String newSeal = given().accept("application/json").get(report).then().statusCode(200).extract().path("sealedAt");
        Assertions.assertThat(newSeal).matches(INSTANT);

        // the seal as it was written before: instants in the clock's zone with nanoseconds, checksum over that text
        String oldSealedAt = "2026-12-04T11:42:23.803932878+08:00";
        String content;
        try (var connection = database.getConnection();
             var read = connection.prepareStatement("select r.content from evaluation_report r join evaluation e on e.id = r.evaluation_id"
                     + " where e.plan_code = ? and e.code = ?")) {
            read.setString(1, plan);
            read.setString(2, code);
            try (var rows = read.executeQuery()) {
                Assertions.assertThat(rows.next()).isTrue();
                content = rows.getString(1);
            }
        }
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(content);
        tree.put("sealedAt", oldSealedAt);
        String oldContent = tree.toString();
        String oldChecksum = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(oldContent.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (var connection = database.getConnection();
             var write = connection.prepareStatement("update evaluation_report set content = ?, checksum = ?, sealed_at = ?::timestamptz"
                     + " where evaluation_id = (select id from evaluation where plan_code = ? and code = ?)")) {
            write.setString(1, oldContent);
            write.setString(2, oldChecksum);
            write.setString(3, oldSealedAt);
            write.setString(4, plan);
            write.setString(5, code);
            Assertions.assertThat(write.executeUpdate()).isEqualTo(1);
        }

        // it reads as before, with its own checksum, its instant in the one form, and its day the Chinese way
        given().accept("application/json").get(report).then().statusCode(200)
                .body("reportChecksum", equalTo(oldChecksum))
                .body("sealedAt", equalTo("2026-12-04T03:42:23.803Z"));
        Assertions.assertThat(given().accept("text/html").get(report).then().statusCode(200).extract().asString())
                .contains("<div class=\"date\">2026年12月4日</div>");
        // reading rewrote nothing: the stored text still hashes to the stored checksum
        try (var connection = database.getConnection();
             var read = connection.prepareStatement("select r.content, r.checksum from evaluation_report r join evaluation e"
                     + " on e.id = r.evaluation_id where e.plan_code = ? and e.code = ?")) {
            read.setString(1, plan);
            read.setString(2, code);
            try (var rows = read.executeQuery()) {
                Assertions.assertThat(rows.next()).isTrue();
                Assertions.assertThat(rows.getString(1)).isEqualTo(oldContent);
                Assertions.assertThat(rows.getString(2)).isEqualTo(oldChecksum);
            }
        }
    }

    @Test
    void refusesIllegalStepsAndReportsBeforeCompiling() {
        String plan = Monitoring.newPlan();
        String code = create(plan);
        act(plan, code, "publish", null, 409);
        act(plan, code, "start-collecting", null, 409);
        given().accept("application/json").get(evaluations(plan) + "/" + code + "/report").then().statusCode(409)
                .body("detailZh", containsString("尚未开始编制报告"));
        given().contentType("application/json").body(Map.of("type", "MIDTERM", "referenceYear", 2023, "planTextZh", "重复",
                        "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post(evaluations(plan)).then().statusCode(409);
        given().contentType("application/json").body(Map.of("type", "HALFTIME", "referenceYear", 2023, "planTextZh", "x",
                        "selfAssessmentDueOn", "2024-05-31", "reportDueOn", "2024-08-31"))
                .post(evaluations(plan)).then().statusCode(400);
    }
}
