package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.childplan.evaluation.domain.ObservationXlsx;
import org.childplan.evaluation.monitoring.SubmissionTemplate;
import org.childplan.evaluation.monitoring.SubmissionTemplateService;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/plans/{planCode}/monitoring-cycles/{year}/templates")
@Tag(name = "Submissions")
public class SubmissionTemplateResource {

    private final SubmissionTemplateService templates;

    public SubmissionTemplateResource(SubmissionTemplateService templates) {
        this.templates = templates;
    }

    @GET
    @Path("/{agencyCode}")
    @Produces(ObservationXlsx.MEDIA_TYPE)
    @Operation(summary = "Download an agency's submission template (XLSX)",
            description = "下载本单位本年度的 Excel 填报模板：每行一项应报数据（指标 × 地区 × 分组，含合计），附上年已审核数值供参考；"
                    + "地区和分组单元格带下拉列表，“说明”工作表介绍填写方法。填好后以 XLSX 上传到 …/submissions 即为一次报送。"
                    + " One row per value the agency owes in the cycle, last year's accepted value beside the empty cell,"
                    + " dropdowns on the area and breakdown cells; upload the filled workbook to …/submissions."
                    + " For the agency's own reporters, the statistics bureau and admin. 404 when the agency owes nothing"
                    + " in the cycle.")
    @APIResponse(responseCode = "200", description = "The template as an XLSX workbook",
            content = @Content(mediaType = ObservationXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed({Roles.REPORTER, Roles.STATISTICS, Roles.ADMIN})
    public Response getSubmissionTemplate(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                          @PathParam("agencyCode") String agencyCode) {
        SubmissionTemplate.Content content = templates.template(planCode, year, agencyCode);
        StreamingOutput xlsx = out -> SubmissionTemplate.write(content, out);
        return Response.ok(xlsx, ObservationXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"template-" + planCode + "-" + year + "-"
                        + agencyCode + ".xlsx\"")
                .build();
    }
}
