package org.childplan.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Closed vocabularies that this service carries as plain strings, because their values are the catalogue's
 * (indicator-service) and are checked against it at run time. They are named here only so that the contract lists the
 * allowed values as enums; VocabularyTest checks that they agree with indicator-service's contract.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Schema(name = "Sex", description = "性别分组；TOTAL 为合计。The SEX disaggregation values, and TOTAL.")
    public enum Sex { MALE, FEMALE, TOTAL }

    @Schema(name = "Residence", description = "城乡分组；TOTAL 为合计。The RESIDENCE disaggregation values, and TOTAL.")
    public enum Residence { URBAN, RURAL, TOTAL }

    @Schema(name = "AgeGroup", description = "年龄组；TOTAL 为合计。The AGE_GROUP disaggregation values, and TOTAL.")
    public enum AgeGroup { Y0T2, Y3T5, Y6T11, Y12T14, Y15T17, TOTAL }

    @Schema(name = "Unit", description = "计量单位。The catalogue's units of measurement.")
    public enum Unit {
        PERCENT, PER_MILLE, PER_100K, PER_1000_CHILDREN, PER_INSTITUTION, HOURS_PER_DAY, COUNT;

        /** The unit a catalogue code names; none for a qualitative indicator, which has no unit. */
        public static Unit of(String code) {
            return code == null ? null : valueOf(code);
        }
    }

    @Schema(name = "GapDimension", description = "差距维度：城乡或性别。The dimensions equity gaps are measured along.")
    public enum GapDimension { RESIDENCE, SEX }
}
