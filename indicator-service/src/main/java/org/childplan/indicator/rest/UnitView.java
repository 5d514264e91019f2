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
        BigDecimal ratioScale) {

    static UnitView from(Unit u) {
        return new UnitView(u, u.symbolZh(), u.labelEn(), u.min(), u.max(), u.wholeNumber(), u.ratioScale());
    }
}
