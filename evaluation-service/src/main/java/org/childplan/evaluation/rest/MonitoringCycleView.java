package org.childplan.evaluation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.Labels;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MonitoringCycle", description = "One year's annual monitoring of a plan. 年度监测周期。")
public record MonitoringCycleView(
        @Schema(examples = "CN-430482-CHILDREN-2021-2025") String planCode,
        @Schema(examples = "2023") int year,
        CycleStatus status,
        @Schema(examples = "数据报送中") String statusZh,
        @Schema(examples = "2024-01-15") LocalDate opensOn,
        @Schema(description = "Submissions after this day are late", examples = "2024-03-31") LocalDate dueOn,
        OffsetDateTime openedAt,
        String openedBy,
        @Schema(nullable = true) OffsetDateTime closedAt,
        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true, description = "Why it was closed with force (its open drafts were withdrawn); null otherwise")
        String closeReason,
        @Schema(description = "How many (agency, indicator) reports the cycle expects") long expectedReports) {

    static MonitoringCycleView from(MonitoringCycle c, long expectedReports) {
        return new MonitoringCycleView(c.planCode, c.year, c.status, Labels.zh(c.status), c.opensOn, c.dueOn, c.openedAt, c.openedBy,
                c.closedAt, c.closedBy, c.closeReason, expectedReports);
    }
}
