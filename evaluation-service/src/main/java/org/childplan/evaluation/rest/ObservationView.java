package org.childplan.evaluation.rest;

import java.math.BigDecimal;
import org.childplan.evaluation.domain.Observation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Observation", description = "A stored value, with its row number in the submission. 监测数据。")
public record ObservationView(
        int rowNumber,
        @Schema(examples = "HEALTH-3c") String indicatorCode,
        @Schema(examples = "2023") int year,
        @Schema(examples = "430482") String areaCode,
        @Schema(examples = "TOTAL") String sex,
        @Schema(examples = "TOTAL") String residence,
        @Schema(examples = "TOTAL") String ageGroup,
        @Schema(examples = "5.8") BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String note,
        @Schema(description = "1 as accepted; each correction adds one") int valueVersion) {

    static ObservationView from(Observation o) {
        return new ObservationView(o.rowNumber, o.indicatorCode, o.year, o.areaCode, o.sex, o.residence, o.ageGroup,
                o.value, o.numerator, o.denominator, o.source, o.note, o.valueVersion);
    }
}
