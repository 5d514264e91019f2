package org.childplan.indicator.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.childplan.indicator.domain.PlanDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DomainInput", description = "A domain to create, or the new content of one.")
public record DomainInput(
        @Pattern(regexp = Codes.DOMAIN_CODE) String code,
        @NotNull @Min(1) @Max(50) Integer ordinal,
        @NotBlank @Size(max = 4000) String nameZh,
        @Size(max = 8000) String nameEn,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) String> leadUnits,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) String> responsibleUnits) {

    PlanDocument.DomainEntry entry(String code) {
        return new PlanDocument.DomainEntry(code, ordinal, nameZh, nameEn, leadUnits, responsibleUnits, null, null, null);
    }
}
