package org.childplan.evaluation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.evaluation.EvaluationService;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/published-reports")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Evaluation reports")
public class PublishedReportResource {

    @Schema(name = "PublishedReport", description = "A published evaluation report, readable by anyone. 已发布的评估报告。")
    public record PublishedReportView(String planCode, String evaluationCode, EvaluationType type, String titleZh,
                                      String titleEn, int referenceYear, OffsetDateTime publishedAt,
                                      @Schema(description = "Where to read it (JSON, HTML, PDF or XLSX by Accept)") String reportPath) {
    }

    private final EvaluationService evaluations;

    public PublishedReportResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @Operation(summary = "List published evaluation reports", description = "列出已发布的中期、终期评估报告（公开，无需登录）。")
    public PageView<PublishedReportView> listPublishedReports(@Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(evaluations.published(), paging.request()), p -> {
            Evaluation e = p.evaluation();
            return new PublishedReportView(e.planCode, e.code, e.type, e.type.reportTitleZh(), e.type.reportTitleEn(),
                    e.referenceYear, p.publishedAt(), "/api/v1/plans/" + e.planCode + "/evaluations/" + e.code + "/report");
        });
    }
}
