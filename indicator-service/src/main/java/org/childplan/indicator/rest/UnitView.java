package org.childplan.indicator.rest;

import java.math.BigDecimal;
import org.childplan.indicator.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitDefinition", description = "A unit of measurement with the range its values take. 计量单位。")
public record UnitView(
        @Schema(examples = "PERCENT") Unit code,
        @Schema(examples = "%") String symbolZh,
        @Schema(examples = "percent") String labelEn,
        @Schema(nullable = true, description = "Smallest allowed value", examples = "0") BigDecimal min,
        @Schema(nullable = true, description = "Largest allowed value; absent when unbounded", examples = "100") BigDecimal max,
        @Schema(description = "Whether values must be whole numbers") boolean wholeNumber,
        @Schema(nullable = true, description = "numerator / denominator × ratioScale = value; absent when the unit is not a ratio", examples = "100")
        BigDecimal ratioScale,
        @Schema(description = "Decimal places a report prints a value in this unit with. 报告中数值保留的小数位数。", examples = "1")
        int decimals,
        @Schema(description = "What a report writes after a value; empty where the indicator's name says it. 数值后的单位写法。",
                examples = "‰") String valueSuffixZh,
        @Schema(description = "What a report writes after a change between two values. 变化量的单位写法。",
                examples = "个千分点") String changeSuffixZh) {

    static UnitView from(Unit u) {
        return new UnitView(u, u.symbolZh(), u.labelEn(), u.min(), u.max(), u.wholeNumber(), u.ratioScale(),
                u.writing().decimals(), u.writing().valueSuffixZh(), u.writing().changeSuffixZh());
    }
}
