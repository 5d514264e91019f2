package org.childplan.agency.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.agency.service.AssignmentService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentInput", description = "A new assignment. The scope must exist in indicator-service's catalogue. "
        + "For scopeType PLAN, scopeCode may be omitted.")
public record AssignmentInput(
        @NotNull @Pattern(regexp = Codes.KEBAB) @Size(max = 64) String agencyCode,
        @NotNull ScopeType scopeType,
        @Pattern(regexp = Codes.CODE) String scopeCode,
        @NotNull Role role,
        @NotNull LocalDate validFrom,
        @Schema(description = "Last day in force; null while open-ended") LocalDate validTo,
        @Size(max = 4000) String note) {

    AssignmentService.NewAssignment toNew() {
        return new AssignmentService.NewAssignment(agencyCode, scopeType, scopeCode, role, validFrom, validTo, note);
    }
}
