package org.childplan.indicator.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.childplan.indicator.domain.PlanDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanInput", description = "A plan to create, or the new content of one. On update the code may be omitted; if given it must match the path.")
public record PlanInput(
        @Pattern(regexp = Codes.CODE) String code,
        @NotBlank @Size(max = 4000) String titleZh,
        @Size(max = 8000) String titleEn,
        @NotBlank @Pattern(regexp = Codes.CODE) String jurisdictionCode,
        @NotBlank @Size(max = 4000) String jurisdictionZh,
        @Size(max = 8000) String jurisdictionEn,
        @NotNull @Min(1949) @Max(2100) Integer periodStart,
        @NotNull @Min(1949) @Max(2100) Integer periodEnd,
        @Min(1949) @Max(2100) Integer baselineYear,
        @Size(max = 200) String documentNumber,
        @Size(max = 200) String issuerZh,
        LocalDate issuedOn) {

    PlanDocument.Header header(String code) {
        return new PlanDocument.Header(code, titleZh, titleEn, jurisdictionCode, jurisdictionZh, jurisdictionEn,
                periodStart, periodEnd, baselineYear, documentNumber, issuerZh, issuedOn);
    }
}
