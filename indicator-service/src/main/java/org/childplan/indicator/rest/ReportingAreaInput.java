package org.childplan.indicator.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.childplan.indicator.domain.AreaLevel;
import org.childplan.indicator.domain.PlanDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingAreaInput", description = "A reporting area to create (e.g. a township), or its new content.")
public record ReportingAreaInput(
        @Pattern(regexp = Codes.CODE) String code,
        @NotBlank @Size(max = 4000) String nameZh,
        @Size(max = 8000) String nameEn,
        @NotNull AreaLevel level,
        @Pattern(regexp = Codes.CODE) String parentCode) {

    PlanDocument.AreaEntry entry(String code) {
        return new PlanDocument.AreaEntry(code, nameZh, nameEn, level, parentCode);
    }
}
