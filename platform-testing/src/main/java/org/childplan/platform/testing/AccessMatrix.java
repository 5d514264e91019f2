package org.childplan.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calls every operation of the service's checked-in contract as every role (and anonymously), and reports where
 * the answer disagrees with the expected access: 401 without a token, 403 with a token lacking the role, and
 * anything else (the operation ran, or failed on the dummy input) when the role is allowed.
 */
public final class AccessMatrix {

    public static final String ANONYMOUS = "anonymous";
    public static final List<String> ROLES = List.of(ANONYMOUS, "admin", "statistics", "reporter", "evaluator", "leadership", "viewer");
    /** Everyone, including callers without a token. */
    public static final Set<String> EVERYONE = Set.copyOf(ROLES);
    /** Every authenticated role. */
    public static final Set<String> AUTHENTICATED = Set.of("admin", "statistics", "reporter", "evaluator", "leadership", "viewer");

    private AccessMatrix() {
    }

    /** An operation of the contract. */
    public record Operation(String id, String method, String path) {
    }

    public static List<Operation> operations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/main/openapi/openapi.yaml").toFile());
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                operations.add(new Operation(op.getValue().path("operationId").asText(), op.getKey().toUpperCase(), path.getKey()))));
        return operations;
    }

    /**
     * Every disagreement between expected and actual access, as readable lines; empty when all agree.
     * {@code pathValues} fills path parameters; operations missing from {@code allowed} are reported too.
     */
    public static List<String> check(Map<String, Set<String>> allowed, Map<String, String> pathValues, String reporterAgency)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (Operation op : operations()) {
            Set<String> expected = allowed.get(op.id());
            if (expected == null) {
                unknown.add(op.id());
                continue;
            }
            String path = op.path();
            for (var value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            for (String role : ROLES) {
                RequestSpecification request = given().contentType("application/json").accept("*/*");
                if (!role.equals(ANONYMOUS)) {
                    request.header("Authorization", "Bearer " + Tokens.of(role, role.equals("reporter") ? reporterAgency : null));
                }
                if (op.method().equals("POST") || op.method().equals("PUT")) {
                    request.body("{}");
                }
                int status = request.request(op.method(), path).then().extract().statusCode();
                boolean refused = status == 401 || status == 403;
                int refusal = role.equals(ANONYMOUS) ? 401 : 403;
                if (expected.contains(role) && refused) {
                    problems.add(op.id() + " as " + role + ": expected to be allowed, got " + status);
                } else if (!expected.contains(role) && status != refusal) {
                    problems.add(op.id() + " as " + role + ": expected " + refusal + ", got " + status);
                }
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("operations without expected access (add them to the test): " + unknown);
        }
        return problems;
    }
}
