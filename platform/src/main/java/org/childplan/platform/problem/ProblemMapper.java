package org.childplan.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.CharacterCodingException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.PayloadTooLargeException;
import org.childplan.platform.error.ProblemException;
import org.childplan.platform.http.BodyTooLargeException;
import org.childplan.platform.http.RequestIds;
import org.childplan.platform.http.ResourcePaths;
import org.childplan.platform.json.JsonStrictness;
import org.childplan.platform.security.IssuedAtCheck;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem+json answer: the service's own problems, invalid JSON,
 * bean-validation violations, the framework's own 404/405/406/415, and, as a last resort, a generic 500
 * that never shows the exception to the client.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:childplan:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        Response.ResponseBuilder response = build(status(e.kind()), e.type(), e.title(), e.getMessage(), e.detailZh(),
                e.errors(), request);
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())));
        return response.build();
    }

    static int status(ProblemException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case ACCESS_DENIED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE_REVISION -> 412;
            case PRECONDITION_REQUIRED -> 428;
            case TOO_LARGE -> 413;
            case KEY_REUSED -> 422;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    /**
     * 400 for a body that is not the JSON the operation reads. The answer speaks the API's terms (the field, and what it
     * should have been); Jackson's own messages name Java classes and settings, so they are never passed on.
     */
    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e, ContainerRequestContext request) {
        List<FieldError> errors = List.of();
        String detail;
        String detailZh;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            detail = "Unknown property '" + unknown.getPropertyName() + "'; it is not part of this request";
            detailZh = "请求中包含未定义的字段“" + unknown.getPropertyName() + "”";
            errors = List.of(FieldError.of(field, "unknown property", "未定义的字段"));
        } else if (e instanceof JsonStrictness.UnstorableTextException unstorable) {
            String field = path(unstorable);
            detail = "Field '" + field + "': " + unstorable.getOriginalMessage();
            detailZh = "字段“" + field + "”中含有无法保存的字符（如 NUL 字符或无效的 Unicode）";
            errors = List.of(FieldError.of(field, unstorable.getOriginalMessage(), "含有无法保存的字符（如 NUL 字符或无效的 Unicode）"));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String[] expected = JsonStrictness.expected(mapping);
            detail = "Field '" + field + "' has the wrong type or format: it must be " + expected[0];
            detailZh = "字段“" + field + "”的类型或格式不正确，必须是" + expected[1];
            errors = List.of(FieldError.of(field, "must be " + expected[0], "必须是" + expected[1]));
        } else if (causes(e, StreamConstraintsException.class)) {
            detail = "The JSON exceeds a limit on nesting depth or on the length of a number, a name or a text";
            detailZh = "JSON 的嵌套层数或数字、名称、文本的长度超出限制";
        } else if (e instanceof MismatchedInputException mismatch) {
            // the document as a whole: trailing content, nothing at all, or the wrong kind of value
            String message = String.valueOf(mismatch.getOriginalMessage());
            if (message.startsWith("Trailing token")) {
                detail = "The body has content after the JSON document";
                detailZh = "请求体在 JSON 文档之后还有多余内容";
            } else if (message.startsWith("No content")) {
                detail = "The body is empty; this operation needs a JSON document";
                detailZh = "请求体为空，此操作需要 JSON 文档";
            } else {
                String[] expected = JsonStrictness.expected(mismatch);
                detail = "The body must be " + expected[0];
                detailZh = "请求体必须是" + expected[1];
            }
        } else if (e instanceof InputCoercionException) {
            detail = "The body has a number out of the range it allows";
            detailZh = "请求体中的数字超出允许的范围";
        } else if (e instanceof StreamReadException || e instanceof JsonParseException) {
            JsonLocation at = e.getLocation();
            detail = "The body is not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
                    : " (syntax error at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
            detailZh = "请求体不是有效的 JSON";
        } else {
            detail = "The body could not be read as JSON";
            detailZh = "请求体无法按 JSON 解析";
        }
        return build(400, "malformed-request", "Malformed request", detail, detailZh, errors, request).build();
    }

    private static boolean causes(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Quarkus has its own mapper for this subtype, which would otherwise answer without a problem body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request) {
        return invalidJson(e, request);
    }

    /** 401: no token, or a token that fails verification (or was issued in the future: {@link IssuedAtCheck}). */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request) {
        if (causes(e, IssuedAtCheck.IssuedInTheFutureException.class)) {
            return build(401, "unauthenticated", "Authentication required",
                    "The token's issue time (iat) lies in the future; it is not valid yet (check the issuer's clock)",
                    "访问令牌的签发时间（iat）晚于当前时间，令牌尚未生效（请检查签发方的时钟）",
                    List.of(), request).header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
        }
        return build(401, "unauthenticated", "Authentication required",
                "Send a valid bearer token (Authorization: Bearer <JWT>)", "请提供有效的访问令牌（Authorization: Bearer <JWT>）",
                List.of(), request).header("WWW-Authenticate", "Bearer").build();
    }

    /** 403: a valid token without the role this operation needs. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, ContainerRequestContext request) {
        return build(403, "forbidden", "Forbidden", "Your roles do not allow this operation", "您的角色无权执行此操作",
                List.of(), request).build();
    }

    /** 413: a body sent without a Content-Length that went on past the limit (BodyLimits refuses declared ones). */
    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException e, ContainerRequestContext request) {
        return problem(PayloadTooLargeException.body(e.limitBytes()), request);
    }

    @ServerExceptionMapper
    public Response invalidEncoding(CharacterCodingException e, ContainerRequestContext request) {
        return build(400, "malformed-request", "Malformed request", "The body is not valid UTF-8",
                "请求体不是有效的 UTF-8 编码", List.of(), request).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(Violations::fieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return build(400, "validation-failed", "Validation failed",
                errors.size() + " field(s) are invalid; see errors",
                "有" + errors.size() + "处输入不符合要求，详见 errors", errors, request).build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json, request);
        }
        if (status == 404 && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers 404 when it can not convert a path or query parameter; to the client that is bad input.
            return build(400, "malformed-request", "Malformed request",
                    "A path or query parameter has a value of the wrong type",
                    "路径或查询参数的取值类型不正确", List.of(), request).build();
        }
        if (status == 404 && e.getCause() == null) {
            // a resource lives here, just not for this method (Quarkus REST can say 404 for that): 405 with Allow
            Set<String> allowed = ResourcePaths.allowed(path(request));
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                String[] notAllowed = FRAMEWORK_PROBLEMS.get(405);
                return build(405, notAllowed[0], notAllowed[1], notAllowed[2], notAllowed[3], List.of(), request)
                        .header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
            }
        }
        var known = FRAMEWORK_PROBLEMS.get(status);
        String type = known == null ? "http-" + status : known[0];
        String title = known == null ? Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase() : known[1];
        String detail = known == null ? title : known[2];
        String detailZh = known == null ? "请求无法处理（HTTP " + status + "）" : known[3];
        Response.ResponseBuilder response = build(status, type, title, detail, detailZh, List.of(), request);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) == null) {
            // RFC 9110 requires Allow on a 405; Quarkus REST does not always send it
            Set<String> allowed = ResourcePaths.allowed(path(request));
            if (!allowed.isEmpty()) {
                response.header(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
        return response.build();
    }

    /**
     * 409: another writer changed the row between this request's read and its write, and the version column refused
     * the write. Use cases lock what they change first (IdentifiedEntity.lockForChange), so that the second writer is
     * told 412 or 409 by its own checks; this is the answer for a path that does not, never a 500.
     */
    @ServerExceptionMapper
    public Response concurrentChange(jakarta.persistence.OptimisticLockException e, ContainerRequestContext request) {
        LOG.warnf("Concurrent change refused by the version column for %s: %s", path(request), e.getMessage());
        return build(409, "concurrent-change", "Changed meanwhile",
                "Someone else changed this resource while your request was being processed; read it again and reapply"
                        + " your change", "该资源在处理您的请求期间已被他人修改，请重新读取后再提交", List.of(), request).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (causes(e, jakarta.persistence.OptimisticLockException.class) || causes(e, org.hibernate.StaleStateException.class)) {
            // the same, when the version clash surfaces at commit, wrapped by the transaction manager
            return concurrentChange(new jakarta.persistence.OptimisticLockException(e), request);
        }
        String requestId = RequestIds.of(request);
        LOG.errorf(e, "Unexpected failure of request %s %s", requestId, path(request));
        return build(500, "internal-error", "Internal error",
                "The request failed unexpectedly; quote request id " + requestId + " when reporting it",
                "服务内部错误，请在反馈时提供请求编号 " + requestId, List.of(), request).build();
    }

    private static final Map<Integer, String[]> FRAMEWORK_PROBLEMS = Map.of(
            400, new String[] {"malformed-request", "Malformed request", "The request is malformed", "请求格式不正确"},
            404, new String[] {"not-found", "Resource not found", "No resource exists at this path", "该路径下没有对应的资源"},
            405, new String[] {"method-not-allowed", "Method not allowed", "This resource does not support this HTTP method", "该资源不支持此 HTTP 方法"},
            406, new String[] {"not-acceptable", "Not acceptable", "None of the media types in Accept can be produced", "无法按 Accept 请求头要求的格式返回"},
            413, new String[] {"payload-too-large", "Payload too large", "The request body is too large", "请求体过大"},
            415, new String[] {"unsupported-media-type", "Unsupported media type", "The Content-Type of the body is not supported here", "不支持该请求体格式（Content-Type）"});

    static Response.ResponseBuilder build(int status, String type, String title, String detail, String detailZh,
                                          List<FieldError> errors, ContainerRequestContext request) {
        Problem problem = new Problem(TYPE_PREFIX + type, title, status, detail, detailZh,
                path(request), RequestIds.of(request),
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(PROBLEM_JSON).entity(problem);
    }

    private static String path(ContainerRequestContext request) {
        return request == null ? null : request.getUriInfo().getRequestUri().getRawPath();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
