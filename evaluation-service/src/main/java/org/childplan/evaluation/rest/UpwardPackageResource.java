package org.childplan.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.childplan.evaluation.report.UpwardPackage;
import org.childplan.evaluation.report.UpwardPackageService;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planCode}/monitoring-cycles/{year}")
@Tag(name = "Monitoring cycles")
public class UpwardPackageResource {

    private final UpwardPackageService packages;

    public UpwardPackageResource(UpwardPackageService packages) {
        this.packages = packages;
    }

    @GET
    @Path("/upward-package")
    @Produces(UpwardPackage.MEDIA_TYPE)
    @RolesAllowed({Roles.STATISTICS, Roles.LEADERSHIP, Roles.ADMIN})
    @Operation(summary = "Download the year's package for the committee one level up",
            description = "向上级妇儿工委报送的年度材料包（ZIP）：年度监测报告 PDF、数据表 XLSX、审核通过数据 SDMX-CSV，以及列明各文件"
                    + "大小和 SHA-256 的 manifest.json 与可用 sha256sum -c 校验的 SHA256SUMS。The annual report as PDF and XLSX,"
                    + " the year's accepted data as SDMX-CSV, a manifest with each file's size and SHA-256, and SHA256SUMS.")
    @APIResponse(responseCode = "200", description = "The package as a zip archive",
            content = @Content(mediaType = UpwardPackage.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getUpwardPackage(@PathParam("planCode") String planCode, @PathParam("year") int year)
            throws java.io.IOException {
        byte[] zip = packages.build(planCode, year);
        return Response.ok(zip, UpwardPackage.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + UpwardPackageService.fileName(planCode, year) + "\"")
                .build();
    }
}
