package org.childplan.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionInput", description = "An agency's observations for a cycle, stored whole or refused whole. 数据报送。")
public record SubmissionInput(
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,63}$") @Schema(examples = "health-bureau", description = "The reporting"
                + " agency; defaults to the agency the caller's token names. A caller whose token names no agency must give it;"
                + " another agency than the token's is refused (403)") String agencyCode,
        @NotNull @Size(min = 1) List<@NotNull @Valid ObservationRow> observations) {
}
