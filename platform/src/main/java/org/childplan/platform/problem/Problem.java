package org.childplan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.childplan.platform.error.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, with the detail in English and in Chinese. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json). 错误响应。")
public record Problem(
        @Schema(description = "URI identifying the problem type", examples = "urn:childplan:problem:not-found") String type,
        @Schema(description = "Short English summary of the problem type", examples = "Resource not found") String title,
        @Schema(description = "HTTP status code", examples = "404") int status,
        @Schema(description = "What went wrong, in English", examples = "Indicator 'HEALTH-9z' does not exist") String detail,
        @Schema(description = "What went wrong, in Chinese", examples = "指标“HEALTH-9z”不存在") String detailZh,
        @Schema(description = "The request path", examples = "/api/v1/plans/CN-430482-CHILDREN-2021-2025/indicators/HEALTH-9z") String instance,
        @Schema(description = "Correlation id of the request, also in the X-Request-Id response header") String requestId,
        @Schema(nullable = true, description = "Every invalid field (and, for batches, row)") List<FieldError> errors) {
}
