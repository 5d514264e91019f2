package org.childplan.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childplan.platform.testing.ServiceLauncher.Service;

/**
 * The operations of the three checked-in contracts, and the requests a journey sent: which operations it touched,
 * and any request that matches no operation or got a status its operation does not declare.
 */
final class ContractOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    record Operation(Service service, String method, String path, String operationId, Set<String> statuses,
                     Pattern pattern, int parameters) {

        @Override
        public String toString() {
            return service + " " + method + " " + path + " (" + operationId + ")";
        }
    }

    private final List<Operation> operations = new ArrayList<>();
    private final Set<Operation> touched = new LinkedHashSet<>();
    private final List<String> unexpected = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    ContractOperations(Path root) throws IOException {
        var yaml = new ObjectMapper(new YAMLFactory());
        for (Service service : Service.values()) {
            JsonNode paths = yaml.readTree(service.contract(root).toFile()).path("paths");
            for (var path : paths.properties()) {
                for (var operation : path.getValue().properties()) {
                    if (!METHODS.contains(operation.getKey())) {
                        continue;
                    }
                    Set<String> statuses = new LinkedHashSet<>();
                    operation.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
                    // a path parameter is one percent-encoded segment
                    String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                    operations.add(new Operation(service, operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            operation.getValue().path("operationId").asText("?"), statuses, Pattern.compile(regex),
                            path.getKey().split("\\{", -1).length - 1));
                }
            }
        }
        // a literal segment wins over a parameter: /agencies/lookup is lookupAgency, not getAgency
        operations.sort(Comparator.comparingInt(Operation::parameters));
    }

    /** Records one exchange; the response interceptor of every generated client calls this. */
    synchronized void record(Service service, String method, URI uri, int status, Optional<String> prismViolations) {
        String request = service + " " + method + " " + uri.getRawPath();
        Optional<Operation> operation = operations.stream()
                .filter(o -> o.service() == service && o.method().equals(method)
                        && o.pattern().matcher(uri.getRawPath()).matches())
                .findFirst();
        if (operation.isEmpty()) {
            unexpected.add(request + ": no operation of the contract matches");
            return;
        }
        touched.add(operation.get());
        String code = String.valueOf(status);
        if (!operation.get().statuses().contains(code) && !operation.get().statuses().contains(code.charAt(0) + "XX")
                && !operation.get().statuses().contains("default")) {
            unexpected.add(request + " answered " + status + ", which " + operation.get().operationId() + " does not declare "
                    + operation.get().statuses());
        }
        // Prism's proxy puts the violations it found in this header (and with --errors answers with an error instead)
        prismViolations.filter(header -> !header.isBlank())
                .ifPresent(header -> violations.add(request + " (" + operation.get().operationId() + "): " + header));
    }

    int total() {
        return operations.size();
    }

    synchronized int touchedCount() {
        return touched.size();
    }

    synchronized List<String> untouched() {
        return operations.stream().filter(o -> !touched.contains(o)).map(Operation::toString).sorted().toList();
    }

    synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    synchronized List<String> prismViolations() {
        return List.copyOf(violations);
    }
}
