package org.childplan.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationsInput", description = "The complete new set of rows of a draft or returned submission.")
public record ObservationsInput(
        @NotNull @Size(min = 1) List<@NotNull @Valid ObservationRow> observations) {
}
