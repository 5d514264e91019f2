package org.childplan.console.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childplan.console.browser.Browser;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * One whole year through the console in a real browser, as the people do it, each in a browser of their own (own
 * cookies), signed in on the sign-in page (the clerk choosing the agency in its list): the statistics bureau opens
 * the cycle; an agency's clerk downloads the Excel template, uploads it with a bad cell (every refused row listed
 * with its cell and reason), uploads it filled (the same form sent twice makes one submission), submits; the bureau
 * returns it with a reason, and its other window, still showing the old queue, is told "changed meanwhile" when it
 * accepts; the clerk sees the reason, uploads the corrected workbook and submits again; the bureau accepts and
 * closes the year; the evaluation group creates the mid-term evaluation on its page, and it and the leading group
 * take it from its draft to publication,
 * each seeing only the buttons of the steps they may take now, the clerk writing the agency's self-assessment and
 * the group its findings on the way; a visitor finds the published report on the public page and the corrected
 * value on its dashboard. Every distinct page is checked with axe (0 serious or critical violations) and saved as
 * console/target/screenshots/walk-*.png. The services run on their own ports and databases, without the demo data.
 */
@QuarkusTest
@QuarkusTestResource(value = WorkflowServices.class, restrictToAnnotatedClass = true)
class WholeYearWalkTest {

    static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    static final int YEAR = 2022;
    static final String EVALUATION = "MIDTERM-" + YEAR;
    private static final String RETURN_REASON = "第一行数值与卫健统计年报不符，请核对";

    @TestHTTPResource("/")
    URL console;

