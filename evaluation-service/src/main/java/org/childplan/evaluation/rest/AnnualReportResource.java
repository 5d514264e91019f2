package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.util.ArrayList;
import java.util.List;
import org.childplan.evaluation.service.AnnualReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/plans/{planCode}/monitoring-cycles/{year}/report")
@Tag(name = "Monitoring cycles")
public class AnnualReportResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE, MediaType.valueOf(Spreadsheet.MEDIA_TYPE)).build();

    private final AnnualReportService reports;

    public AnnualReportResource(AnnualReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, Spreadsheet.MEDIA_TYPE})
    @Operation(summary = "Get the annual monitoring report of a cycle",
            description = "年度监测报告：报送完整性、分领域指标进展、预警和城乡性别差距。By Accept: JSON, print-ready HTML, or XLSX.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response getAnnualReport(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                    @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        AnnualReportView report = AnnualReportView.from(reports.report(planCode, year));
        MediaType type = variant.getMediaType();
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(ReportTemplates.annualReport(report).render(), MediaType.TEXT_HTML + ";charset=UTF-8").build();
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        StreamingOutput xlsx = out -> {
            try (Spreadsheet sheet = workbook(report)) {
                sheet.write(out);
            }
        };
        return Response.ok(xlsx, Spreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + planCode + "-" + year + ".xlsx\"")
                .build();
    }

    private static Spreadsheet workbook(AnnualReportView r) {
        Spreadsheet book = new Spreadsheet();
        List<List<Object>> agencies = new ArrayList<>();
        for (var t : r.completeness().byAgency()) {
            agencies.add(List.of(t.code(), t.nameZh() == null ? "" : t.nameZh(), t.expected(), t.submitted(), t.accepted(),
                    t.onTime(), t.late(), t.completeness()));
        }
        book.sheet("报送情况 Completeness", List.of("单位代码 Agency", "单位 Name", "应报 Expected", "已报 Submitted",
                "已通过 Accepted", "按时 On time", "逾期 Late", "完整率 Completeness"), agencies);
        List<List<Object>> progress = new ArrayList<>();
        for (var d : r.domains()) {
            for (var i : d.indicators()) {
                progress.add(java.util.Arrays.asList(d.code(), i.indicatorCode(), i.nameZh(), i.nameEn(), i.unit(),
                        String.valueOf(i.targetType()), i.baseYear(), i.baseValue(), i.latestYear(), i.latestValue(),
                        i.targetYear(), i.targetValue(), i.ratio(), String.valueOf(i.status()), i.statusZh(), i.projectedValue()));
            }
        }
        book.sheet("指标进展 Progress", List.of("领域 Domain", "代码 Code", "指标 Indicator", "Indicator (EN)", "单位 Unit",
                "目标类型 Target type", "基期年 Base year", "基期值 Base", "最新年 Latest year", "最新值 Latest",
                "目标年 Target year", "目标值 Target", "R", "状态 Status", "状态（中文）", "预测值 Projection"), progress);
        List<List<Object>> warnings = new ArrayList<>();
        for (var w : r.warnings()) {
            warnings.add(List.of(w.indicatorCode(), w.nameZh(), String.valueOf(w.rule()), String.valueOf(w.severity()),
                    w.messageZh(), w.messageEn(), String.join("、", w.leadAgencies().stream().map(WarningView.AgencyRefView::nameZh).toList())));
        }
        book.sheet("预警 Warnings", List.of("代码 Code", "指标 Indicator", "类型 Rule", "级别 Severity", "说明", "Explanation",
                "牵头单位 Lead agencies"), warnings);
        List<List<Object>> gaps = new ArrayList<>();
        for (var g : r.equityGaps()) {
            for (var y : g.years()) {
                gaps.add(java.util.Arrays.asList(g.indicatorCode(), g.nameZh(), g.dimension(), g.groupA(), g.groupB(), y.year(),
                        y.valueA(), y.valueB(), y.gap(), y.ratio(), String.valueOf(g.trend())));
            }
        }
        book.sheet("差距 Equity gaps", List.of("代码 Code", "指标 Indicator", "维度 Dimension", "组A Group A", "组B Group B",
                "年份 Year", "A", "B", "差距 Gap", "比值 Ratio", "趋势 Trend"), gaps);
        return book;
    }
}
