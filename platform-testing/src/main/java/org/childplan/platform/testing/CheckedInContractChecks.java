package org.childplan.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract checked in at src/main/openapi/openapi.yaml is what the service serves. Each service runs these checks
 * from its own {@code rest/OpenApiContractTest}, a {@code @QuarkusTest} subclass. When a change to the API is
 * deliberate, regenerate the file with {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} and
 * review the diff.
 */
public abstract class CheckedInContractChecks {

    @org.junit.jupiter.api.AfterAll
    public static void forgetToken() {
        Tokens.anonymous();
    }

    @org.junit.jupiter.api.BeforeAll
    public static void actAsAdmin() {
        Tokens.actAs("admin");
    }

    private static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    public void servedContractMatchesTheCheckedInOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        Files.writeString(Path.of("target/openapi-served.yaml"), served, StandardCharsets.UTF_8);
        assertThat(CONTRACT).as("checked-in contract").exists();
        JsonNode expected = YAML.readTree(CONTRACT.toFile());
        JsonNode actual = YAML.readTree(served);
        List<String> differences = new ArrayList<>();
        diff("", expected, actual, differences);
        assertThat(differences)
                .as("the served contract (target/openapi-served.yaml) differs from %s; if the change is deliberate, "
                        + "run ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true", CONTRACT)
                .isEmpty();
    }

    @Test
    public void everyOperationHasAnIdATagASummaryAndProblemResponses() throws IOException {
        JsonNode contract = YAML.readTree(CONTRACT.toFile());
        assertThat(contract.path("openapi").asText()).startsWith("3.1");
        List<String> missing = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.path("operationId").asText().isEmpty()) {
                missing.add(where + ": operationId");
            }
            if (operation.path("tags").isEmpty()) {
                missing.add(where + ": tags");
            }
            if (operation.path("summary").asText().isEmpty()) {
                missing.add(where + ": summary");
            }
            if (!operation.path("responses").path("400").path("content").has("application/problem+json")) {
                missing.add(where + ": 400 problem response");
            }
            if (operation.has("requestBody") && !hasExample(contract, operation.path("requestBody").path("content"))) {
                missing.add(where + ": request body example");
            }
        }));
        assertThat(missing).isEmpty();
    }

    /** An example of the body on its media type,
    or on the schema the media type refers to (where the contract keeps them). */
    private static boolean hasExample(JsonNode contract, JsonNode content) {
        for (JsonNode media : content) {
            if (media.has("example") || media.has("examples")) {
                return true;
            }
            String ref = media.path("schema").path("$ref").asText();
            if (ref.startsWith("#/components/schemas/")
                    && contract.path("components").path("schemas").path(ref.substring("#/components/schemas/".length())).has("examples")) {
                return true;
            }
        }
        return false;
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                var e = it.next();
                String child = at + "/" + e.getKey();
                if (!actual.has(e.getKey())) {
                    out.add("removed " + child);
                } else {
                    diff(child, e.getValue(), actual.get(e.getKey()), out);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add("added " + at + "/" + name);
                }
            });
        } else if (!expected.equals(actual)) {
            out.add("changed " + at);
        }
    }
}
