package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.progress.WarningRule;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/plans/{planCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress and warnings", description = "Progress status, early warnings and equity gaps from accepted data. 进展、预警与差距。")
public class ProgressResource {

    private final ProgressService progress;

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Progress of every indicator as of a year",
            description = "各指标截至某年的进展状态（复合年均增长率法）。One entry per indicator; qualitative ones are NOT_ASSESSED.")
    public PageView<ProgressEntryView> listProgress(
            @PathParam("planCode") String planCode,
            @Parameter(description = "The last year of data to use", required = true) @QueryParam("year") @NotNull @Min(1949) @Max(2100) Integer year,
            @Parameter(description = "Domain code") @QueryParam("domain") String domain,
            @Parameter(schema = @Schema(implementation = ProgressStatus.class)) @QueryParam("status") String status,
            @Valid @BeanParam Paging paging) {
        String domainCode = QueryParams.text("domain", domain, 32);
        ProgressStatus wanted = QueryParams.enumValue("status", status, ProgressStatus.class);
        List<ProgressService.IndicatorProgress> entries = progress.assess(planCode, year).progress().stream()
                .filter(p -> domainCode == null || p.indicator().domainCode().equals(domainCode))
                .filter(p -> wanted == null || p.assessment().status() == wanted)
                .toList();
        return PageView.of(Page.of(entries, paging.request()), ProgressEntryView::from);
    }

    @GET
    @Path("/warnings")
    @Operation(summary = "Early warnings as of a year",
            description = "监测预警：预计达标困难（进展有限、退步或线性预测未达标）和波动较大（同比变化超阈值或修正 z 分数超 3.5）的指标，附牵头单位。")
    public PageView<WarningView> listWarnings(
            @PathParam("planCode") String planCode,
            @Parameter(description = "The last year of data to use", required = true) @QueryParam("year") @NotNull @Min(1949) @Max(2100) Integer year,
            @Parameter(description = "Domain code") @QueryParam("domain") String domain,
            @Parameter(schema = @Schema(implementation = WarningRule.class)) @QueryParam("rule") String rule,
            @Valid @BeanParam Paging paging) {
        String domainCode = QueryParams.text("domain", domain, 32);
        WarningRule wanted = QueryParams.enumValue("rule", rule, WarningRule.class);
        List<ProgressService.RaisedWarning> warnings = progress.warnings(progress.assess(planCode, year)).stream()
                .filter(w -> domainCode == null || w.progress().indicator().domainCode().equals(domainCode))
                .filter(w -> wanted == null || w.warning().rule() == wanted)
                .toList();
        return PageView.of(Page.of(warnings, paging.request()), WarningView::from);
    }

    @GET
    @Path("/equity-gaps")
    @Operation(summary = "Urban–rural and sex gaps as of a year",
            description = "城乡、性别差距：各年的绝对差距与比值，以及差距是否缩小。")
    public PageView<EquityGapView> listEquityGaps(
            @PathParam("planCode") String planCode,
            @Parameter(description = "The last year of data to use", required = true) @QueryParam("year") @NotNull @Min(1949) @Max(2100) Integer year,
            @Parameter(schema = @Schema(implementation = Vocabulary.GapDimension.class)) @QueryParam("dimension") String dimension,
            @Valid @BeanParam Paging paging) {
        String wanted = QueryParams.text("dimension", dimension, 16);
        if (wanted != null && !wanted.equals("RESIDENCE") && !wanted.equals("SEX")) {
            throw org.childplan.platform.error.InputValidationException.single("dimension",
                    "unknown value '" + wanted + "'; allowed: RESIDENCE, SEX", "取值“" + wanted + "”无效，可选值：RESIDENCE, SEX");
        }
        List<ProgressService.EquityGap> gaps = progress.equityGaps(progress.assess(planCode, year)).stream()
                .filter(g -> wanted == null || g.dimension().equals(wanted)).toList();
        return PageView.of(Page.of(gaps, paging.request()), EquityGapView::from);
    }
}
