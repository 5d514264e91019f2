package org.childplan.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MonitoringCycleInput", description = "The year to open, and when reporting opens and is due.")
public record MonitoringCycleInput(
        @NotNull @Min(1949) @Max(2100) Integer year,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate dueOn) {
}
