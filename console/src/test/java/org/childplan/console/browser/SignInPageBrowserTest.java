package org.childplan.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The sign-in page in a real browser, Chinese then English, each checked with axe and saved as a screenshot; then a
 * sign-in with the keyboard only. The services are down here (the test profile), as a first visit may find them.
 */
@QuarkusTest
class SignInPageBrowserTest {

    @TestHTTPResource("/")
    URL console;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start(console.toURI());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theSignInPageIsAccessibleInChineseAndInEnglish() throws Exception {
        browser.open("/sign-in").checkAccessibility("sign-in-zh").screenshot("sign-in-zh");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.text()).contains("登录", "统计局", "填报人员（机构）", "机构服务暂时不可用");

        browser.find(By.linkText("English")).click();
        browser.waitForText("Statistics bureau");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text()).contains("Sign in", "Statistics bureau", "The agency service is unavailable");
        browser.checkAccessibility("sign-in-en").screenshot("sign-in-en");

        // the choice stays for the next page, through the cookie
        browser.open("/");
        assertThat(browser.htmlLang()).isEqualTo("en");
    }

    @Test
    void onlyTheKeyboardIsNeededToSignIn() throws Exception {
        browser.open("/sign-in");
        var body = browser.find(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getText()).as("the skip link comes first").isEqualTo("跳到正文");
        browser.find(By.id("role-statistics")).sendKeys(Keys.SPACE);
        browser.find(By.cssSelector("form.sign-in button[type=submit]")).sendKeys(Keys.ENTER);
        browser.waitForText("当前用户：dev-statistics");
        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/");
        browser.checkAccessibility("signed-in-statistics").screenshot("signed-in-statistics");
    }
}
