package org.childplan.indicator.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.childplan.indicator.domain.PlanDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategyMeasureInput", description = "A strategy measure to create, or its new title. On update domainCode and number may be omitted; if given they must match the path.")
public record MeasureInput(
        @Pattern(regexp = Codes.DOMAIN_CODE) String domainCode,
        @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 4000) String titleZh,
        @Size(max = 8000) String titleEn) {

    PlanDocument.MeasureEntry entry(int number) {
        return new PlanDocument.MeasureEntry(number, titleZh, titleEn);
    }
}
