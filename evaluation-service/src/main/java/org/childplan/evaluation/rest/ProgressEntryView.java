package org.childplan.evaluation.rest;

import java.math.BigDecimal;
import org.childplan.evaluation.domain.progress.AssessmentBasis;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.progress.TargetType;
import org.childplan.evaluation.monitoring.ProgressService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorProgress", description = "How far an indicator is from its target (Statistics Canada CAGR method "
        + "as used by Open SDG). 指标进展。")
public record ProgressEntryView(
        @Schema(examples = "HEALTH-3c") String indicatorCode,
        @Schema(examples = "HEALTH") String domainCode,
        @Schema(examples = "5岁以下儿童死亡率") String nameZh,
        String nameEn,
        String unit,
        TargetType targetType,
        ProgressStatus status,
        @Schema(examples = "进展较好") String statusZh,
        @Schema(description = "Which rule decided the status") AssessmentBasis basis,
        @Schema(description = "R (or p, for targets without a number)", examples = "0.7907") Double ratio,
        BigDecimal latestValue,
        Integer latestYear,
        BigDecimal baseValue,
        Integer baseYear,
        @Schema(description = "The target as a level (a reduction from baseline is converted)") BigDecimal targetValue,
        Integer targetYear,
        @Schema(description = "Least-squares projection to the target year, with 3 or more years of data") Double projectedValue,
        int dataPoints) {

    static ProgressEntryView from(ProgressService.IndicatorProgress p) {
        var a = p.assessment();
        var i = p.indicator();
        return new ProgressEntryView(i.code(), i.domainCode(), i.nameZh(), i.nameEn(), i.unit(), i.targetType(), a.status(),
                a.status().labelZh(), a.basis(), a.ratio(), a.currentValue(), a.currentYear(), a.baseValue(), a.baseYear(),
                a.targetValue(), a.targetYear(), a.projectedValue(), a.dataPoints());
    }
}
