package org.childplan.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.RestAssured;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends malformed and hostile input to every operation of the service's checked-in contract
 * ({@code src/main/openapi/openapi.yaml}) and collects every answer that breaks the API conventions: a 5xx, an error
 * without an {@code application/problem+json} body, or an error body that shows a stack trace or an exception class.
 *
 * <p>Every 4xx must carry the Problem fields ({@code type}, {@code title}, {@code status} equal to the HTTP status,
 * {@code detail}, {@code instance}); an operation the contract secures must answer 401 without a token or with a
 * garbage one; and a hostile string a write accepts (2xx) must come back byte for byte where the answer shows it.
 *
 * <p>There is no randomness: the same contract gives the same requests in the same order, so a failure in CI
 * reproduces locally. For each operation it sends the contract's example request as it is, then one change at a time:
 * <ul>
 *   <li>each path parameter, query parameter and header parameter replaced by wrong types, a 10k-character string,
 *       huge numbers, SQL/JS/path-traversal injection, odd Unicode (RTL override, zero-width joiner, emoji, combining
 *       marks, a lone surrogate, NUL) and malformed percent-encoding;</li>
 *   <li>for a JSON body, built from the operation's request body example: each property (also those the schema
 *       declares and the example leaves out, and those of nested objects and of the first element of arrays) with a
 *       wrong type, null, a 100k-character string, huge numbers (1e400, 2^63, -1), injection strings, odd Unicode,
 *       removed, and an unknown extra property in each object; and whole-body oddities (empty, {@code null},
 *       {@code []}, truncated, invalid UTF-8, very deep nesting, a wrong or missing Content-Type, a wrong charset,
 *       trailing content);</li>
 *   <li>for a CSV body: unbalanced quotes, a huge cell, NUL, invalid UTF-8 and wrong column counts.</li>
 * </ul>
 * Requests go out on a raw socket, so malformed URLs and bodies reach the server byte for byte. Everything is sent
 * with the configured bearer token (one holding every role, so the requests reach the code behind security), and a
 * small sample again without one.
 *
 * <p>Common test file: identical in every service apart from the package (tools/common-files.txt).
 */
public final class ContractFuzzer {

    /** A parameter of an operation, as the contract declares it. */
    public record Param(String name, String in, String type, boolean required) {
    }

    /** An operation of the contract. {@code bodies} maps each request media type to its example, as text. */
    public record Operation(String id, String method, String path, List<Param> params, Map<String, String> bodies,
                            Map<String, JsonNode> bodySchemas, boolean secured, boolean openToAnonymous) {

        public boolean hasParam(String name) {
            return params.stream().anyMatch(p -> p.name().equals(name));
        }
    }

    /** An answer that breaks the conventions. */
    public record Failure(String operation, String request, String variant, int status, String contentType, String excerpt) {
        @Override
        public String toString() {
            return operation + " [" + variant + "] " + request + " -> " + status + " " + contentType + ": " + excerpt;
        }
    }

