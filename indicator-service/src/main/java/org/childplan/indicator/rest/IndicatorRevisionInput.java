package org.childplan.indicator.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childplan.indicator.domain.Dimension;
import org.childplan.indicator.domain.IndicatorDefinition;
import org.childplan.indicator.domain.ReportingFrequency;
import org.childplan.indicator.domain.TargetType;
import org.childplan.indicator.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorRevisionInput", description = "A changed definition or target of an indicator, in force from effectiveFrom. "
        + "It becomes a new version; earlier versions stay readable. Sending the definition already in force changes nothing.")
public record IndicatorRevisionInput(
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
        @NotNull @Schema(description = "The first day the new definition applies; after the current version's") LocalDate effectiveFrom,
        @NotBlank @Size(max = 2000) @Schema(description = "Why the indicator changes, e.g. the document that adjusted it") String changeReason) {

    IndicatorDefinition definition() {
        return new IndicatorDefinition(nameZh, nameEn, unit, targetType, targetValue, targetYear, baselineYear, baselineValue,
                disaggregations, dataSource, reportingFrequency, sourceTextZh, note);
    }
}
