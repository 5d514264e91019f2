package org.childplan.platform.openapi;

import java.util.Map;
import org.childplan.platform.problem.ProblemMapper;
import org.childplan.platform.startup.StartupWork;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The conventions every contract follows, applied once here rather than by annotations on every resource method:
 * each operation lists the problem+json errors it can give, the roles it needs, and paging envelopes are named after
 * their items; what each property promises (present or optional, a standalone reference) is {@link SchemaShapes}'
 * part.
 */
public class ContractConventions implements OASFilter {

    /** The extension a resource method carries to say it is served from a prepared representation. */
    public static final String PREPARED = "x-childplan-prepared";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final java.util.regex.Pattern PAGE_NAME = java.util.regex.Pattern.compile("PageView(\\w+?)View");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        // a service that reads from peers may answer any operation with 503 while one is down (PeerUnavailableException)
        boolean callsPeers = ConfigProvider.getConfig().getOptionalValue("childplan.health.peers", String.class)
                .filter(peers -> !peers.isBlank()).isPresent();
        // a service whose requests wait for its startup work may answer any of them 503 if that work takes too long
        boolean holdsRequests = ConfigProvider.getConfig().getOptionalValue(StartupWork.HOLDS_REQUESTS, Boolean.class)
                .orElse(false);
        String unavailable = callsPeers
                ? "A service this one depends on is unavailable; retry after Retry-After / 所依赖的服务暂不可用，请稍后重试"
                : "The service is still loading its seed data after its first start; retry after Retry-After"
                        + " / 服务首次启动后仍在载入初始数据，请稍后重试";
        renamePages(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean hasPathParameters = path.contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                PathItem.HttpMethod method = entry.getKey();
                Operation operation = entry.getValue();
                boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
                add(operation, "400", "Malformed request or invalid input; errors lists each invalid field / 请求格式或内容有误");
                if (hasPathParameters) {
                    add(operation, "404", "No resource with that code / 资源不存在");
                }
                if (write) {
                    add(operation, "409", "Duplicate, or not allowed in the current state / 与现有数据冲突");
                    add(operation, "413", "Body too large / 请求体过大");
                    add(operation, "415", "Unsupported Content-Type / 不支持的请求体格式");
                }
                if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE
                        || takesHeader(operation, "If-Match")) {
                    add(operation, "412", "If-Match names a stale ETag / 资源已被修改，请重新读取");
                }
                if (requiresHeader(operation, "If-Match")) {
                    add(operation, "428", "If-Match is missing; send the ETag from GET / 缺少 If-Match 请求头，请先读取 ETag");
                }
                if (takesHeader(operation, "Idempotency-Key")) {
                    add(operation, "422", "Idempotency-Key already used for a different request / 幂等键已用于另一个请求");
                }
                if (callsPeers || holdsRequests) {
                    add(operation, "503", unavailable);
                }
                add(operation, "406", "Cannot produce a media type the Accept header allows / 无法按 Accept 要求的格式返回");
                add(operation, "500", "Unexpected failure; quote the requestId / 服务内部错误");
                // the framework documents 401/403 for secured operations without a body; they are problems too
                if (operation.getResponses().hasAPIResponse("401")) {
                    add(operation, "401", "No valid bearer token / 未提供有效的访问令牌");
                }
                if (operation.getResponses().hasAPIResponse("403")) {
                    add(operation, "403", "The token's roles do not allow this / 角色无权执行此操作");
                }
                rolesIntoDescription(operation);
                if (prepared(operation)) {
                    conditionalRead(operation);
                }
                if (operation.getSecurity() == null && hasBearer(openAPI)) {
                    // a public operation (the catalogue, the list of published reports) serves anyone, and a caller
                    // that sends its token anyway is served too: authentication is optional, not absent
                    operation.setSecurity(java.util.List.of(OASFactory.createSecurityRequirement().addScheme("bearer"),
                            OASFactory.createSecurityRequirement()));
                }
            }
        });
        // last, so that the problem answers added above count among the responses
        SchemaShapes.apply(openAPI);
    }

    /**
     * Whether the operation carries {@link #PREPARED}, and removes it: SmallRye puts a method's extension on the
     * operation, on its responses, or on the responses object itself, depending on the other annotations the method
     * has; left on the responses object it reads as a response named {@code x-childplan-prepared}, which breaks
     * generators (openapi-typescript).
     */
    private static boolean prepared(Operation operation) {
        boolean prepared = false;
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(PREPARED)) {
            operation.removeExtension(PREPARED);
            prepared = true;
        }
        if (operation.getResponses() != null && operation.getResponses().getExtensions() != null
                && operation.getResponses().getExtensions().containsKey(PREPARED)) {
            operation.getResponses().removeExtension(PREPARED);
            prepared = true;
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                if (response.getExtensions() != null && response.getExtensions().containsKey(PREPARED)) {
                    response.removeExtension(PREPARED);
                    prepared = true;
                }
            }
        }
        return prepared;
    }

    private static void conditionalRead(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name("If-None-Match")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .description("ETags of representations the client holds (or *); when one is current the answer is 304"
                        + " without a body. Compared weakly (RFC 9110). 客户端已持有的版本标识，未变化时返回 304。")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        String etag = "Strong validator of the representation's bytes; send it as If-None-Match to revalidate";
        String cacheControl = "no-cache (private, no-cache when a token is needed): keep it, but revalidate before each use";
        String vary = "Accept-Encoding (and Accept where the media type is negotiated)";
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header(etag)).addHeader("Cache-Control", header(cacheControl)).addHeader("Vary", header(vary))
                    .addHeader("Content-Encoding", header("gzip when the request's Accept-Encoding allows it; absent for identity"));
        }
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match names the current representation / 内容未变化")
                .addHeader("ETag", header(etag)).addHeader("Cache-Control", header(cacheControl)).addHeader("Vary", header(vary)));
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /**
     * A bearer (HTTP) security requirement takes no scopes in OpenAPI, so the roles an operation needs move from the
     * requirement into its description, where readers and linters expect them.
     */
    private static void rolesIntoDescription(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        java.util.Set<String> roles = new java.util.TreeSet<>();
        java.util.List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> plain = new java.util.ArrayList<>();
        for (var requirement : operation.getSecurity()) {
            var cleared = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                cleared.addScheme(scheme, java.util.List.of());
            });
            plain.add(cleared);
        }
        operation.setSecurity(plain);
        if (!roles.isEmpty()) {
            String note = "Roles: " + String.join(", ", roles) + ". 需要角色：" + String.join("、", roles) + "。";
            operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + " " + note);
        }
    }

    private static boolean hasBearer(OpenAPI openAPI) {
        return openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null
                && openAPI.getComponents().getSecuritySchemes().containsKey("bearer");
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean requiresHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && name.equalsIgnoreCase(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Schema schema = OASFactory.createSchema().ref(PROBLEM_REF);
        MediaType media = OASFactory.createMediaType().schema(schema);
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing == null) {
            Content content = OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, media);
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
            // the framework documents some errors (e.g. 400 for bean validation) without a body
            existing.description(description).content(OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, media));
        }
    }

    /** Names each paging envelope after its items: PageViewIndicatorView becomes IndicatorPage. */
    private static void renamePages(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new java.util.HashMap<>();
        for (String name : java.util.List.copyOf(openAPI.getComponents().getSchemas().keySet())) {
            java.util.regex.Matcher m = PAGE_NAME.matcher(name);
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (m.matches()) {
                String itemRef = schema.getProperties().get("items").getItems().getRef();
                String itemName = itemRef.substring(itemRef.lastIndexOf('/') + 1);
                String newName = itemName + "Page";
                openAPI.getComponents().removeSchema(name);
                openAPI.getComponents().addSchema(newName, schema.description("One page of " + itemName + " items"));
                renamed.put("#/components/schemas/" + name, "#/components/schemas/" + newName);
            }
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().getMediaTypes().values().forEach(mt -> {
                            if (mt.getSchema() != null && renamed.containsKey(mt.getSchema().getRef())) {
                                mt.getSchema().setRef(renamed.get(mt.getSchema().getRef()));
                            }
                        });
                    }
                });
            }
        }));
    }
}
