package org.childplan.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every response a rest-assured test receives is checked against the service's checked-in contract
 * (src/main/openapi/openapi.yaml) by Vert.x's OpenAPI 3.1 validator (vertx-openapi); a response the contract does not
 * describe fails the test that received it. Only responses are checked: tests send invalid requests on purpose.
 */
public final class ContractValidation implements OrderedFilter {

    private static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");
    private static final String APPLICATION_JSON = "application/json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContractValidation INSTANCE = Files.exists(CONTRACT) ? new ContractValidation() : null;

    private final OpenAPIContract contract;
    private final ResponseValidator validator;

    private ContractValidation() {
        // a Vert.x of its own, apart from the service's, only to run the validator
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        this.contract = await(OpenAPIContract.from(vertx, jsonBodiesOnly(CONTRACT)).toCompletionStage().toCompletableFuture());
        this.validator = ResponseValidator.create(vertx, contract);
    }

    /** Adds the check to rest-assured's default filters, once; a module without a contract has nothing to check. */
    public static void install() {
        if (INSTANCE != null && !RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    /**
     * The contract's verdict on one answer: empty when the contract describes it, otherwise what is wrong. Answers to
     * requests the contract has no operation for (an unknown path or method) are not the contract's to judge.
     */
    public static String violations(String method, String path, int status, String contentType, byte[] body) {
        if (INSTANCE == null) {
            return "";
        }
        Operation operation = INSTANCE.contract.findOperation(path, HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        if (operation == null) {
            return "";
        }
        if (operation.getResponse(status) == null && operation.getDefaultResponse() == null) {
            return "HTTP " + status + " is not among the answers the contract lists for " + operation.getOperationId();
        }
        if (contentType != null && !isJson(contentType)) {
            // CSV, XLSX, PDF, HTML: the validator reads JSON only, so for these the listed status is what is checked
            return "";
        }
        boolean withBody = body != null && body.length > 0;
        ValidatableResponse response = withBody
                ? ValidatableResponse.create(status, Buffer.buffer(body), APPLICATION_JSON)
                : ValidatableResponse.create(status);
        try {
            await(INSTANCE.validator.validate(response, operation.getOperationId()).toCompletionStage().toCompletableFuture());
            return "";
        } catch (IllegalStateException e) {
            return operation.getOperationId() + ": " + e.getCause().getMessage();
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        String contentType = response.getContentType();
        String violations = violations(request.getMethod(), path, response.getStatusCode(),
                contentType == null || contentType.isEmpty() ? null : contentType, response.asByteArray());
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + path + " (HTTP "
                    + response.getStatusCode() + ", " + contentType + ") is not what the contract describes: " + violations
                    + "\n" + abbreviate(response.asString()));
        }
        return response;
    }

    @Override
    public int getOrder() {
        // after every other filter, so it sees the answer as the test does
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    /**
     * The contract as the validator can read it. vertx-openapi validates JSON bodies only, and refuses a contract that
     * lists another media type: JSON dialects (problem+json, schema+json) are listed as application/json, the other
     * representations (CSV, XLSX, PDF, HTML, YAML) keep their status but lose their content, and request bodies go,
     * since requests are not checked.
     */
    static JsonObject jsonBodiesOnly(Path contract) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(contract.toFile());
            for (JsonNode pathItem : root.path("paths")) {
                for (JsonNode operation : pathItem) {
                    if (operation instanceof ObjectNode op) {
                        op.remove("requestBody");
                        for (JsonNode response : op.path("responses")) {
                            if (response instanceof ObjectNode r && r.get("content") instanceof ObjectNode content) {
                                ObjectNode json = jsonContentOf(content);
                                if (json.isEmpty()) {
                                    r.remove("content");
                                } else {
                                    r.set("content", json);
                                }
                            }
                        }
                    }
                }
            }
            return new JsonObject(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new IllegalStateException("the contract " + contract + " can not be read", e);
        }
    }

    private static ObjectNode jsonContentOf(ObjectNode content) {
        ObjectNode json = JSON.createObjectNode();
        content.fields().forEachRemaining(media -> {
            if (isJson(media.getKey()) && !json.has(APPLICATION_JSON)) {
                json.set(APPLICATION_JSON, media.getValue());
            }
        });
        return json;
    }

    private static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith(APPLICATION_JSON) || type.matches("application/[a-z0-9.+-]*\\+json.*");
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the contract validator did not answer in 30 s", e);
        }
    }
}
