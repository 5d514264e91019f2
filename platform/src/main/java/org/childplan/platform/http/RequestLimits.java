package org.childplan.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.json.JsonStrictness;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses path and query parameters PostgreSQL could not compare or store (a NUL character) with a 400 naming the
 * parameter. (Bodies are bounded by {@link BodyLimits}.)
 */
public class RequestLimits {

    /** Runs once the path is matched, so it can name the path parameter; before any of them reaches a query. */
    @ServerRequestFilter
    public void storableParameters(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> path;
        MultivaluedMap<String, String> query;
        try {
            path = request.getUriInfo().getPathParameters(true);
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw InputValidationException.single("uri", "has malformed percent-encoding", "URI 中的百分号编码格式不正确");
        }
        check(path, errors);
        check(query, errors);
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = value == null ? null : JsonStrictness.unstorable(value);
                if (problem != null) {
                    errors.add(FieldError.of(parameter.getKey(), problem, "含有无法处理的字符（如 NUL 字符或无效的 Unicode）"));
                    break;
                }
            }
        }
    }
}
