package org.childplan.evaluation.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.childplan.evaluation.domain.ObservationRevision;
import org.childplan.evaluation.domain.Vocabulary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Correction", description = "A correction of an accepted value; the replaced value is kept. 数据更正记录。")
public record CorrectionView(
        String indicatorCode,
        int year,
        String areaCode,
        @Schema(implementation = Vocabulary.Sex.class) String sex,
        @Schema(implementation = Vocabulary.Residence.class) String residence,
        @Schema(implementation = Vocabulary.AgeGroup.class) String ageGroup,
        @Schema(description = "The value version this correction created (the accepted value is version 1)") int valueVersion,
        BigDecimal oldValue,
        @Schema(nullable = true) BigDecimal oldNumerator,
        @Schema(nullable = true) BigDecimal oldDenominator,
        BigDecimal newValue,
        @Schema(nullable = true) BigDecimal newNumerator,
        @Schema(nullable = true) BigDecimal newDenominator,
        String reason,
        OffsetDateTime revisedAt,
        String revisedBy) {

    static CorrectionView from(ObservationRevision r) {
        var o = r.observation;
        return new CorrectionView(o.indicatorCode, o.year, o.areaCode, o.sex, o.residence, o.ageGroup, r.valueVersion,
                r.oldValue, r.oldNumerator, r.oldDenominator, r.newValue, r.newNumerator, r.newDenominator, r.reason,
                r.revisedAt, r.revisedBy);
    }
}
