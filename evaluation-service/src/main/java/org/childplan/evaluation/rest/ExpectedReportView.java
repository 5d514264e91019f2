package org.childplan.evaluation.rest;

import org.childplan.evaluation.domain.ExpectedReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpectedReport", description = "An indicator an agency owes in a cycle. 应报数据项。")
public record ExpectedReportView(
        @Schema(examples = "health-bureau") String agencyCode,
        @Schema(examples = "市卫生健康局") String agencyNameZh,
        @Schema(examples = "HEALTH-3c") String indicatorCode,
        @Schema(examples = "HEALTH") String domainCode) {

    static ExpectedReportView from(ExpectedReport e) {
        return new ExpectedReportView(e.agencyCode, e.agencyNameZh, e.indicatorCode, e.domainCode);
    }
}
