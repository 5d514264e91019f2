package org.childplan.indicator.rest;

import java.util.List;
import org.childplan.indicator.domain.PlanDomain;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Domain", description = "A development domain of a plan, with its lead and responsible units as the document names them. 发展领域。")
public record DomainView(
        @Schema(examples = "HEALTH") String code,
        @Schema(examples = "1") int ordinal,
        @Schema(examples = "儿童与健康") String nameZh,
        @Schema(nullable = true, examples = "Children and Health") String nameEn,
        @Schema(description = "牵头单位, exactly as written in the plan") List<String> leadUnits,
        @Schema(description = "责任单位, exactly as written in the plan") List<String> responsibleUnits) {

    static DomainView from(PlanDomain d) {
        return new DomainView(d.code, d.ordinal, d.nameZh, d.nameEn, List.copyOf(d.leadUnits), List.copyOf(d.responsibleUnits));
    }
}
