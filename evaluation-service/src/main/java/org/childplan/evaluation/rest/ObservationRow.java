package org.childplan.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.Vocabulary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationInput", description = "One reported value. Leave sex, residence or ageGroup out (or TOTAL) for "
        + "a total; leave areaCode out for the plan's whole jurisdiction. 一条监测数据。")
public record ObservationRow(
        @Size(max = 64) @Schema(required = true, examples = "HEALTH-3c") String indicatorCode,
        @Schema(required = true, examples = "2023") Integer year,
        @Size(max = 64) @Schema(examples = "430482") String areaCode,
        @Size(max = 16) @Schema(implementation = Vocabulary.Sex.class) String sex,
        @Size(max = 16) @Schema(implementation = Vocabulary.Residence.class) String residence,
        @Size(max = 16) @Schema(implementation = Vocabulary.AgeGroup.class) String ageGroup,
        @DecimalMin("-1e12") @DecimalMax("1e12") @Schema(required = true, examples = "5.8") BigDecimal value,
        @DecimalMin("-1e12") @DecimalMax("1e12") @Schema(examples = "29") BigDecimal numerator,
        @DecimalMin("-1e12") @DecimalMax("1e12") @Schema(examples = "5000") BigDecimal denominator,
        @Size(max = 400) @Schema(examples = "妇幼卫生年报") String source,
        @Size(max = 2000) String note) {

    ObservationInput input() {
        return new ObservationInput(indicatorCode, year, areaCode, sex, residence, ageGroup, value, numerator, denominator,
                source, note);
    }
}
