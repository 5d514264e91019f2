package org.childplan.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.monitoring.SubmissionService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectionInput", description = "A corrected value for an accepted observation, identified by indicator, "
        + "area and breakdown, with the reason. 数据更正。")
public record CorrectionInput(
        @NotBlank @Size(max = 64) @Schema(examples = "HEALTH-3c") String indicatorCode,
        @Size(max = 64) String areaCode,
        @Size(max = 16) @Schema(implementation = Vocabulary.Sex.class) String sex,
        @Size(max = 16) @Schema(implementation = Vocabulary.Residence.class) String residence,
        @Size(max = 16) @Schema(implementation = Vocabulary.AgeGroup.class) String ageGroup,
        @NotNull @DecimalMin("-1e12") @DecimalMax("1e12") @Schema(examples = "5.6") BigDecimal value,
        @DecimalMin("-1e12") @DecimalMax("1e12") BigDecimal numerator,
        @DecimalMin("-1e12") @DecimalMax("1e12") BigDecimal denominator,
        @NotBlank @Size(max = 2000) @Schema(examples = "卫生健康统计年报终审数据修订") String reason) {

    SubmissionService.Correction correction() {
        return new SubmissionService.Correction(indicatorCode, areaCode, sex, residence, ageGroup, value, numerator,
                denominator, reason);
    }
}
