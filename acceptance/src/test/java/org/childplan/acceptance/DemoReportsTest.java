package org.childplan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.childplan.platform.testing.ServiceLauncher;
import org.childplan.platform.testing.ServiceLauncher.Service;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo loaded into the three services, as deploy/run-local.sh --demo loads it, and its two reports read as their
 * readers read them: the published mid-term report MIDTERM-2023 and the 2023 annual monitoring report, each as HTML
 * and as PDF through poppler's pdftotext. Every page is also rendered to PNG in target/demo-reports for a look by eye.
 */
class DemoReportsTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final Path OUT = ROOT.resolve("acceptance/target/demo-reports");
    private static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** An English code in capitals; a code joined to others by hyphens (HEALTH-3a, MIDTERM-2023) is a reference, not a word. */
    private static final Pattern RAW_CODE = Pattern.compile("(?<![-A-Za-z0-9])[A-Z_]{4,}(?![-A-Za-z0-9])");

    private static ServiceLauncher services;
    private static final Map<String, Report> REPORTS = new HashMap<>();
    private static JsonNode midterm;

    /**
     * A report as its readers get it: the HTML page, the PDF's text page by page as laid out (for the contents and the
     * page numbers), and its text in reading order without spaces (where a table cell's words wrap).
     */
    record Report(String name, String html, List<String> pdfPages, String pdfText) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void loadTheDemoAndFetchTheReports() throws Exception {
        services = ServiceLauncher.startServices(ROOT, OUT.resolve("logs"),
                new ServiceLauncher.Options("acceptance_demo_", EnumSet.allOf(Service.class), Map.of()));
        ProcessBuilder load = new ProcessBuilder("python3", ROOT.resolve("deploy/demo/load-demo.py").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(OUT.resolve("logs/load-demo.log").toFile());
        load.environment().put("INDICATOR_URL", services.serviceUrl(Service.INDICATOR).toString());
        load.environment().put("AGENCY_URL", services.serviceUrl(Service.AGENCY).toString());
        load.environment().put("EVALUATION_URL", services.serviceUrl(Service.EVALUATION).toString());
        Process demo = load.start();
        assertThat(demo.waitFor(10, TimeUnit.MINUTES)).as("the demo loads within 10 minutes").isTrue();
        assertThat(demo.exitValue()).as("load-demo.py exit status; see " + OUT.resolve("logs/load-demo.log")).isZero();

        String evaluation = "/api/v1/plans/" + PLAN + "/evaluations/MIDTERM-2023/report";
        String annual = "/api/v1/plans/" + PLAN + "/monitoring-cycles/2023/report";
        midterm = new ObjectMapper().readTree(get(evaluation, "application/json", null));
        String viewer = Tokens.of("viewer");
        REPORTS.put("midterm", read("midterm-2023", evaluation, null));
        REPORTS.put("annual", read("annual-2023", annual, viewer));
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    static Stream<Report> reports() {
        return Stream.of(REPORTS.get("midterm"), REPORTS.get("annual"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void showsNoEnglishCodeInItsChineseText(Report report) {
        List<String> found = new ArrayList<>();
        for (String page : report.pdfPages()) {
            page.lines().filter(line -> HAN.matcher(line).find()).forEach(line -> codes(line, found));
        }
        chineseTextOf(report.html()).lines().forEach(line -> codes(line, found));
        assertThat(found).as("capitalised codes in Chinese lines of " + report.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void writesEveryTargetWithItsUnitAndDirection(Report report) {
        Map<String, String> suffixes = new HashMap<>();
        midterm.path("units").forEach(u -> suffixes.put(u.path("code").asText(), u.path("valueSuffixZh").asText()));
        String pdf = report.pdfText();
        int checked = 0;
        for (JsonNode row : midterm.path("indicators")) {
            String type = row.path("targetType").asText();
            if (type.equals("QUALITATIVE")) {
                continue;
            }
            String target = row.path("targetZh").asText();
            String suffix = Pattern.quote(suffixes.getOrDefault(row.path("unit").asText(), ""));
            String number = "\\d+(\\.\\d+)?";
            String expected = switch (type) {
                case "AT_LEAST" -> "≥" + number + suffix;
                case "AT_MOST" -> "≤" + number + suffix;
                case "APPROX" -> "约" + number + suffix;
                case "MAINTAIN_AT_LEAST" -> "保持在" + number + suffix + "以上";
                case "REDUCE_FROM_BASELINE_PCT" -> "下降\\d{1,2}%（较\\d{4}年）";
                case "FULL_COVERAGE" -> "全覆盖";
                case "INCREASE" -> "逐步提高";
                case "DECREASE" -> "逐步降低";
                default -> throw new AssertionError("a target type the test does not know: " + type);
            };
            String code = row.path("code").asText();
            assertThat(target).as(code + " " + type).matches(expected);
            assertThat(report.html()).as(code + " in the HTML").containsPattern(
                    "<td class=\"code\">" + Pattern.quote(code) + "</td>.*?<td>" + Pattern.quote(target) + "</td>");
            // a table cell wraps (下降20% / （较2020年）, 保持在98% / 以上), and the PDF's reading order puts the next
            // cells between the lines, so the PDF is held to the part that carries direction, number and unit
            assertThat(pdf).as(code + " in the PDF").contains(withoutSpaces(target.split("（")[0].replaceFirst("以上$", "")));
            checked++;
        }
        assertThat(checked).as("quantitative indicators checked").isGreaterThan(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void opensWithATitlePageNamingTheIssuingBodyAndTheDayInChinese(Report report) {
        String cover = withoutSpaces(report.pdfPages().get(0));
        String issuer = report.name().startsWith("midterm") ? "常宁市人民政府妇女儿童工作委员会监测评估领导小组评估组"
                : "常宁市人民政府妇女儿童工作委员会监测评估领导小组监测组";
        assertThat(cover).contains("常宁市儿童发展规划（2021—2025年）", issuer).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
        // no checksum, no instant, no version code on the title page: those are in the appendix
        assertThat(cover).doesNotContainPattern("[0-9a-f]{64}").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        if (report.name().startsWith("midterm")) {
            LocalDate sealedOn = java.time.Instant.parse(midterm.path("sealedAt").asText()).atZone(ZoneId.of("Asia/Shanghai"))
                    .toLocalDate();
            assertThat(cover).contains(sealedOn.getYear() + "年" + sealedOn.getMonthValue() + "月" + sealedOn.getDayOfMonth() + "日");
            String appendix = withoutSpaces(report.pdfPages().get(report.pdfPages().size() - 1));
            assertThat(appendix).contains(midterm.path("reportChecksum").asText(), midterm.path("snapshot").path("checksum").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void hasATableOfContentsWhosePageNumbersLeadToTheSectionsAndNumbersEveryPage(Report report) {
        List<String> pages = report.pdfPages();
        String contents = pages.get(1);
        assertThat(withoutSpaces(contents)).startsWith("目录");
        Matcher entry = Pattern.compile("(?m)^\\s*(\\S.*?)\\s*\\.{4,}\\s*(\\d+)\\s*$").matcher(contents);
        int entries = 0;
        while (entry.find()) {
            String title = withoutSpaces(entry.group(1));
            int page = Integer.parseInt(entry.group(2));
            assertThat(page).as(title).isBetween(3, pages.size());
            assertThat(withoutSpaces(pages.get(page - 1))).as("page " + page + " holds " + title).contains(title);
            entries++;
        }
        assertThat(entries).as("table of contents entries").isGreaterThanOrEqualTo(10);
        assertThat(withoutSpaces(contents)).contains("一、", "（一）儿童与健康", "（七）儿童与法律保护");
        for (int i = 2; i <= pages.size(); i++) {
            assertThat(withoutSpaces(pages.get(i - 1))).as("page number on page " + i).contains("—" + i + "—");
        }
        assertThat(withoutSpaces(pages.get(0))).as("the title page has no number").doesNotContain("—1—");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void draftsTheNarrativeInTheRegisterOfTheStatisticalMonitoringReports(Report report) {
        // the demo is deterministic (a fixed seed), so its neonatal mortality is known: 3.8‰ in 2020, 3.3‰ in 2022, 3.2‰ in 2023
        String sentence = "新生儿死亡率为3.2‰（2023年），比2020年下降0.6个千分点，比上年下降0.1个千分点，距≤3‰的目标还差0.2个千分点，"
                + "评估为“进展良好”。";
        assertThat(report.html()).contains(sentence);
        assertThat(report.pdfText()).contains(sentence);
        assertThat(withoutSpaces(report.html())).contains("在可监测的34项指标中，已达标8项，进展良好22项");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void drawsEveryIndicatorsTrendAsAnSvgWithItsTargetLineAndKeepsTheLabelsAsText(Report report) {
        Map<String, JsonNode> rows = new HashMap<>();
        midterm.path("indicators").forEach(row -> rows.put(row.path("code").asText(), row));
        Matcher chart = Pattern.compile("(?s)<div class=\"chart chart-trend\".*?<title>(\\S+) .*?</title>(.*?)</div>")
                .matcher(report.html());
        int charts = 0;
        int withTarget = 0;
        while (chart.find()) {
            JsonNode row = rows.get(chart.group(1));
            assertThat(row).as("the indicator of chart " + chart.group(1)).isNotNull();
            assertThat(chart.group(0)).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "class=\"series\"");
            if (!row.path("targetValue").isNull() && !row.path("targetValue").isMissingNode()) {
                assertThat(chart.group(0)).as(chart.group(1) + " has a target line").contains("class=\"target-line\"")
                        .contains("目标 " + row.path("targetZh").asText());
                withTarget++;
            }
            charts++;
        }
        long quantitativeWithData = rows.values().stream().filter(r -> !r.path("targetType").asText().equals("QUALITATIVE")
                && r.path("values").size() > 0).count();
        assertThat(charts).as("one trend chart per quantitative indicator with data").isEqualTo((int) quantitativeWithData);
        assertThat(withTarget).isGreaterThan(40);
        // a status bar for every domain with quantitative indicators, a chart for every gap with yearly values
        assertThat(report.html().split("<div class=\"chart chart-status-bar\"", -1).length - 1).isEqualTo(6);
        assertThat(report.html()).contains("<div class=\"chart chart-gap\"");
        // the labels are text in the PDF, not outlines
        assertThat(report.pdfText()).contains(withoutSpaces("目标 ≤3‰"), "2025", "已达标");
    }

    @Test
    void saysInWordsThatTheLegalProtectionDomainHasOnlyQualitativeGoals() {
        Report report = REPORTS.get("midterm");
        String legal = report.pdfText();
        assertThat(legal).contains("（七）儿童与法律保护").contains("本领域目标均为定性目标，不设定量指标，由评估组评定，评定情况见第五部分。");
        assertThat(report.html()).doesNotContainPattern("儿童与法律保护</td>(<td class=\"num\">0</td>)+<td class=\"num\">0\\.0%");
    }

    @Test
    void rendersEveryPageToPngForALookByEye() throws Exception {
        Files.createDirectories(OUT.resolve("pages"));
        try (Stream<Path> earlier = Files.list(OUT.resolve("pages"))) {
            for (Path png : earlier.toList()) {
                Files.delete(png);
            }
        }
        for (String name : List.of("midterm-2023", "annual-2023")) {
            Process render = new ProcessBuilder("pdftoppm", "-r", "60", "-png", OUT.resolve(name + ".pdf").toString(),
                    OUT.resolve("pages/" + name).toString()).redirectErrorStream(true).start();
            assertThat(render.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(render.exitValue()).isZero();
        }
        try (Stream<Path> pngs = Files.list(OUT.resolve("pages"))) {
            assertThat(pngs.filter(p -> p.toString().endsWith(".png")).count())
                    .isEqualTo(REPORTS.get("midterm").pdfPages().size() + REPORTS.get("annual").pdfPages().size());
        }
    }

    // ---- reading

    private static Report read(String name, String path, String token) throws Exception {
        Files.createDirectories(OUT);
        String html = get(path, "text/html", token);
        Files.writeString(OUT.resolve(name + ".html"), html);
        byte[] pdf = bytes(path, "application/pdf", token);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process text = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(),
                OUT.resolve(name + ".txt").toString()).redirectErrorStream(true).start();
        assertThat(text.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(text.exitValue()).as("pdftotext (Debian package poppler-utils)").isZero();
        List<String> pages = List.of(Files.readString(OUT.resolve(name + ".txt")).split("\f"));
        Process reading = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), OUT.resolve(name + ".reading.txt").toString())
                .redirectErrorStream(true).start();
        assertThat(reading.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Report(name, html, pages.subList(0, (int) pages.stream().filter(p -> !p.isBlank()).count()),
                withoutSpaces(Files.readString(OUT.resolve(name + ".reading.txt"))));
    }

    private static String get(String path, String accept, String token) throws IOException, InterruptedException {
        return new String(bytes(path, accept, token), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path, String accept, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.serviceUrl(Service.EVALUATION) + path))
                .header("Accept", accept).timeout(Duration.ofMinutes(2));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + path + " as " + accept).isEqualTo(200);
        return response.body();
    }

    /** The page's text without its English secondary lines, styles and markup: what a Chinese reader reads. */
    static String chineseTextOf(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<title>.*?</title>", "")
                .replaceAll("(?s)<(span|div) class=\"en\">.*?</\\1>", "\n")
                .replaceAll("(?s)<p class=\"meta[^\"]*\">.*?</p>", "\n")
                .replaceAll("<[^>]+>", "\n");
        return text.lines().filter(line -> HAN.matcher(line).find()).reduce("", (a, b) -> a + b + "\n");
    }

    private static void codes(String line, List<String> found) {
        Matcher code = RAW_CODE.matcher(line);
        while (code.find()) {
            found.add(code.group() + " in: " + line.strip());
        }
    }

    static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
