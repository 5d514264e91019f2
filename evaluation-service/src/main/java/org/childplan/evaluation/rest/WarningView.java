package org.childplan.evaluation.rest;

import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.progress.WarningCriterion;
import org.childplan.evaluation.domain.progress.WarningRule;
import org.childplan.evaluation.domain.progress.WarningSeverity;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.evaluation.domain.Labels;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EarlyWarning", description = "An indicator expected to miss its target, or fluctuating strongly. 监测预警。")
public record WarningView(
        @Schema(examples = "HEALTH-3c") String indicatorCode,
        @Schema(examples = "HEALTH") String domainCode,
        String nameZh,
        String nameEn,
        @Schema(description = "EXPECTED_TO_MISS (预计达标困难) or VOLATILE (波动较大)") WarningRule rule,
        @Schema(examples = "预计达标困难") String ruleZh,
        WarningSeverity severity,
        @Schema(examples = "中") String severityZh,
        @Schema(description = "Which tests fired") List<WarningCriterion> criteria,
        @Schema(description = "The figures behind the warning") Map<String, Number> evidence,
        String messageZh,
        String messageEn,
        @Schema(description = "The indicator's lead agencies from the responsibility matrix") List<AgencyRefView> leadAgencies) {

    @Schema(name = "AgencyRef")
    public record AgencyRefView(String code, String nameZh, @Schema(nullable = true) String nameEn) {
    }

    static WarningView from(ProgressService.RaisedWarning r) {
        var i = r.progress().indicator();
        var w = r.warning();
        return new WarningView(i.code(), i.domainCode(), i.nameZh(), i.nameEn(), w.rule(), Labels.zh(w.rule()), w.severity(),
                Labels.zh(w.severity()), w.criteria(),
                w.evidence(), w.messageZh(), w.messageEn(),
                r.leadAgencies().stream().map(a -> new AgencyRefView(a.code(), a.nameZh(), a.nameEn())).toList());
    }
}
