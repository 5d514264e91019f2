package org.childplan.indicator.rest;

import java.time.LocalDate;
import org.childplan.indicator.domain.Plan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "A development plan. 规划。")
public record PlanView(
        @Schema(examples = "CN-430482-CHILDREN-2021-2025") String code,
        @Schema(examples = "常宁市儿童发展规划（2021—2025年）") String titleZh,
        @Schema(nullable = true, examples = "Changning City Children's Development Plan (2021–2025)") String titleEn,
        @Schema(description = "Administrative division code of the plan's jurisdiction", examples = "430482") String jurisdictionCode,
        @Schema(examples = "常宁市") String jurisdictionZh,
        @Schema(nullable = true, examples = "Changning City") String jurisdictionEn,
        @Schema(examples = "2021") int periodStart,
        @Schema(examples = "2025") int periodEnd,
        @Schema(nullable = true, examples = "2020") Integer baselineYear,
        @Schema(nullable = true, examples = "常政办发〔2021〕22号") String documentNumber,
        @Schema(nullable = true, examples = "常宁市人民政府办公室") String issuerZh,
        @Schema(nullable = true) LocalDate issuedOn) {

    static PlanView from(Plan p) {
        return new PlanView(p.code, p.titleZh, p.titleEn, p.jurisdictionCode, p.jurisdictionZh, p.jurisdictionEn,
                p.periodStart, p.periodEnd, p.baselineYear, p.documentNumber, p.issuerZh, p.issuedOn);
    }
}
