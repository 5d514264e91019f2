package org.childplan.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.childplan.indicator.service.ImportReport;
import org.childplan.indicator.service.PlanDocumentValidator;
import org.childplan.indicator.service.PlanImporter;
import org.childplan.platform.http.IdempotentResponses;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.idempotency.IdempotencyService;
import org.childplan.platform.problem.Problem;
import org.childplan.platform.problem.ProblemMapper;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PermitAll
@Path("/api/v1")
@Tag(name = "Plan import", description = "Load a whole plan from a plan document, and the document's JSON Schema. 规划文件导入。")
public class PlanImportResource {

    private static final String EXAMPLE = """
            {"formatVersion": "1.0",
             "plan": {"code": "CN-430400-CHILDREN-2021-2025", "titleZh": "衡阳市儿童发展规划（2021—2025年）",
                      "jurisdictionCode": "430400", "jurisdictionZh": "衡阳市", "periodStart": 2021, "periodEnd": 2025,
                      "baselineYear": 2020},
             "domains": [{"code": "HEALTH", "ordinal": 1, "nameZh": "儿童与健康", "leadUnits": ["市卫生健康委"],
                          "responsibleUnits": ["市教育局"],
                          "goals": [{"number": 1, "textZh": "婴儿死亡率控制在5.0‰以下。"}],
                          "indicators": [{"code": "HEALTH-1a", "goalNumber": 1, "nameZh": "婴儿死亡率", "unit": "PER_MILLE",
                                          "targetType": "AT_MOST", "targetValue": 5.0, "targetYear": 2025,
                                          "reportingFrequency": "ANNUAL"}]}]}""";

    private final PlanDocumentValidator validator;
    private final PlanImporter importer;
    private final IdempotencyService idempotency;

    public PlanImportResource(PlanDocumentValidator validator, PlanImporter importer, IdempotencyService idempotency) {
        this.validator = validator;
        this.importer = importer;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/plan-imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a plan document",
            description = "导入规划文件：新建或更新规划及其领域、目标、策略措施、指标。指标定义有变化时生成新版本；"
                    + "重复导入同一文件不产生任何变化；文件中没有的已有条目只在报告中列出，不会删除。"
                    + " An invalid document is refused with 400 listing every error with its JSONPath.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT, ref = "PlanDocument"),
            examples = @ExampleObject(name = "minimal plan", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The plan was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "The plan existed; the report says what changed, if anything",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The document is invalid; errors lists every problem with its path",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response importPlan(
            @NotNull JsonNode document,
            @Parameter(description = "Validate and report what would change, without storing anything",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") @DefaultValue("false") String dryRun,
            @Parameter(description = "Repeating a request with the same key returns the first answer and changes nothing")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        boolean dry = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        IdempotencyService.Result result = idempotency.execute("plan-import", dry ? null : idempotencyKey,
                document.toString(), () -> {
                    ImportReport report = importer.importPlan(validator.validate(document), dry);
                    int status = report.outcome() == ImportReport.Outcome.CREATED && !dry ? 201 : 200;
                    return new IdempotencyService.Created<>(status, "/api/v1/plans/" + report.planCode(), report);
                });
        return IdempotentResponses.of(result);
    }

    @GET
    @Path("/plan-document-schema")
    @Produces("application/schema+json")
    @Operation(summary = "Get the JSON Schema of plan documents", description = "获取规划文件的 JSON Schema（2020-12）。")
    @APIResponse(responseCode = "200", description = "The JSON Schema",
            content = @Content(mediaType = "application/schema+json", schema = @Schema(type = SchemaType.OBJECT)))
    public String getPlanDocumentSchema() {
        return validator.schemaText();
    }
}