    /** What a run sent and found. */
    public record Report(int operations, Map<String, Integer> variantsByKind, int anonymousRequests, int invalidUris,
                         Map<String, Integer> answersByClass, Duration elapsed, List<Failure> failures) {

        public int requests() {
            return variantsByKind.values().stream().mapToInt(Integer::intValue).sum() + anonymousRequests;
        }

        public String summary() {
            return "ContractFuzzer: " + operations + " operations, " + requests() + " requests (" + variantsByKind
                    + ", anonymous=" + anonymousRequests + "; " + invalidUris + " with a target that is not a URI; answers " + answersByClass + ") in " + elapsed.toMillis() / 1000.0 + " s, "
                    + failures.size() + " failure(s)";
        }

        /** Every failure on its own line, grouped by operation, for the assertion message. */
        public String describeFailures() {
            return failures.stream().map(Failure::toString).collect(Collectors.joining("\n"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** In a URL: the HTTP layer refuses request lines above 16 KiB with an empty 414 before the application sees them. */
    private static final String HUGE = "x".repeat(10_000);
    /** In a body, where only the body size limit (megabytes) applies. */
    private static final String HUGER = "x".repeat(100_000);
    /** An exception class, a stack frame or a Java package in an error body means internals reached the client. */
    private static final Pattern LEAK = Pattern.compile(
            "(\\b[A-Za-z]+(Exception|Error)\\b(?!s)|\\bat [a-z]+\\.[\\w.$]+\\(|\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql"
                    + "|com\\.fasterxml|io\\.quarkus|io\\.vertx|io\\.smallrye|org\\.jboss|org\\.childplan)\\.[a-z])");
    private static final int EXCERPT = 240;

    /** A hostile value: its kind, a label, its percent-encoded form for URLs and its literal for JSON. */
    private record Hostile(String kind, String label, String url, String json) {
    }

    private static Hostile text(String kind, String label, String value) {
        return new Hostile(kind, label, encode(value), jsonString(value));
    }

    /** Values for path and query parameters and for text properties (where {@code json} is not null): one or more of each kind. */
    private static final List<Hostile> TEXT_VALUES = List.of(
            text("wrong-type", "letters", "abc"),
            text("wrong-type", "decimal", "1.5"),
            text("huge-string", "10k chars", HUGE),
            text("huge-number", "20 digits", "99999999999999999999"),
            text("huge-number", "int32 max + 1", "2147483648"),
            text("huge-number", "2^63", "9223372036854775808"),
            text("huge-number", "1e400", "1e400"),
            text("wrong-type", "negative", "-1"),
            text("injection", "SQL quote", "' OR '1'='1"),
            text("injection", "script", "<script>alert(1)</script>"),
            text("injection", "path traversal", "../../../etc/passwd"),
            text("odd-unicode", "RTL override, zero-width joiner, emoji, combining marks",
                    "\u202Eab\u200Dc\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC67e\u0301\u0302\uFEFF"),
            new Hostile("odd-unicode", "lone surrogate", "%ED%A0%80", "\"a\\ud800b\""),
            new Hostile("odd-unicode", "NUL", "a%00b", "\"a\\u0000b\""),
            new Hostile("odd-unicode", "control characters", "%01%1B%7F", "\"\\u0001\\u001b\\u007f\""),
            new Hostile("odd-unicode", "lone low surrogate", null, "\"\\udc00\""),
            new Hostile("malformed-encoding", "bad escape %ZZ", "%ZZ", null),
            new Hostile("malformed-encoding", "lone %", "%", null),
            new Hostile("malformed-encoding", "invalid UTF-8", "%C3%28", null),
            new Hostile("malformed-encoding", "CRLF", "a%0D%0AX-Injected:%201", null),
            new Hostile("injection", "raw dot-dot", "..", null),
            new Hostile("injection", "encoded slash", "a%2Fb", null));

    /** Over-long text, one past each length the databases' columns allow (32, 64, 100, 200, 253, 400). */
    private static final List<Hostile> LONG_VALUES = List.of(
            text("long-string", "33 chars", "x".repeat(33)),
            text("long-string", "65 chars", "x".repeat(65)),
            text("long-string", "101 chars", "x".repeat(101)),
            text("long-string", "201 chars", "x".repeat(201)),
            text("long-string", "257 chars", "x".repeat(257)),
            text("long-string", "401 chars", "x".repeat(401)));

    private static final List<Hostile> PARAM_VALUES = java.util.stream.Stream.concat(
            TEXT_VALUES.stream().filter(v -> v.url() != null), LONG_VALUES.stream().skip(1).limit(1)).toList();

    /** Literal JSON numbers a number property gets. */
    private static final List<Hostile> NUMBER_VALUES = List.of(
            new Hostile("huge-number", "1e400", null, "1e400"),
            new Hostile("huge-number", "-1e400", null, "-1e400"),
            new Hostile("huge-number", "23 digits", null, "99999999999999999999999"),
            new Hostile("huge-number", "-23 digits", null, "-99999999999999999999999"),
            new Hostile("huge-number", "int32 max + 1", null, "2147483648"),
            new Hostile("huge-number", "2^63", null, "9223372036854775808"),
            new Hostile("huge-number", "-2^63 - 1", null, "-9223372036854775809"),
            new Hostile("huge-number", "1e-400", null, "1e-400"),
            new Hostile("huge-number", "40 significant digits", null, "1234567890123456789.012345678901234567891"),
            new Hostile("huge-number", "huge exponent", null, "1e2147483648"));

    /** Header values (the contract's If-Match, Idempotency-Key and the like). */
    private static final List<Hostile> HEADER_VALUES = List.of(
            new Hostile("wrong-type", "unquoted", "abc", null),
            new Hostile("wrong-type", "quoted letters", "\"abc\"", null),
            new Hostile("huge-number", "quoted 20 digits", "\"99999999999999999999\"", null),
            new Hostile("wrong-type", "weak tag", "W/\"1\"", null),
            new Hostile("wrong-type", "list", "\"1\", \"2\"", null),
            new Hostile("wrong-type", "negative", "\"-1\"", null),
            new Hostile("wrong-type", "empty", "", null),
            new Hostile("huge-string", "4k chars", "x".repeat(4000), null),
            new Hostile("injection", "SQL quote", "' OR '1'='1", null),
            new Hostile("odd-unicode", "Latin-1 byte", "caf\u00e9", null));

    /** Headers every operation gets, whatever the contract declares. */
    private static final Map<String, List<String>> COMMON_HEADERS = Map.of(
            "X-Request-Id", List.of("x".repeat(300), "' OR '1'='1", "caf\u00e9"),
            "Accept", List.of("application/xml", "@@@/;;;", "application/json;q=abc"),
            "Authorization", List.of("Bearer not-a-jwt", "Bearer " + "x".repeat(4000), "Basic dXNlcjpwYXNz"));

    private final JsonNode contract;
    private final List<Operation> operations;
    private final int port;
    private final String host;
    private String token;
    private BiFunction<Operation, String, String> pathValues = (op, name) -> "x";
    private final Map<String, String> queryValues = new HashMap<>();
    private final Map<String, String> exampleReplacements = new LinkedHashMap<>();
    private BiConsumer<Operation, ObjectNode> freshBody = (op, body) -> { };
    private final Map<String, Integer> variantsByKind = new TreeMap<>();
    private final Map<String, Long> millisByOperation = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private int anonymousRequests;
    private final Map<String, Integer> answersByClass = new TreeMap<>();
    private int invalidUris;
    private int sequence;

    private ContractFuzzer(Path contractFile) throws IOException {
        this.contract = new ObjectMapper(new YAMLFactory()).readTree(contractFile.toFile());
        this.operations = readOperations(contract);
        URI base = URI.create(RestAssured.baseURI);
        this.host = base.getHost() == null ? "localhost" : base.getHost();
        this.port = RestAssured.port;
    }

    /** The fuzzer for the service under test, reading its checked-in contract. */
    public static ContractFuzzer ofThisService() throws IOException {
        return new ContractFuzzer(Path.of("src/main/openapi/openapi.yaml"));
    }

    /** The bearer token every request but the anonymous sample carries. */
    public ContractFuzzer bearer(String token) {
        this.token = token;
        return this;
    }

    /** The value of a path parameter for an operation (asked again for every request, so it may differ per call). */
    public ContractFuzzer pathValues(BiFunction<Operation, String, String> values) {
        this.pathValues = values;
        return this;
    }

    /** Base values of query parameters (required ones, and ones that lead deeper); the fuzzer varies them one at a time. */
    public ContractFuzzer queryValues(Map<String, String> values) {
        this.queryValues.putAll(values);
        return this;
    }

    /** Replaces text in every request body example, e.g. a plan code by the test's own plan. */
    public ContractFuzzer replaceInExamples(String text, String replacement) {
        this.exampleReplacements.put(text, replacement);
        return this;
    }

    /**
     * Adjusts a fresh copy of the example body before each variant is derived from it, e.g. to give every create a
     * new code, so the variants get past the duplicate check to the code that stores them.
     */
    public ContractFuzzer freshBody(BiConsumer<Operation, ObjectNode> adjust) {
        this.freshBody = adjust;
        return this;
    }

    /** A unique number per call, for codes made in {@link #freshBody}. */
    public int nextSequence() {
        return ++sequence;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Sends every variant to every operation and reports what failed; never throws on a bad answer. */
    public Report run() throws IOException {
        long start = System.nanoTime();
        List<Operation> ordered = new ArrayList<>(operations);
        // reads first, so they see the data as the test set it up; deletes last
        ordered.sort(Comparator.comparingInt(op -> List.of("GET", "PUT", "POST", "PATCH", "DELETE").indexOf(op.method())));
        try (RawHttp http = new RawHttp(host, port)) {
            for (Operation op : ordered) {
                long opStart = System.nanoTime();
                fuzz(http, op);
                millisByOperation.put(op.id(), (System.nanoTime() - opStart) / 1_000_000);
            }
        }
        Report report = new Report(operations.size(), new TreeMap<>(variantsByKind), anonymousRequests, invalidUris,
                new TreeMap<>(answersByClass),
                Duration.ofNanos(System.nanoTime() - start), List.copyOf(failures));
        // the whole list, for reading when it is long
        java.nio.file.Files.writeString(Path.of("target/contract-fuzz-report.txt"),
                report.summary() + "\n" + report.describeFailures() + "\n\nmilliseconds per operation: " + millisByOperation + "\n");
        return report;
    }

    // ------------------------------------------------------------------------------------------------ the variants

    private void fuzz(RawHttp http, Operation op) throws IOException {
        String mediaType = op.bodies().containsKey("application/json") ? "application/json"
                : op.bodies().isEmpty() ? null : op.bodies().keySet().iterator().next();
        byte[] exampleBody = mediaType == null ? null : exampleBody(op, mediaType);

        // the example as it is, with and without a token
        send(http, op, "baseline", "example request", pathOf(op, null, null), queryOf(op, null, null), Map.of(),
                mediaType, exampleBody);
        anonymous(http, op, "baseline", pathOf(op, null, null), queryOf(op, null, null), Map.of(), mediaType, exampleBody);

        boolean firstAnonymous = true;
        for (Param param : op.params()) {
            switch (param.in()) {
                case "path" -> {
                    for (Hostile value : PARAM_VALUES) {
                        String path = pathOf(op, param.name(), value.url());
                        send(http, op, value.kind(), "path " + param.name() + " = " + value.label(), path,
                                queryOf(op, null, null), Map.of(), mediaType, exampleBody);
                        if (firstAnonymous && value.kind().equals("injection")) {
                            anonymous(http, op, "path " + param.name() + " = " + value.label(), path, queryOf(op, null, null),
                                    Map.of(), mediaType, exampleBody);
                            firstAnonymous = false;
                        }
                    }
                }
                case "query" -> {
                    List<Hostile> values = new ArrayList<>(PARAM_VALUES);
                    values.add(new Hostile("wrong-type", "empty", "", null));
                    for (Hostile value : values) {
                        send(http, op, value.kind(), "query " + param.name() + " = " + value.label(), pathOf(op, null, null),
                                queryOf(op, param.name(), value.url()), Map.of(), mediaType, exampleBody);
                    }
                    send(http, op, "wrong-type", "query " + param.name() + " repeated", pathOf(op, null, null),
                            queryOf(op, null, null) + "&" + param.name() + "=a&" + param.name() + "=b", Map.of(), mediaType,
                            exampleBody);
                }
                case "header" -> {
                    for (Hostile value : HEADER_VALUES) {
                        send(http, op, value.kind(), "header " + param.name() + " = " + value.label(), pathOf(op, null, null),
                                queryOf(op, null, null), Map.of(param.name(), value.url()), mediaType, exampleBody);
                    }
                }
                default -> {
                }
            }
        }

        for (var header : new TreeMap<>(COMMON_HEADERS).entrySet()) {
            for (String value : header.getValue()) {
                send(http, op, "header", "header " + header.getKey() + " = " + abbreviate(value), pathOf(op, null, null),
                        queryOf(op, null, null), Map.of(header.getKey(), value), mediaType, exampleBody);
            }
        }

        if ("application/json".equals(mediaType)) {
            fuzzJsonBody(http, op);
        } else if (mediaType == null && (op.method().equals("POST") || op.method().equals("PUT"))) {
            send(http, op, "whole-body", "unexpected broken JSON body", pathOf(op, null, null), queryOf(op, null, null),
                    Map.of(), "application/json", "{\"a\": ".getBytes(StandardCharsets.UTF_8));
        }
        if (op.bodies().containsKey("text/csv")) {
            fuzzCsvBody(http, op);
        }
    }

    private void fuzzJsonBody(RawHttp http, Operation op) throws IOException {
        JsonNode schema = op.bodySchemas().get("application/json");
        JsonNode example = JSON.readTree(exampleBody(op, "application/json"));
        List<Field> fields = new ArrayList<>();
        collectFields(example, schema, new ArrayList<>(), fields, 0);

        for (Field field : fields) {
            for (Hostile value : valuesFor(field)) {
                JsonNode body = fresh(op, example);
                set(body, field.path(), NODES.pojoNode(new RawValue(value.json())));
                // only a text is expected back as sent; numbers may come back in another notation
                Echo echo = value.json().startsWith("\"") ? new Echo(field.path(), JSON.readTree(value.json()).textValue()) : null;
                send(http, op, value.kind(), field.name() + " = " + value.label(), pathOf(op, null, null),
                        queryOf(op, null, null), Map.of(), "application/json", JSON.writeValueAsBytes(body), echo);
            }
            if (field.present()) {
                JsonNode body = fresh(op, example);
                remove(body, field.path());
                sendJson(http, op, "missing-field", field.name() + " removed", body);
            }
        }
        // an unknown property in every object
        for (List<Object> objectPath : objectPaths(example, new ArrayList<>())) {
            JsonNode body = fresh(op, example);
            JsonNode target = at(body, objectPath);
            if (target instanceof ObjectNode object) {
                object.put("fuzzUnknownProperty", 1);
                sendJson(http, op, "unknown-property", "unknown property in " + name(objectPath), body);
            }
        }

        byte[] base = JSON.writeValueAsBytes(fresh(op, example));
        String baseText = new String(base, StandardCharsets.UTF_8);
        Map<String, byte[]> whole = new LinkedHashMap<>();
        whole.put("empty body", new byte[0]);
        whole.put("null", "null".getBytes(StandardCharsets.UTF_8));
        whole.put("[]", "[]".getBytes(StandardCharsets.UTF_8));
        whole.put("{}", "{}".getBytes(StandardCharsets.UTF_8));
        whole.put("a string", "\"x\"".getBytes(StandardCharsets.UTF_8));
        whole.put("a number", "1e400".getBytes(StandardCharsets.UTF_8));
        whole.put("truncated", baseText.substring(0, baseText.length() / 2).getBytes(StandardCharsets.UTF_8));
        whole.put("trailing content", (baseText + " {}").getBytes(StandardCharsets.UTF_8));
        whole.put("invalid UTF-8", invalidUtf8(base));
        whole.put("deeply nested arrays", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        whole.put("deeply nested objects", ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        whole.put("whitespace only", "   \n\t ".getBytes(StandardCharsets.UTF_8));
        whole.put("BOM then JSON", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, base));
        boolean firstAnonymous = true;
        for (var entry : whole.entrySet()) {
            send(http, op, "whole-body", entry.getKey(), pathOf(op, null, null), queryOf(op, null, null), Map.of(),
                    "application/json", entry.getValue());
            if (firstAnonymous && entry.getKey().equals("truncated")) {
                anonymous(http, op, "truncated body", pathOf(op, null, null), queryOf(op, null, null), Map.of(),
                        "application/json", entry.getValue());
                firstAnonymous = false;
            }
        }
        send(http, op, "whole-body", "UTF-16 charset on UTF-8 bytes", pathOf(op, null, null), queryOf(op, null, null),
                Map.of(), "application/json; charset=UTF-16", base);
        send(http, op, "whole-body", "unknown charset", pathOf(op, null, null), queryOf(op, null, null),
                Map.of(), "application/json; charset=x-no-such-charset", base);
        send(http, op, "whole-body", "JSON sent as text/plain", pathOf(op, null, null), queryOf(op, null, null),
                Map.of(), "text/plain", base);
        send(http, op, "whole-body", "no Content-Type", pathOf(op, null, null), queryOf(op, null, null),
                Map.of(), null, base);
    }

    private void fuzzCsvBody(RawHttp http, Operation op) throws IOException {
        String csv = new String(exampleBody(op, "text/csv"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\n", -1);
        String header = lines[0];
        String row = lines.length > 1 ? lines[1] : "";
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("empty", new byte[0]);
        variants.put("header only", (header + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("no header", (row + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("unbalanced quote", (header + "\n\"" + row + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("quote inside a cell", (header + "\n" + row.replaceFirst(",", ",ab\"cd") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("huge cell", (header + "\n" + replaceCell(row, 0, "\"" + HUGE + "\"") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("huge last cell", (header + "\n" + replaceCell(row, -1, HUGE) + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("huge number", (header + "\n" + replaceNumbers(row, "99999999999999999999999") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("1e400", (header + "\n" + replaceNumbers(row, "1e400") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("letters in numbers", (header + "\n" + replaceNumbers(row, "abc") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("NUL in a cell", (header + "\n" + replaceCell(row, -1, "a\u0000b") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("NUL in the header", (header.replaceFirst(",", "\u0000,") + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("fewer columns", (header + "\n" + row.substring(0, Math.max(0, row.lastIndexOf(','))) + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("more columns", (header + "\n" + row + ",extra,extra\n").getBytes(StandardCharsets.UTF_8));
        variants.put("one column", (header + "\nx\n").getBytes(StandardCharsets.UTF_8));
        variants.put("unknown header", (header + ",fuzzUnknown\n" + row + ",1\n").getBytes(StandardCharsets.UTF_8));
        variants.put("duplicate header", (header + "," + header.split(",")[0] + "\n" + row + ",x\n").getBytes(StandardCharsets.UTF_8));
        variants.put("invalid UTF-8", concat((header + "\n").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}));
        variants.put("BOM and CRLF", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        variants.put("lone CR line ends", csv.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        variants.put("formula injection", (header + "\n" + replaceCell(row, -1, "=cmd|' /C calc'!A0") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("SQL injection", (header + "\n" + replaceCell(row, 0, "' OR '1'='1") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("odd unicode", (header + "\n" + replaceCell(row, -1, "\u202Ee\u0301\uD83D\uDE00\u200D") + "\n").getBytes(StandardCharsets.UTF_8));
        variants.put("lone surrogate", concat((header + "\n" + replaceCell(row, -1, "")).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}));
        variants.put("blank lines", (header + "\n\n\n" + row + "\n\n").getBytes(StandardCharsets.UTF_8));
        variants.put("only commas", (header + "\n" + ",".repeat(Math.max(1, header.split(",").length - 1)) + "\n").getBytes(StandardCharsets.UTF_8));
        for (var variant : variants.entrySet()) {
            send(http, op, "csv", variant.getKey(), pathOf(op, null, null), queryOf(op, null, null), Map.of(),
                    "text/csv", variant.getValue());
        }
    }

    /** A property of a body, by its path from the root (names and array indexes). */
    private record Field(List<Object> path, String type, boolean present) {
        String name() {
            return ContractFuzzer.name(path);
        }
    }

    private List<Hostile> valuesFor(Field field) {
        List<Hostile> values = new ArrayList<>();
        values.add(new Hostile("null", "null", null, "null"));
        switch (field.type()) {
            case "string" -> {
                values.add(new Hostile("wrong-type", "number", null, "12345"));
                values.add(new Hostile("wrong-type", "boolean", null, "true"));
                values.add(new Hostile("wrong-type", "array", null, "[\"a\"]"));
                values.add(new Hostile("wrong-type", "object", null, "{\"a\": 1}"));
                values.add(new Hostile("huge-number", "23 digits", null, "99999999999999999999999"));
                values.add(new Hostile("wrong-type", "empty string", null, "\"\""));
                values.add(new Hostile("wrong-type", "blank string", null, "\"   \""));
                TEXT_VALUES.stream().filter(v -> v.json() != null && !v.kind().equals("wrong-type") && !v.kind().equals("huge-string"))
                        .forEach(values::add);
                values.add(new Hostile("huge-string", "100k chars", null, jsonString(HUGER)));
                values.add(new Hostile("huge-string", "100k CJK chars", null, jsonString("儿".repeat(100_000))));
                values.addAll(LONG_VALUES);
            }
            case "integer", "number" -> {
                values.add(new Hostile("wrong-type", "numeric string", null, "\"12\""));
                values.add(new Hostile("wrong-type", "boolean", null, "false"));
                values.add(new Hostile("wrong-type", "array", null, "[1]"));
                values.add(new Hostile("wrong-type", "object", null, "{}"));
                values.add(new Hostile("huge-string", "100k chars", null, jsonString(HUGER)));
                if (field.type().equals("integer")) {
                    values.add(new Hostile("wrong-type", "decimal", null, "1.5"));
                }
                values.add(new Hostile("wrong-type", "negative", null, "-1"));
                values.add(new Hostile("wrong-type", "NaN", null, "NaN"));
                values.addAll(NUMBER_VALUES);
            }
            case "boolean" -> {
                values.add(new Hostile("wrong-type", "string", null, "\"true\""));
                values.add(new Hostile("wrong-type", "number", null, "1"));
                values.add(new Hostile("wrong-type", "array", null, "[true]"));
                values.add(new Hostile("huge-number", "23 digits", null, "99999999999999999999999"));
            }
            case "array" -> {
                values.add(new Hostile("wrong-type", "string", null, "\"a\""));
                values.add(new Hostile("wrong-type", "object", null, "{}"));
                values.add(new Hostile("wrong-type", "number", null, "1"));
                values.add(new Hostile("wrong-type", "array of arrays", null, "[[]]"));
                values.add(new Hostile("wrong-type", "array of nulls", null, "[null, null]"));
                values.add(new Hostile("huge-number", "array of huge numbers", null, "[1e400, 99999999999999999999999]"));
                values.add(new Hostile("huge-string", "array of 10k-char strings", null, "[" + jsonString(HUGE) + "]"));
                values.add(new Hostile("huge-string", "5,000 elements", null, "[" + String.join(",", java.util.Collections.nCopies(5_000, "\"x\"")) + "]"));
                values.add(new Hostile("odd-unicode", "array with NUL", null, "[\"\\u0000\"]"));
            }
            default -> {   // object
                values.add(new Hostile("wrong-type", "string", null, "\"a\""));
                values.add(new Hostile("wrong-type", "array", null, "[]"));
                values.add(new Hostile("wrong-type", "number", null, "1"));
                values.add(new Hostile("wrong-type", "empty object", null, "{}"));
            }
        }
        return values;
    }

    private void collectFields(JsonNode value, JsonNode schema, List<Object> path, List<Field> out, int depth) {
        if (depth > 6) {
            return;
        }
        JsonNode resolved = resolve(schema);
        if ((value != null && value.isObject()) || (value == null && "object".equals(type(resolved)))) {
            Set<String> names = new LinkedHashSet<>();
            if (value != null) {
                value.fieldNames().forEachRemaining(names::add);
            }
            resolved.path("properties").fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = value == null ? null : value.get(name);
                JsonNode childSchema = resolved.path("properties").path(name);
                List<Object> childPath = new ArrayList<>(path);
                childPath.add(name);
                boolean present = child != null;
                out.add(new Field(childPath, present ? typeOf(child, childSchema) : type(resolve(childSchema)), present));
                if (present && (child.isObject() || child.isArray())) {
                    collectFields(child, childSchema, childPath, out, depth + 1);
                }
            }
        } else if (value != null && value.isArray() && !value.isEmpty()) {
            JsonNode items = resolved.path("items");
            List<Object> childPath = new ArrayList<>(path);
            childPath.add(0);
            JsonNode child = value.get(0);
            out.add(new Field(childPath, typeOf(child, items), true));
            if (child.isObject() || child.isArray()) {
                collectFields(child, items, childPath, out, depth + 1);
            }
        }
    }

    private String typeOf(JsonNode value, JsonNode schema) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isObject()) {
            return "object";
        }
        return type(resolve(schema));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? NODES.missingNode() : schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            JsonNode target = contract.at(ref.substring(1));
            if (target.isMissingNode()) {
                break;
            }
            current = target;
        }
        return current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return "string";
    }

    private static List<List<Object>> objectPaths(JsonNode node, List<Object> path) {
        List<List<Object>> out = new ArrayList<>();
        if (node.isObject()) {
            out.add(path);
            node.fields().forEachRemaining(e -> {
                List<Object> child = new ArrayList<>(path);
                child.add(e.getKey());
                out.addAll(objectPaths(e.getValue(), child));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> child = new ArrayList<>(path);
            child.add(0);
            out.addAll(objectPaths(node.get(0), child));
        }
        return out;
    }

    private JsonNode fresh(Operation op, JsonNode example) {
        JsonNode copy = example.deepCopy();
        if (copy instanceof ObjectNode object) {
            freshBody.accept(op, object);
        }
        return copy;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            array.set(index, value);
        }
    }

    private static void remove(JsonNode root, List<Object> path) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            array.remove(index.intValue());
        }
    }

    private static String name(List<Object> path) {
        if (path.isEmpty()) {
            return "body";
        }
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    // ------------------------------------------------------------------------------------------------ requests

    /** A text sent at a path of the body, which an answer showing the same path must show unchanged. */
    private record Echo(List<Object> path, String text) {
    }

    private void sendJson(RawHttp http, Operation op, String kind, String label, JsonNode body) throws IOException {
        send(http, op, kind, label, pathOf(op, null, null), queryOf(op, null, null), Map.of(), "application/json",
                JSON.writeValueAsBytes(body));
    }

    private void send(RawHttp http, Operation op, String kind, String label, String path, String query,
                      Map<String, String> headers, String contentType, byte[] body) throws IOException {
        send(http, op, kind, label, path, query, headers, contentType, body, null);
    }

    private void send(RawHttp http, Operation op, String kind, String label, String path, String query,
                      Map<String, String> headers, String contentType, byte[] body, Echo echo) throws IOException {
        variantsByKind.merge(kind, 1, Integer::sum);
        RawHttp.Response response = exchange(http, op, label, path, query, headers, contentType, body, token);
        // where the token is optional a service need not read it (the catalogue does not), so only where it is required
        if (response != null && headers.containsKey("Authorization") && needsToken(op) && response.status() != 401) {
            failure(op, label + " (a garbage token must be 401)", path, query, response);
        }
        if (response != null && echo != null && response.status() / 100 == 2) {
            checkEcho(op, label, path, query, echo, response);
        }
    }

    private boolean needsToken(Operation op) {
        return op.secured() && !op.openToAnonymous();
    }

    private void checkEcho(Operation op, String label, String path, String query, Echo echo, RawHttp.Response response) {
        String contentType = response.header("content-type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            return;
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            failure(op, label + " (2xx answer is not JSON)", path, query, response);
            return;
        }
        JsonNode shown = at(answer, echo.path());
        if (shown != null && shown.isTextual() && !shown.textValue().equals(echo.text())) {
            failures.add(new Failure(op.id(), op.method() + " " + abbreviate(path), label + " (accepted, but changed)",
                    response.status(), contentType, "sent " + abbreviate(echo.text()) + ", answer shows "
                    + abbreviate(shown.textValue())));
        }
    }

    private void anonymous(RawHttp http, Operation op, String label, String path, String query, Map<String, String> headers,
                           String contentType, byte[] body) throws IOException {
        anonymousRequests++;
        RawHttp.Response response = exchange(http, op, "anonymous, " + label, path, query, headers, contentType, body, null);
        if (response != null && needsToken(op) && response.status() != 401) {
            failure(op, "anonymous, " + label + " (must be 401)", path, query, response);
        }
    }

    /** Sends one request and checks the answer against the conventions; null when there was no answer. */
    private RawHttp.Response exchange(RawHttp http, Operation op, String label, String path, String query,
                                      Map<String, String> headers, String contentType, byte[] body, String bearer) {
        String target = query.isEmpty() ? path : path + "?" + query;
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept", "*/*");
        if (bearer != null) {
            all.put("Authorization", "Bearer " + bearer);
        }
        if (contentType != null && body != null) {
            all.put("Content-Type", contentType);
        }
        all.putAll(headers);
        byte[] sent = body != null ? body : op.method().equals("POST") || op.method().equals("PUT") ? new byte[0] : null;
        RawHttp.Response response;
        try {
            response = http.send(op.method(), target, all, sent);
        } catch (IOException e) {
            failures.add(new Failure(op.id(), op.method() + " " + abbreviate(target), label, -1, "",
                    "no answer: " + e.getMessage()));
            return null;
        }
        check(op, label, target, response);
        return response;
    }

    private void failure(Operation op, String label, String path, String query, RawHttp.Response response) {
        String target = query.isEmpty() ? path : path + "?" + query;
        String text = new String(response.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        failures.add(new Failure(op.id(), op.method() + " " + abbreviate(target), label, response.status(),
                String.valueOf(response.header("content-type")), text.substring(0, Math.min(text.length(), EXCERPT))));
    }

    private void check(Operation op, String label, String target, RawHttp.Response response) {
        int status = response.status();
        answersByClass.merge(status / 100 + "xx", 1, Integer::sum);
        String contentType = response.header("content-type");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        String problem = null;
        if (!isUri(target)) {
            // Vert.x refuses a request target that is not a URI (RFC 3986: %ZZ, a lone %) before any route could
            // answer; HttpLayerProblems answers it as problem+json from the router's error handler
            invalidUris++;
            if (status != 400) {
                problem = "a target that is not a URI must be 400";
            } else if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                problem = "not problem+json";
            }
        } else if (status >= 500) {
            problem = "5xx";
        } else if (status >= 400 && !op.method().equals("HEAD")
                && (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json"))) {
            problem = "not problem+json";
        } else if (status >= 400 && LEAK.matcher(text).find()) {
            problem = "leaks internals";
        } else if (status >= 400 && !op.method().equals("HEAD")) {
            problem = missingProblemFields(status, text);
        }
        if (problem == null && !op.method().equals("HEAD") && isUri(target)) {
            // the answer, success or problem, must be one the contract describes
            // the path as the server resolves it: a ".." segment names another resource
            String violations = ContractValidation.violations(op.method(), URI.create(target).normalize().getRawPath(), status,
                    contentType, response.body());
            problem = violations.isEmpty() ? null : "not as the contract describes: " + violations;
        }
        if (problem != null) {
            String excerpt = text.replaceAll("\\s+", " ");
            var leak = LEAK.matcher(excerpt);
            int from = problem.equals("leaks internals") && leak.find() ? Math.max(0, leak.start() - 80) : 0;
            excerpt = excerpt.substring(from, Math.min(excerpt.length(), from + EXCERPT));
            failures.add(new Failure(op.id(), op.method() + " " + abbreviate(target), label + " (" + problem + ")", status,
                    contentType == null ? "no Content-Type" : contentType, excerpt));
        }
    }

    private static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** What the body lacks of the Problem type (API-CONVENTIONS.md), or null when it is a complete problem. */
    private static String missingProblemFields(int status, String text) {
        JsonNode body;
        try {
            body = JSON.readTree(text);
        } catch (IOException e) {
            return "problem body is not JSON";
        }
        if (body == null || !body.isObject()) {
            return "problem body is not a JSON object";
        }
        List<String> missing = new ArrayList<>();
        for (String field : List.of("type", "title", "detail", "instance")) {
            if (!body.path(field).isTextual() || body.path(field).asText().isBlank()) {
                missing.add(field);
            }
        }
        if (body.path("status").asInt(-1) != status) {
            missing.add("status equal to the HTTP status");
        }
        return missing.isEmpty() ? null : "problem lacks " + String.join(", ", missing);
    }

    private static String abbreviate(String target) {
        return target.length() <= 160 ? target : target.substring(0, 150) + "…(" + target.length() + " chars)";
    }

    private String pathOf(Operation op, String hostileParam, String hostileValue) {
        String path = op.path();
        for (Param param : op.params()) {
            if (!param.in().equals("path")) {
                continue;
            }
            String value = param.name().equals(hostileParam) ? hostileValue : encode(pathValues.apply(op, param.name()));
            path = path.replace("{" + param.name() + "}", value);
        }
        return path;
    }

    private String queryOf(Operation op, String hostileParam, String hostileValue) {
        List<String> pairs = new ArrayList<>();
        for (Param param : op.params()) {
            if (!param.in().equals("query")) {
                continue;
            }
            if (param.name().equals(hostileParam)) {
                pairs.add(encode(param.name()) + "=" + hostileValue);
            } else if (queryValues.containsKey(param.name())) {
                pairs.add(encode(param.name()) + "=" + encode(queryValues.get(param.name())));
            } else if (param.required()) {
                pairs.add(encode(param.name()) + "=" + (param.type().equals("integer") ? "1" : "x"));
            }
        }
        return String.join("&", pairs);
    }

    private byte[] exampleBody(Operation op, String mediaType) {
        String text = op.bodies().get(mediaType);
        for (var replacement : exampleReplacements.entrySet()) {
            text = text.replace(replacement.getKey(), replacement.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ the contract

    private static List<Operation> readOperations(JsonNode contract) throws JsonProcessingException {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = ops.next();
                if (entry.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<Param> params = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                op.path("parameters").forEach(declared::add);
                for (JsonNode p : declared) {
                    JsonNode schema = p.path("schema");
                    String type = schema.has("$ref") ? "string" : type(schema);
                    params.add(new Param(p.path("name").asText(), p.path("in").asText(), type,
                            p.path("required").asBoolean(false)));
                }
                Map<String, String> bodies = new LinkedHashMap<>();
                Map<String, JsonNode> schemas = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> media = op.path("requestBody").path("content").fields(); media.hasNext(); ) {
                    Map.Entry<String, JsonNode> content = media.next();
                    JsonNode example = content.getValue().path("example");
                    if (example.isMissingNode()) {
                        Iterator<JsonNode> examples = content.getValue().path("examples").elements();
                        example = examples.hasNext() ? examples.next().path("value") : schemaExample(contract, content.getValue());
                    }
                    bodies.put(content.getKey(), example.isTextual() && !content.getKey().contains("json")
                            ? example.asText() : JSON.writeValueAsString(example));
                    schemas.put(content.getKey(), content.getValue().path("schema"));
                }
                // the contract names a security requirement on exactly the operations that need a token
                boolean secured = op.path("security").size() > 0;
                // an empty requirement beside the bearer one makes the token optional (a published report is public):
                // an anonymous request need not be 401, though a garbage token still is
                boolean openToAnonymous = false;
                for (JsonNode requirement : op.path("security")) {
                    openToAnonymous |= requirement.isEmpty();
                }
                operations.add(new Operation(op.path("operationId").asText(), entry.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(), List.copyOf(params), bodies, schemas, secured, openToAnonymous));
            }
        }
        return operations;
    }

    /** The first example of the schema a body refers to (where the contracts keep request examples), or {}. */
    private static JsonNode schemaExample(JsonNode contract, JsonNode media) {
        String ref = media.path("schema").path("$ref").asText();
        String prefix = "#/components/schemas/";
        JsonNode examples = ref.startsWith(prefix)
                ? contract.path("components").path("schemas").path(ref.substring(prefix.length())).path("examples")
                : media.path("schema").path("examples");
        return examples.isArray() && !examples.isEmpty() ? examples.get(0) : NODES.objectNode();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Percent-encodes every byte outside RFC 3986's unreserved characters. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return out.toString();
    }

    private static String jsonString(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body with a lead byte missing its continuation inside its first string, or appended at the end. */
    private static byte[] invalidUtf8(byte[] body) {
        for (int i = 0; i < body.length - 1; i++) {
            if (body[i] == ':' && body[i + 1] == '"') {
                byte[] copy = body.clone();
                copy[i + 2] = (byte) 0xC3;
                copy[i + 3 < copy.length ? i + 3 : i + 2] = (byte) 0x28;
                return copy;
            }
        }
        return concat(body, new byte[] {(byte) 0xFF, (byte) 0xFE});
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String replaceCell(String row, int index, String value) {
        List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
        int i = index < 0 ? cells.size() + index : index;
        if (i >= 0 && i < cells.size()) {
            cells.set(i, value);
        }
        return String.join(",", cells);
    }

    private static String replaceNumbers(String row, String value) {
        return java.util.Arrays.stream(row.split(",", -1))
                .map(cell -> cell.matches("-?\\d+(\\.\\d+)?") && !cell.matches("\\d{4}") ? value : cell)
                .collect(Collectors.joining(","));
    }

    /**
     * A minimal HTTP/1.1 client on a socket: it sends the request target and body byte for byte (java.net.http
     * refuses malformed URLs) and keeps the connection open between requests while the server does.
     */
    public static final class RawHttp implements Closeable {

        record Response(int status, Map<String, String> headers, byte[] body) {
            String header(String name) {
                return headers.get(name.toLowerCase(Locale.ROOT));
            }
        }

        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        RawHttp(String host, int port) {
            this.host = host;
            this.port = port;
        }

        Response send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
            boolean reused = socket != null;
            try {
                return exchange(method, target, headers, body);
            } catch (IOException e) {
                close();
                if (!reused) {
                    throw e;
                }
            }
            // the server had closed the kept-alive connection: once more on a new one
            try {
                return exchange(method, target, headers, body);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private Response exchange(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
            open();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // the server may have answered (413, 414…) and closed before reading everything: read that answer
                try {
                    return read(method);
                } catch (IOException notAnswered) {
                    throw e;
                }
            }
            return read(method);
        }

        private void open() throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.connect(new InetSocketAddress(host, port), 5_000);
                socket.setSoTimeout(60_000);
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream());
                out = socket.getOutputStream();
            }
        }

        private Response read(String method) throws IOException {
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed without an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            if (status == 100) {
                return read(method);
            }
            byte[] body;
            boolean untilClose = false;
            if (method.equals("HEAD") || status == 204 || status == 304) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                while (true) {
                    String size = line();
                    int length = Integer.parseInt(size.split(";")[0].trim(), 16);
                    if (length == 0) {
                        for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                            // ignore trailers
                        }
                        break;
                    }
                    buffer.write(in.readNBytes(length));
                    line();
                }
                body = buffer.toByteArray();
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                body = in.readAllBytes();
                untilClose = true;
            }
            if (untilClose || "close".equalsIgnoreCase(headers.get("connection"))) {
                close();
            }
            return new Response(status, headers, body);
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    break;
                }
                if (c != '\r') {
                    line.write(c);
                }
            }
            if (c == -1 && line.size() == 0) {
                return null;
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
