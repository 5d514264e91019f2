package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 12, finding 5: every sealed version of a report stays readable, with the comments of its review. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class ReportVersionsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FIRST = "初稿：农村儿童健康服务仍有差距。";
    private static final String SECOND = "修改稿：农村儿童健康服务仍有差距；留守儿童关爱服务有待加强。";
    private static final String RETURN_COMMENT = "请补充农村留守儿童关爱服务的评估内容";

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    /** Sealed as version 1 with the first findings, and returned with comments: the report is a draft again. */
    private static String returnedOnce(String plan) {
        String code = Evaluations.compiled(plan);
        Evaluations.findings(plan, code, FIRST);
        Evaluations.act(plan, code, "evaluator", "submit-for-review", "报告初稿已完成");
        Evaluations.act(plan, code, "leadership", "return", RETURN_COMMENT);
        Evaluations.findings(plan, code, SECOND);
        return code;
    }

    @Test
    void readsTheReturnedVersionOneAsSealedWithTheReviewersComments() throws Exception {
        String plan = Monitoring.newPlan();
        String code = Evaluations.compiled(plan);
        Evaluations.findings(plan, code, FIRST);
        Evaluations.act(plan, code, "evaluator", "submit-for-review", "报告初稿已完成");
        String report = Evaluations.path(plan, code) + "/report";
        String checksum = given().spec(Tokens.as("viewer")).accept("application/json").get(report).then().statusCode(200)
                .body("version", equalTo(1)).extract().path("reportChecksum");
        Evaluations.act(plan, code, "leadership", "return", RETURN_COMMENT);
        Evaluations.findings(plan, code, SECOND);

        // without a version: the draft, as before, and now the list of sealed versions beside it
        given().spec(Tokens.as("viewer")).accept("application/json").get(report).then().statusCode(200)
                .body("draft", equalTo(true))
                .body("version", equalTo(0))
                .body("findings.findingsZh", equalTo(SECOND))
                .body("review", nullValue())
                .body("versions", hasSize(1))
                .body("versions[0].version", equalTo(1))
                .body("versions[0].outcome", equalTo("RETURNED"))
                .body("versions[0].reportChecksum", equalTo(checksum))
                .body("versions[0].sealedAt", notNullValue())
                .body("versions[0].reportPath", equalTo(report + "?version=1"));

        // version 1 exactly as sealed, with the return and its comment
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 1).get(report).then().statusCode(200)
                .body("draft", equalTo(false))
                .body("version", equalTo(1))
                .body("reportChecksum", equalTo(checksum))
                .body("findings.findingsZh", equalTo(FIRST))
                .body("review.version", equalTo(1))
                .body("review.outcome", equalTo("RETURNED"))
                .body("review.outcomeZh", equalTo("已退回修改"))
                .body("review.steps.action", contains("SUBMIT_FOR_REVIEW", "RETURN"))
                .body("review.steps[0].comment", equalTo("报告初稿已完成"))
                .body("review.steps[1].comment", equalTo(RETURN_COMMENT))
                .body("review.steps[1].actor", notNullValue());

        // and in the other formats, from the sealed content
        String html = given().spec(Tokens.as("viewer")).queryParam("version", 1).get(report + ".html").then().statusCode(200)
                .extract().asString();
        Assertions.assertThat(html).contains(FIRST).doesNotContain(SECOND);
        byte[] xlsx = given().spec(Tokens.as("viewer")).queryParam("version", 1).get(report + ".xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString("-v1.xlsx")).extract().asByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Assertions.assertThat(book.getSheetName(0)).isEqualTo("说明 About");
            boolean versionOne = false;
            for (var row : book.getSheet("说明 About")) {
                versionOne |= "版本 Version".equals(row.getCell(0).getStringCellValue()) && row.getCell(1).getNumericCellValue() == 1.0;
            }
            Assertions.assertThat(versionOne).isTrue();
        }
        given().spec(Tokens.as("viewer")).accept(XLSX).queryParam("version", 1).get(report).then().statusCode(200)
                .contentType(XLSX);
    }

    @Test
    void readsVersionTwoAfterResubmissionAndVersionOneStaysAsItWas() throws Exception {
        String plan = Monitoring.newPlan();
        String code = returnedOnce(plan);
        Evaluations.act(plan, code, "evaluator", "submit-for-review", "已按意见修改");
        String report = Evaluations.path(plan, code) + "/report";

        JsonPath latest = given().spec(Tokens.as("viewer")).accept("application/json").get(report).then().statusCode(200)
                .body("version", equalTo(2))
                .body("findings.findingsZh", equalTo(SECOND))
                .body("review.outcome", equalTo("UNDER_REVIEW"))
                .body("versions.version", contains(1, 2))
                .body("versions.outcome", contains("RETURNED", "UNDER_REVIEW"))
                .extract().jsonPath();
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 2).get(report).then().statusCode(200)
                .body("reportChecksum", equalTo(latest.getString("reportChecksum")))
                .body("review.steps.action", contains("SUBMIT_FOR_REVIEW"))
                .body("review.steps[0].comment", equalTo("已按意见修改"));
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 1).get(report).then().statusCode(200)
                .body("findings.findingsZh", equalTo(FIRST))
                .body("review.outcome", equalTo("RETURNED"))
                .body("review.steps[1].comment", equalTo(RETURN_COMMENT));

        byte[] pdf = given().spec(Tokens.as("viewer")).queryParam("version", 1).get(report + ".pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("-v1.pdf")).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            Assertions.assertThat(new PDFTextStripper().getText(document)).contains("初稿：农村儿童健康服务仍有差距").doesNotContain("修改稿");
        }

        // the JSON's ETag covers the review, so a decision taken later is not hidden behind a 304
        String tag = given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 2).get(report).then()
                .extract().header("ETag");
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 2).header("If-None-Match", tag)
                .get(report).then().statusCode(304);
        Evaluations.act(plan, code, "leadership", "approve", "同意");
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 2).header("If-None-Match", tag)
                .get(report).then().statusCode(200).body("review.outcome", equalTo("APPROVED"));
    }

    @Test
    void answersAnUnknownVersionWith404AndABadOneWith400() {
        String plan = Monitoring.newPlan();
        String code = returnedOnce(plan);
        String report = Evaluations.path(plan, code) + "/report";
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 2).get(report).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detailZh", containsString("第2版"));
        given().spec(Tokens.as("viewer")).queryParam("version", 7).get(report + ".pdf").then().statusCode(404)
                .contentType("application/problem+json");
        for (String bad : new String[] {"0", "-1", "abc", "1.5", "100001"}) {
            given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", bad).get(report).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        // before compiling there is no version at all
        String fresh = given().spec(Tokens.as("evaluator")).contentType("application/json")
                .body(java.util.Map.of("type", "FINAL", "referenceYear", 2025, "planTextZh", "终期评估。",
                        "selfAssessmentDueOn", "2026-05-31", "reportDueOn", "2026-08-31"))
                .post("/api/v1/plans/" + plan + "/evaluations").then().statusCode(201).extract().path("code");
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 1)
                .get(Evaluations.path(plan, fresh) + "/report").then().statusCode(404);
    }

    @Test
    void aPublicReaderReadsOnlyThePublishedVersion() {
        String plan = Monitoring.newPlan();
        String code = returnedOnce(plan);
        String report = Evaluations.path(plan, code) + "/report";
        // not yet published: nothing is public, whichever version
        given().accept("application/json").queryParam("version", 1).get(report).then().statusCode(401);
        Evaluations.act(plan, code, "evaluator", "submit-for-review", "已按意见修改");
        Evaluations.act(plan, code, "leadership", "approve", "同意");
        given().accept("application/json").queryParam("version", 2).get(report).then().statusCode(401);
        Evaluations.act(plan, code, "leadership", "publish", "同意发布");

        given().accept("application/json").get(report).then().statusCode(200)
                .body("version", equalTo(2))
                .body("versions.version", contains(2))
                .body("versions.outcome", contains("PUBLISHED"))
                .body("review.outcome", equalTo("PUBLISHED"))
                .body("review.steps.action", contains("SUBMIT_FOR_REVIEW", "APPROVE", "PUBLISH"))
                // reviewers are named to signed-in readers only
                .body("review.steps[0].actor", nullValue())
                .body("review.steps[2].comment", equalTo("同意发布"));
        given().accept("application/json").queryParam("version", 2).get(report).then().statusCode(200)
                .body("findings.findingsZh", equalTo(SECOND));
        given().queryParam("version", 2).get(report + ".html").then().statusCode(200);
        // the returned version stays with the committee: a public reader is told to sign in, as for any unpublished report
        given().accept("application/json").queryParam("version", 1).get(report).then().statusCode(401)
                .contentType("application/problem+json");
        given().queryParam("version", 1).get(report + ".html").then().statusCode(401);
        given().queryParam("version", 9).get(report + ".xlsx").then().statusCode(401);
        // while a signed-in reader still reads it, and sees every version
        given().spec(Tokens.as("viewer")).accept("application/json").queryParam("version", 1).get(report).then().statusCode(200)
                .body("review.outcome", equalTo("RETURNED"))
                .body("versions.outcome", contains("RETURNED", "PUBLISHED"));
    }
}
