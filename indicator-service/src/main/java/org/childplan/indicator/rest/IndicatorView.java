package org.childplan.indicator.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childplan.indicator.domain.Dimension;
import org.childplan.indicator.domain.Direction;
import org.childplan.indicator.domain.IndicatorVersion;
import org.childplan.indicator.domain.ReportingFrequency;
import org.childplan.indicator.domain.TargetType;
import org.childplan.indicator.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "An indicator with its target, as defined by one version. 监测指标。")
public record IndicatorView(
        @Schema(examples = "HEALTH-3c") String code,
        @Schema(examples = "HEALTH") String domainCode,
        @Schema(nullable = true, description = "The goal the target comes from; absent when it comes from a strategy measure", examples = "3") Integer goalNumber,
        @Schema(nullable = true, description = "The strategy measure the target comes from; absent when it comes from a goal") Integer measureNumber,
        @Schema(examples = "5岁以下儿童死亡率") String nameZh,
        @Schema(nullable = true, examples = "Under-5 mortality rate") String nameEn,
        @Schema(nullable = true, description = "Absent for qualitative indicators") Unit unit,
        @Schema(nullable = true, description = "The unit's symbol in Chinese", examples = "‰") String unitSymbolZh,
        TargetType targetType,
        @Schema(nullable = true, description = "For REDUCE_FROM_BASELINE_PCT, the percentage reduction", examples = "6.0") BigDecimal targetValue,
        @Schema(nullable = true, examples = "2025") Integer targetYear,
        @Schema(nullable = true) Integer baselineYear,
        @Schema(nullable = true) BigDecimal baselineValue,
        @Schema(description = "Derived from targetType") Direction direction,
        List<Dimension> disaggregations,
        @Schema(nullable = true, examples = "市卫生健康局") String dataSource,
        ReportingFrequency reportingFrequency,
        @Schema(nullable = true, description = "The plan's words the target is taken from",
                examples = "新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.0‰、5.0‰和6.0‰以下") String sourceTextZh,
        @Schema(nullable = true) String note,
        @Schema(examples = "1") int version,
        @Schema(examples = "2021-01-01") LocalDate effectiveFrom,
        @Schema(nullable = true, description = "Why this version replaced the previous one; absent for version 1") String changeReason) {

    static IndicatorView from(IndicatorVersion v) {
        var i = v.indicator;
        return new IndicatorView(i.code, i.domain.code,
                i.goal == null ? null : i.goal.number,
                i.measure == null ? null : i.measure.number,
                v.nameZh, v.nameEn, v.unit, v.unit == null ? null : v.unit.symbolZh(), v.targetType,
                v.targetValue, v.targetYear, v.baselineYear, v.baselineValue, v.targetType.direction(),
                List.copyOf(v.disaggregations), v.dataSource, v.reportingFrequency, v.sourceTextZh, v.note,
                v.version, v.effectiveFrom, v.changeReason);
    }
}
