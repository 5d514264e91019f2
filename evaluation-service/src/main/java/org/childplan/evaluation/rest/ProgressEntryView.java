package org.childplan.evaluation.rest;

import java.math.BigDecimal;
import org.childplan.evaluation.domain.Vocabulary;
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
        @Schema(nullable = true) Vocabulary.Unit unit,
        TargetType targetType,
        ProgressStatus status,
        @Schema(examples = "进展良好") String statusZh,
        @Schema(description = "Which rule decided the status") AssessmentBasis basis,
        @Schema(nullable = true, description = "R, the progress ratio towards a target with a number: the growth achieved over the growth "
                + "needed (absent for INCREASE/DECREASE targets, which have growthRate instead)",
                examples = "0.7907") Double ratio,
        @Schema(nullable = true, description = "p, the yearly growth rate towards a target without a number (INCREASE/DECREASE), signed so "
                + "that growth in the target's direction is positive (absent for targets with a number)",
                examples = "0.0123")
        Double growthRate,
        @Schema(nullable = true) BigDecimal latestValue,
        @Schema(nullable = true) Integer latestYear,
        @Schema(nullable = true) BigDecimal baseValue,
        @Schema(nullable = true) Integer baseYear,
        @Schema(nullable = true, description = "The target as a level (a reduction from baseline is converted)") BigDecimal targetValue,
        @Schema(nullable = true) Integer targetYear,
        @Schema(nullable = true, description = "Least-squares projection to the target year, with 3 or more years of data") Double projectedValue,
        int dataPoints) {

    static ProgressEntryView from(ProgressService.IndicatorProgress p) {
        var a = p.assessment();
        var i = p.indicator();
        // the calculation keeps R and p in one place, as the method does; the API gives each its own name
        boolean r = i.targetType().hasTargetValue();
        return new ProgressEntryView(i.code(), i.domainCode(), i.nameZh(), i.nameEn(),
                Vocabulary.Unit.of(i.unit()), i.targetType(), a.status(),
                a.status().labelZh(), a.basis(), r ? a.ratio() : null, r ? null : a.ratio(), a.currentValue(),
                a.currentYear(),
                a.baseValue(), a.baseYear(),
                a.targetValue(), a.targetYear(), a.projectedValue(), a.dataPoints());
    }
}
