package org.childplan.indicator.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childplan.indicator.domain.Dimension;
import org.childplan.indicator.domain.PlanDocument;
import org.childplan.indicator.domain.ReportingFrequency;
import org.childplan.indicator.domain.TargetType;
import org.childplan.indicator.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorInput", description = "A new indicator. Exactly one of goalNumber and measureNumber names where its target comes from.")
public record IndicatorInput(
        @NotNull @Pattern(regexp = Codes.CODE) String code,
        @NotNull @Pattern(regexp = Codes.DOMAIN_CODE) String domainCode,
        @Min(1) @Max(999) Integer goalNumber,
        @Min(1) @Max(999) Integer measureNumber,
        @NotBlank @Size(max = 4000) String nameZh,
        @Size(max = 8000) String nameEn,
        Unit unit,
        @NotNull TargetType targetType,
        @DecimalMin("-1e12") @DecimalMax("1e12") BigDecimal targetValue,
        @Min(1949) @Max(2100) Integer targetYear,
        @Min(1949) @Max(2100) Integer baselineYear,
        @DecimalMin("-1e12") @DecimalMax("1e12") BigDecimal baselineValue,
        @Size(max = 4) List<@NotNull Dimension> disaggregations,
        @Size(max = 400) String dataSource,
        @NotNull ReportingFrequency reportingFrequency,
        @Size(max = 4000) String sourceTextZh,
        @Size(max = 4000) String note,
        @Schema(description = "When the definition takes effect; defaults to the first day of the plan period") LocalDate effectiveFrom) {

    PlanDocument.IndicatorEntry entry() {
        return new PlanDocument.IndicatorEntry(code, goalNumber, measureNumber, nameZh, nameEn, unit, targetType, targetValue,
                targetYear, baselineYear, baselineValue, disaggregations, dataSource, reportingFrequency, sourceTextZh, note,
                effectiveFrom);
    }
}
