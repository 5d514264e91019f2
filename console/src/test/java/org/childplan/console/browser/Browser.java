package org.childplan.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the console's browser tests: Debian's chromium driven through Debian's chromedriver (both
 * installed by .ci/run), never a downloaded driver (the executable is given, so Selenium Manager is not consulted).
 * Each visited page can be checked with axe-core (pinned in tools/contracts, injected into the page) and saved as a
 * screenshot under console/target/screenshots for review.
 */
public final class Browser implements AutoCloseable {

    public static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    public static final Path SCREENSHOTS = ROOT.resolve("console/target/screenshots");
    static final Path AXE_REPORTS = ROOT.resolve("console/target/axe");
    static final Path TOOLS = ROOT.resolve("tools/contracts");
    static final String CHROMIUM = System.getProperty("console.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("console.chromedriver", "/usr/bin/chromedriver");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private final ChromeDriver driver;
    private final URI base;

    private Browser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** A fresh browser (no cookies) for the console at {@code base}. */
    public static Browser start(URI base) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian packages chromium and "
                    + "chromium-driver; .ci/run installs them)");
        }
        // the driver is named here, so Selenium never runs Selenium Manager to look for (or download) one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=zh-CN", "--disable-extensions", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the console (/, /sign-in, /reports/…). */
    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits (up to 30 s) until the page shows this text, e.g. after a form was sent. */
    public Browser waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    /**
     * Presses a button or link that leads to another page (a form sent, a link followed) and waits until that page has
     * replaced this one and is loaded: waiting for a text alone could match the old page, which may already show it.
     */
    public Browser press(WebElement element) {
        // a mark on the page as it is, gone once another page replaced it: the old element's staleness would do, but
        // chromedriver at times reports it as an inspector error ("Node … does not belong to the document") instead
        driver.executeScript("document.documentElement.setAttribute('data-pressed', '')");
        element.click();
        // while the page changes, a script may meet the document going away: ask again
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !document.documentElement.hasAttribute('data-pressed') && document.readyState === 'complete';")));
        return this;
    }

    public Browser press(By by) {
        return press(find(by));
    }

    /**
     * Signs in on the development sign-in page as a person does there: the role (one without an agency), then on to
     * {@code next}. Each Browser keeps its own cookies, so several people can work side by side.
     */
    public Browser signIn(String role, String next) {
        return signIn(role, null, next);
    }

    /**
     * Signs in on the development sign-in page as agency staff does there: the role, the agency chosen in the
     * page's drop-down (by its code; null: none), then on to {@code next}.
     */
    public Browser signIn(String role, String agency, String next) {
        open("/sign-in?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        find(By.id("role-" + role)).click();
        if (agency != null) {
            assertThat(findAll(By.id("agency-unavailable"))).as("the sign-in page's agency list is there").isEmpty();
            new Select(find(By.id("agency"))).selectByValue(agency);
        }
        press(By.cssSelector("form.sign-in button[type=submit]"));
        assertThat(currentPath()).as("signed in as " + role + " and sent on").startsWith(next);
        return this;
    }

    /** A cookie of this browser's session (HttpOnly ones too), to fetch what the page links to outside the browser. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        assertThat(cookie).as("the cookie " + name).isNotNull();
        return cookie.getValue();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String currentPath() {
        URI now = URI.create(driver.getCurrentUrl());
        return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is, keeps its full answer under
     * console/target/axe/{name}.json, and fails on any serious or critical violation, listing each with its nodes.
     */
    public Browser checkAccessibility(String name) throws IOException {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(axe() + "\n;"
                + "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(JSON.stringify({violations: r.violations, passes: r.passes.length})); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });");
        JsonNode result = JSON.readTree(String.valueOf(answer));
        Files.createDirectories(AXE_REPORTS);
        Files.writeString(AXE_REPORTS.resolve(name + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        assertThat(result.has("error")).as("axe.run on " + name + ": " + result.path("error").asText()).isFalse();
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : result.path("violations")) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> nodes = new ArrayList<>();
                violation.path("nodes").forEach(node -> nodes.add(node.path("target").toString() + " " + node.path("failureSummary").asText()));
                serious.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText() + " " + nodes);
            }
        }
        assertThat(serious).as("serious or critical axe violations on " + name + " (" + currentPath() + ")").isEmpty();
        assertThat(result.path("passes").asInt()).as("axe checked rules on " + name).isPositive();
        return this;
    }

    /** Saves the whole page (not just the window) as console/target/screenshots/{name}.png. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        Dimension window = driver.manage().window().getSize();
        int full = Math.min(12000, Math.max(window.getHeight(), ((Number) height).intValue() + 140));
        driver.manage().window().setSize(new Dimension(window.getWidth(), full));
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(window);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** axe.min.js from tools/contracts (npm ci there when it is missing or another version than the pin). */
    static synchronized String axe() throws IOException {
        if (axeSource == null) {
            Path axe = TOOLS.resolve("node_modules/axe-core/axe.min.js");
            String wanted = JSON.readTree(TOOLS.resolve("package.json").toFile()).path("devDependencies").path("axe-core").asText();
            Path installedPackage = TOOLS.resolve("node_modules/axe-core/package.json");
            String installed = Files.exists(installedPackage) ? JSON.readTree(installedPackage.toFile()).path("version").asText() : "";
            if (!Files.exists(axe) || !installed.equals(wanted)) {
                npmCi();
            }
            axeSource = Files.readString(axe);
        }
        return axeSource;
    }

    private static void npmCi() throws IOException {
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(TOOLS.toFile()).inheritIO().start();
        try {
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + TOOLS + " failed; axe-core is pinned there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during npm ci", e);
        }
    }
}
