package org.childplan.agency.rest;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentUpdateInput", description = "What can change on an assignment: its end date, its note, and its"
        + " start, which can only move earlier (for a county that records its responsibilities after the fact, so that past"
        + " years can be monitored). To change agency, scope or role, or to start later, end the assignment and create a new"
        + " one, so the history stays readable; the audit trail keeps every earlier value.")
public record AssignmentUpdateInput(
        @Schema(description = "First day in force; only an earlier day than the stored one is accepted. Absent or null keeps"
                + " the start. The assignment keeps its code, which names the start it was created with") LocalDate validFrom,
        @Schema(description = "Last day in force; null makes it open-ended again") LocalDate validTo,
        @Size(max = 4000) String note) {
}
