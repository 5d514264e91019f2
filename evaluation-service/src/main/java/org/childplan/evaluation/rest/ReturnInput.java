package org.childplan.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnInput", description = "Why a submission is returned to its agency. 退回原因。")
public record ReturnInput(@NotBlank @Size(max = 2000) String reason) {
}
