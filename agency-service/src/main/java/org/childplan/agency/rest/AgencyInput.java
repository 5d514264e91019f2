package org.childplan.agency.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.AgencyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyInput", description = "An agency to create, or its new content. On update the code may be omitted; if given it must match the path. "
        + "aliases replaces the agency's aliases.")
public record AgencyInput(
        @Pattern(regexp = Codes.KEBAB) @Size(max = 64) String code,
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 400) String nameEn,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @NotNull AgencyKind kind,
        @NotNull Boolean committeeMember,
        @Size(max = 200) String contactPerson,
        @Size(max = 100) String contactPhone,
        @Size(max = 200) @Email String contactEmail,
        @Size(max = 400) String address,
        @Schema(description = "Default true") Boolean active,
        @Size(max = 4000) String note) {

    Agency.Details details() {
        return new Agency.Details(nameZh.strip(), nameEn, kind, committeeMember, contactPerson, contactPhone, contactEmail,
                address, active == null || active, note);
    }

    List<String> aliasList() {
        return aliases == null ? List.of() : aliases;
    }
}
