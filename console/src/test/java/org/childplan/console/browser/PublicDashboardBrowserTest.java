package org.childplan.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The published-reports list and the MIDTERM-2023 dashboard of the demo in a real browser, Chinese then English: axe on
 * each (0 serious/critical, also with an indicator's trend charts opened), a screenshot of each, a figure of the demo
 * on the page, and a download link that answers with the file's media type.
 */
@QuarkusTest
@QuarkusTestResource(value = LiveServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "offset", value = "500"))
class PublicDashboardBrowserTest {

    @TestHTTPResource("/")
    URL console;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(URI(console));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theListAndTheDashboardAreAccessibleInChineseAndInEnglish() throws Exception {
        browser.open("/").checkAccessibility("reports-zh").screenshot("reports-zh");
        browser.find(By.cssSelector("a[href='" + PublicDashboardTest.DASHBOARD + "']")).click();
        browser.waitForText("各领域指标进展");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.text()).contains("下载报告", "预警", "城乡与性别差距", "读者意见", "已达标");
        browser.checkAccessibility("dashboard-zh").screenshot("dashboard-zh");

        // an indicator's figures and its trend chart, behind the domain's details
        browser.find(By.cssSelector("details > summary")).click();
        var firstRow = browser.find(By.cssSelector("details table.data tbody tr"));
        assertThat(firstRow.getText()).as("an indicator row of the demo with its latest value").containsPattern("\\d");
        assertThat(browser.findAll(By.cssSelector("details figure.chart svg"))).isNotEmpty();
        browser.checkAccessibility("dashboard-zh-trends").screenshot("dashboard-zh-trends");

        browser.open(PublicDashboardTest.DASHBOARD + "?lang=en");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text()).contains("Progress by domain", "Download the report", "Warnings", "Readers' feedback");
        browser.checkAccessibility("dashboard-en").screenshot("dashboard-en");
        browser.open("/").checkAccessibility("reports-en").screenshot("reports-en");
    }

    @Test
    void theDownloadLinksAnswerWithTheFilesMediaType() throws Exception {
        browser.open(PublicDashboardTest.DASHBOARD);
        String pdf = browser.find(By.cssSelector("ul.downloads a[href$='/download/pdf']")).getAttribute("href");
        String xlsx = browser.find(By.cssSelector("ul.downloads a[href$='/download/xlsx']")).getAttribute("href");
        HttpClient http = HttpClient.newHttpClient();
        for (var link : new String[][] {{pdf, "application/pdf"},
                {xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}) {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(java.net.URI.create(link[0])).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(link[0]).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(link[0]).hasValueSatisfying(t -> assertThat(t).startsWith(link[1]));
            assertThat(answer.body()).as(link[0]).isNotEmpty();
        }
    }

    private static java.net.URI URI(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