    @TempDir
    Path files;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theAgencysCorrectedValueReachesThePublicDashboardThroughReviewAndPublication() throws Exception {
        URI base = console.toURI();
        try (Browser bureau = Browser.start(base); Browser clerk = Browser.start(base);
             Browser evaluator = Browser.start(base); Browser leadership = Browser.start(base);
             Browser visitor = Browser.start(base)) {
            // the bureau opens the year
            bureau.signIn("statistics", "/bureau");
            bureau.find(By.id("open-year")).clear();
            bureau.find(By.id("open-year")).sendKeys("" + YEAR);
            // a date field's typing order follows the browser's locale; what the form sends is its value
            bureau.driver().executeScript("document.getElementById('open-opens').value = '2023-01-15';"
                    + "document.getElementById('open-due').value = '2099-03-31';");
            bureau.press(By.cssSelector("form[action='/bureau/cycles'] button[type=submit]")).waitForText("周期已开启。");
            assertThat(bureau.text()).contains(YEAR + "年度监测", "待审核报送", "没有待审核的报送。");
            bureau.checkAccessibility("walk-01-bureau-cycle-opened").screenshot("walk-01-bureau-cycle-opened");

            // an agency that owes something this year (the matrix decides; the walk takes the first)
            var owed = given().header("Authorization", "Bearer " + Tokens.of("statistics"))
                    .get(WorkflowServices.evaluation + "/api/v1/plans/" + PLAN + "/monitoring-cycles/" + YEAR + "/expected-reports?size=1")
                    .then().statusCode(200).extract().jsonPath();
            String agency = owed.getString("items[0].agencyCode");

            // the clerk signs in as agency staff, choosing the agency in the sign-in page's list, and opens the
            // agency's page and the template it links to
            clerk.signIn("reporter", agency, "/agency");
            assertThat(clerk.text()).contains("本机构应报数据", YEAR + "年度监测", "本周期尚未报送。",
                    "当前机构：" + owed.getString("items[0].agencyNameZh") + "（" + agency + "）");
            assertThat(clerk.find(By.id("ind-" + owed.getString("items[0].indicatorCode"))).getText())
                    .as("the owed indicator with its Chinese name, not its code alone").matches(".+ .*\\p{IsHan}.*");
            clerk.checkAccessibility("walk-02-agency").screenshot("walk-02-agency");
            byte[] template = download(clerk, clerk.find(By.cssSelector("a[href='/agency/" + YEAR + "/template']")).getAttribute("href"));
            assertThat(template).startsWith('P', 'K');
            String indicator = firstOwedIndicator(template);

            // a bad cell: the page lists the refused row with its cell and reason, nothing is created
            upload(clerk, "form[action='/agency/" + YEAR + "/upload']", filled(template, "不是数字"));
            clerk.waitForText("指标数据!");
            assertThat(clerk.findAll(By.cssSelector(".notice-problem table tbody tr"))).as("the refused rows").hasSize(1);
            assertThat(clerk.text()).contains("共有 1 处不符合要求，均未保存。", "本周期尚未报送。").doesNotContain("errors");
            clerk.checkAccessibility("walk-03-agency-upload-refused").screenshot("walk-03-agency-upload-refused");

            // filled properly: a draft; the same form sent twice (a double click: one Idempotency-Key) makes one submission
            clerk.open("/agency");
            String uploadForm = "form[action='/agency/" + YEAR + "/upload']";
            clerk.find(By.cssSelector(uploadForm + " input[type=file]")).sendKeys(file("filled-5.xlsx", filled(template, "5")).toString());
            Object first = clerk.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0].action, {method: 'POST', body: new FormData(arguments[0]), redirect: 'manual'})"
                    + ".then(function (r) { done(r.type); }).catch(function (e) { done(String(e)); });",
                    clerk.find(By.cssSelector(uploadForm)));
            assertThat(first).as("the first copy of the form, answered with a redirect").isEqualTo("opaqueredirect");
            clerk.press(By.cssSelector(uploadForm + " button[type=submit]")).waitForText("已上传，数据已保存为草稿");
            List<WebElement> links = clerk.findAll(By.cssSelector("a[href^='/agency/" + YEAR + "/submissions/']"));
            assertThat(links).as("one submission for a double submit").hasSize(1);
            String submission = links.get(0).getText();

            // submit it
            clerk.press(links.get(0)).waitForText("报送 " + submission);
            assertThat(clerk.text()).contains("草稿", "提交审核");
            clerk.checkAccessibility("walk-04-agency-submission-draft").screenshot("walk-04-agency-submission-draft");
            clerk.press(By.cssSelector("form[action$='/submissions/" + submission + "/submit'] button")).waitForText("已提交。");

            // the bureau's queue, open in a second window too: it returns the submission there with a reason; the
            // first window, still showing the queue as it was, is told that it changed meanwhile when it accepts
            bureau.open("/bureau?year=" + YEAR);
            assertThat(bureau.text()).contains(submission, "审核通过", "退回");
            bureau.checkAccessibility("walk-05-bureau-queue").screenshot("walk-05-bureau-queue");
            String queueAsItWas = bureau.driver().getWindowHandle();
            bureau.driver().switchTo().newWindow(WindowType.TAB);
            bureau.open("/bureau?year=" + YEAR);
            bureau.find(By.id("reason-" + submission)).sendKeys(RETURN_REASON);
            bureau.press(By.cssSelector("form[action$='/submissions/" + submission + "/return'] button")).waitForText("已退回。");
            bureau.driver().close();
            bureau.driver().switchTo().window(queueAsItWas);
            bureau.press(By.cssSelector("form[action$='/submissions/" + submission + "/accept'] button"))
                    .waitForText("Someone changed this meanwhile");
            assertThat(bureau.text()).contains("其他人修改");
            bureau.checkAccessibility("walk-06-bureau-changed-meanwhile").screenshot("walk-06-bureau-changed-meanwhile");

            // the clerk sees the reason, replaces the rows with the corrected workbook and submits again
            clerk.open("/agency/" + YEAR + "/submissions/" + submission);
            assertThat(clerk.text()).contains(RETURN_REASON, "已退回");
            clerk.checkAccessibility("walk-07-agency-submission-returned").screenshot("walk-07-agency-submission-returned");
            upload(clerk, "form[action$='/submissions/" + submission + "/replace']", filled(template, "6"));
            clerk.waitForText("数据已替换。");
            clerk.press(By.cssSelector("form[action$='/submissions/" + submission + "/submit'] button")).waitForText("已提交。");

            // the bureau accepts and closes the year (no other agency left a draft: a plain close)
            bureau.open("/bureau?year=" + YEAR);
            bureau.press(By.cssSelector("form[action$='/submissions/" + submission + "/accept'] button")).waitForText("已审核通过。");
            assertThat(bureau.text()).contains("关闭周期", "可以直接关闭");
            bureau.press(By.cssSelector("form[action='/bureau/" + YEAR + "/close'] button")).waitForText("周期已关闭。");
            bureau.checkAccessibility("walk-08-bureau-cycle-closed").screenshot("walk-08-bureau-cycle-closed");
            clerk.open("/agency/" + YEAR + "/submissions/" + submission);
            assertThat(clerk.text()).contains("已通过");
            assertThat(clerk.findAll(By.cssSelector("td.num")).stream().map(WebElement::getText))
                    .as("the corrected value accepted, the first gone").contains("6").doesNotContain("5");
            clerk.checkAccessibility("walk-09-agency-submission-accepted").screenshot("walk-09-agency-submission-accepted");

            // the evaluation group creates the mid-term evaluation on its page; from its draft to publication each role
            // sees only the buttons of the steps it may take now
            evaluator.signIn("evaluator", "/evaluations");
            leadership.signIn("leadership", "/evaluations");
            assertThat(leadership.findAll(By.cssSelector("form[action='/evaluations']"))).as("only the group may create").isEmpty();
            new Select(evaluator.find(By.id("new-type"))).selectByValue("MIDTERM");
            evaluator.find(By.id("new-year")).clear();
            evaluator.find(By.id("new-year")).sendKeys("" + YEAR);
            evaluator.find(By.id("new-plan")).sendKeys("中期评估方案（控制台测试）");
            evaluator.driver().executeScript("document.getElementById('new-sa-due').value = '2099-06-30';"
                    + "document.getElementById('new-report-due').value = '2099-09-30';");
            evaluator.press(By.cssSelector("form[action='/evaluations'] button[type=submit]"))
                    .waitForText("评估已新建（草稿），评估方案待领导小组批准。");
            assertThat(evaluator.currentPath()).startsWith("/evaluations/" + EVALUATION);
            assertThat(evaluator.text()).contains(EVALUATION);
            assertThat(buttons(evaluator)).as("the evaluator in DRAFT").isEmpty();
            assertThat(evaluator.text()).contains("当前状态下您没有可执行的操作。");
            evaluator.checkAccessibility("walk-10-evaluation-draft").screenshot("walk-10-evaluation-draft");
            assertThat(buttons(leadership)).containsExactly("批准评估方案");
            take(leadership, "批准评估方案", "评估方案已批准");
            assertThat(buttons(leadership)).as("the leading group once the plan is approved").isEmpty();
            assertThat(buttons(evaluator)).containsExactly("启动自评收集");
            take(evaluator, "启动自评收集", "自评收集中");

            // the clerk writes the agency's self-assessment, goal by goal, and submits it
            clerk.open("/agency");
            clerk.press(By.cssSelector("a[href='/agency/self-assessments/" + EVALUATION + "']")).waitForText(EVALUATION + " 自评报告");
            assertThat(clerk.text()).contains("状态：填写中");
            clerk.checkAccessibility("walk-11-agency-self-assessment").screenshot("walk-11-agency-self-assessment");
            int goals = clerk.findAll(By.cssSelector("form[action*='/items/']")).size();
            assertThat(goals).as("the goals the agency answers for").isPositive();
            for (int i = 0; i < goals; i++) {
                WebElement form = clerk.findAll(By.cssSelector("form[action*='/items/']")).get(i);
                form.findElement(By.name("progressZh")).sendKeys("按计划推进，年度目标基本完成。");
                for (WebElement rating : form.findElements(By.name("rating"))) {
                    new Select(rating).selectByValue("PROGRESSING");
                }
                clerk.press(form.findElement(By.cssSelector("button[type=submit]"))).waitForText("已保存。");
            }
            clerk.press(By.cssSelector("form[action$='/self-assessments/" + EVALUATION + "/submit'] button")).waitForText("已提交。");
            assertThat(clerk.text()).contains("状态：已提交");

            // the evaluation group freezes the data, writes its findings (and rates a qualitative goal, if any)
            assertThat(buttons(leadership)).as("the leading group while collecting").isEmpty();
            assertThat(buttons(evaluator)).containsExactly("冻结数据、编制报告");
            assertThat(evaluator.text()).contains("已提交");
            assertThat(evaluator.findAll(By.cssSelector("form[action*='/self-assessments/'][action$='/return']")))
                    .as("a submitted self-assessment may be returned while collecting").hasSize(1);
            take(evaluator, "冻结数据、编制报告", "报告编制中");
            List<WebElement> ratings = evaluator.findAll(By.cssSelector("form.rating"));
            if (!ratings.isEmpty()) {
                new Select(ratings.get(0).findElement(By.name("rating"))).selectByValue("BASICALLY_ACHIEVED");
                ratings.get(0).findElement(By.name("rationaleZh")).sendKeys("各单位自评一致认为基本实现。");
                evaluator.press(ratings.get(0).findElement(By.cssSelector("button[type=submit]"))).waitForText("评定已保存。");
            }
            evaluator.find(By.id("findings")).sendKeys("规划实施总体顺利，监测数据按时报送。");
            evaluator.find(By.id("recommendations")).sendKeys("加强数据质量核查。");
            evaluator.press(By.cssSelector("form[action$='/findings'] button")).waitForText("结论与建议已保存。");
            evaluator.checkAccessibility("walk-12-evaluation-compiling").screenshot("walk-12-evaluation-compiling");
            assertThat(buttons(leadership)).as("the leading group while compiling").isEmpty();
            assertThat(buttons(evaluator)).containsExactly("封存并提交审议");
            take(evaluator, "封存并提交审议", "报告审核中");

            // the leading group approves; the evaluation group publishes
            assertThat(buttons(evaluator)).as("the evaluator while under review").isEmpty();
            assertThat(buttons(leadership)).containsExactlyInAnyOrder("审议通过", "退回修改");
            leadership.checkAccessibility("walk-13-evaluation-under-review").screenshot("walk-13-evaluation-under-review");
            take(leadership, "审议通过", "报告已批准");
            assertThat(buttons(evaluator)).containsExactly("正式发布");
            take(evaluator, "正式发布", "报告已发布");
            assertThat(buttons(evaluator)).as("nothing after publication").isEmpty();
            assertThat(evaluator.findAll(By.cssSelector("form[action*='/self-assessments/'][action$='/return']")))
                    .as("no self-assessment can be returned once collecting is over").isEmpty();
            assertThat(evaluator.text()).contains("尚未收到反馈。");
            evaluator.checkAccessibility("walk-14-evaluation-published").screenshot("walk-14-evaluation-published");

            // a visitor: the public page lists the report, its dashboard shows the agency's corrected value
            String dashboard = "/reports/" + PLAN + "/" + EVALUATION;
            visitor.open("/").checkAccessibility("walk-15-public-reports").screenshot("walk-15-public-reports");
            visitor.press(By.cssSelector("a[href='" + dashboard + "']")).waitForText("各领域指标进展");
            visitor.find(By.xpath("//details[.//table//td[normalize-space()='" + indicator + "']]/summary")).click();
            String latest = visitor.find(By.xpath("//details//tr[td[1][normalize-space()='" + indicator + "']]/td[3]")).getText();
            assertThat(latest).as("the latest value of " + indicator + " on the dashboard").matches("6(?![\\d.]).*（" + YEAR + "）");
            visitor.checkAccessibility("walk-16-public-dashboard").screenshot("walk-16-public-dashboard");
        }
    }

    /** The texts of the step buttons the person sees on the evaluation's page (opened afresh). */
    private static List<String> buttons(Browser person) {
        person.open("/evaluations/" + EVALUATION);
        return person.findAll(By.cssSelector("#step-form button")).stream().map(WebElement::getText).toList();
    }

    /** Presses the step's button (on the page as {@link #buttons} left it) and waits for the evaluation's new state. */
    private static void take(Browser person, String button, String stateAfter) {
        person.press(By.xpath("//form[@id='step-form']//button[normalize-space()='" + button + "']"))
                .waitForText("当前状态：" + stateAfter);
    }

    /** Chooses the workbook in the form's file field, as a person picks the file, and sends the form. */
    private void upload(Browser person, String form, byte[] workbook) throws IOException {
        person.find(By.cssSelector(form + " input[type=file]")).sendKeys(file("workbook.xlsx", workbook).toString());
        person.press(By.cssSelector(form + " button[type=submit]"));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = Files.createTempFile(files, "walk-", "-" + name);
        return Files.write(file, content).toAbsolutePath();
    }

    /** What the page's link answers, fetched with the browser's session (the file a click would save). */
    private static byte[] download(Browser person, String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "childplan-session=" + person.cookie("childplan-session")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(href).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
        return answer.body();
    }

    /** The indicator of the template's first owed row (the jurisdiction's total of the first indicator). */
    static String firstOwedIndicator(byte[] template) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("指标数据");
            Header header = header(sheet);
            return sheet.getRow(header.row() + 1).getCell(header.columns().get("indicatorCode")).getStringCellValue();
        }
    }

    /** The template with its first owed row's value filled (the other rows blank: not reported). */
    static byte[] filled(byte[] template, String value) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("指标数据");
            Header header = header(sheet);
            assertThat(header.columns()).containsKey("value");
            Row first = sheet.getRow(header.row() + 1);
            Cell cell = first.getCell(header.columns().get("value"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            try {
                cell.setCellValue(Double.parseDouble(value));
            } catch (NumberFormatException text) {
                cell.setCellValue(value);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The header row (its cells end with the field's name on a line of its own) and each field's column. */
    private record Header(int row, Map<String, Integer> columns) {
    }

    private static Header header(Sheet sheet) {
        for (Row row : sheet) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (Cell cell : row) {
                String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
                String field = text.contains("\n") ? text.substring(text.lastIndexOf('\n') + 1).trim() : text.trim();
                columns.put(field, cell.getColumnIndex());
            }
            if (columns.containsKey("indicatorCode")) {
                return new Header(row.getRowNum(), columns);
            }
        }
        throw new AssertionError("no header row with indicatorCode in the template");
    }
}
