package org.childplan.evaluation.rest;

import java.math.BigDecimal;
import org.childplan.evaluation.domain.Observation;
import org.childplan.evaluation.domain.Vocabulary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Observation", description = "A stored value, with its row number in the submission. 监测数据。")
public record ObservationView(
        int rowNumber,
        @Schema(examples = "HEALTH-3c") String indicatorCode,
        @Schema(examples = "2023") int year,
        @Schema(examples = "430482") String areaCode,
        @Schema(implementation = Vocabulary.Sex.class) String sex,
        @Schema(implementation = Vocabulary.Residence.class) String residence,
        @Schema(implementation = Vocabulary.AgeGroup.class) String ageGroup,
        @Schema(examples = "5.8") BigDecimal value,
        @Schema(nullable = true) BigDecimal numerator,
        @Schema(nullable = true) BigDecimal denominator,
        @Schema(nullable = true) String source,
        @Schema(nullable = true) String note,
        @Schema(description = "1 as accepted; each correction adds one") int valueVersion) {

    static ObservationView from(Observation o) {
        return new ObservationView(o.rowNumber, o.indicatorCode, o.year, o.areaCode, o.sex, o.residence, o.ageGroup,
                o.value, o.numerator, o.denominator, o.source, o.note, o.valueVersion);
    }
}
