package org.childplan.indicator.rest;

import org.childplan.indicator.domain.StrategyMeasure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategyMeasure", description = "A numbered strategy measure of a domain. 策略措施。")
public record MeasureView(
        @Schema(description = "Domain code, M and measure number", examples = "HEALTH-M1") String code,
        @Schema(examples = "HEALTH") String domainCode,
        @Schema(examples = "1") int number,
        @Schema(examples = "完善儿童健康服务体系建设") String titleZh,
        @Schema(nullable = true) String titleEn) {

    static MeasureView from(StrategyMeasure m) {
        return new MeasureView(m.code(), m.domain.code, m.number, m.titleZh, m.titleEn);
    }
}
