package org.childplan.agency.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
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
import org.childplan.agency.domain.ResponsibilityImport;
import org.childplan.agency.service.ImportReport;
import org.childplan.agency.service.ResponsibilityDocumentValidator;
import org.childplan.agency.service.ResponsibilityImportService;
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

@Authenticated
@Path("/api/v1")
@Tag(name = "Responsibility import", description = "Load agencies, governance bodies and a plan's assignments from a responsibility document, "
        + "and the document's JSON Schema. 责任分工文件导入。")
public class ResponsibilityImportResource {

    private static final String EXAMPLE = """
            {"formatVersion": "1.0",
             "notes": ["衡阳市儿童发展规划的责任分工（示例）"],
             "agencies": [{"code": "hengyang-civil-affairs-bureau", "nameZh": "衡阳市民政局", "aliases": ["市民政局（衡阳）"],
                           "kind": "GOVERNMENT_BUREAU", "committeeMember": true},
                          {"code": "hengyang-statistics-bureau", "nameZh": "衡阳市统计局", "aliases": ["衡阳市统计部门"],
                           "kind": "GOVERNMENT_BUREAU", "committeeMember": true}],
             "governanceBodies": [{"code": "hengyang-monitoring-group", "nameZh": "衡阳市监测组", "kind": "WORKING_GROUP",
                                   "leadUnit": "衡阳市统计部门", "includesCommitteeMembers": true}],
             "plans": [{"planCode": "CN-430400-CHILDREN-2021-2025", "validFrom": "2022-01-01",
                        "domains": [{"domainCode": "WELFARE", "leadUnits": ["衡阳市民政局"], "responsibleUnits": ["衡阳市统计局"]}],
                        "assignments": [{"unit": "衡阳市统计部门", "scopeType": "INDICATOR", "scopeCode": "WELFARE-1a",
                                         "role": "DATA_PROVIDER"}]}]}""";


    private final ResponsibilityImportService imports;
    private final ResponsibilityDocumentValidator validator;
    private final IdempotencyService idempotency;

    public ResponsibilityImportResource(ResponsibilityImportService imports, ResponsibilityDocumentValidator validator,
                                        IdempotencyService idempotency) {
        this.imports = imports;
        this.validator = validator;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/responsibility-imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a responsibility document",
            description = "导入责任分工文件：新建或更新单位（别名只增不减）、议事协调机构和各规划的职责分工；单位名称按原文书写，通过名称或别名对应到单位。"
                    + "重复导入同一文件不产生任何变化；已有而文件中没有的条目只在报告中列出，不会删除。"
                    + " Scopes are checked against indicator-service's catalogue, one request per plan: while it is unavailable the answer is 503 with Retry-After."
                    + " An invalid document is refused with 400 listing every error with its JSONPath.")
    @RequestBody(content = @Content(schema = @Schema(implementation = org.childplan.agency.domain.ResponsibilityDocument.class),
            examples = @ExampleObject(name = "document", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What the import did (or, for a dry run, would do)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The document is invalid; errors lists every problem with its path",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "indicator-service is unavailable; try again after Retry-After / 指标目录服务暂不可用",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response importResponsibilities(
            @NotNull JsonNode document,
            @Parameter(description = "Validate and report what would change, without storing anything",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") @DefaultValue("false") String dryRun,
            @Parameter(description = "Repeating a request with the same key returns the first answer and changes nothing")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        boolean dry = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        ResponsibilityImportService.Prepared prepared = imports.prepare(document);
        IdempotencyService.Result result = idempotency.execute("responsibility-import", dry ? null : idempotencyKey,
                document.toString(), () -> new IdempotencyService.Created<>(200, null,
                        imports.apply(prepared, dry, ResponsibilityImport.API, null)));
        return IdempotentResponses.of(result);
    }

    @GET
    @Path("/responsibility-document-schema")
    @Produces("application/schema+json")
    @Operation(summary = "Get the JSON Schema of responsibility documents", description = "获取责任分工文件的 JSON Schema（2020-12）。")
    @APIResponse(responseCode = "200", description = "The JSON Schema",
            content = @Content(mediaType = "application/schema+json", schema = @Schema(type = SchemaType.OBJECT)))
    public String getResponsibilityDocumentSchema() {
        return validator.schemaText();
    }
}
