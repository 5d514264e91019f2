package org.childplan.agency.rest;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentUpdateInput", description = "What can change on an assignment: its end date and note. "
        + "To change agency, scope, role or start, end the assignment and create a new one, so the history stays readable.")
public record AssignmentUpdateInput(
        @Schema(description = "Last day in force; null makes it open-ended again") LocalDate validTo,
        @Size(max = 4000) String note) {
}
