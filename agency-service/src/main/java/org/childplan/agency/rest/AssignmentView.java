package org.childplan.agency.rest;

import java.time.LocalDate;
import org.childplan.agency.domain.Assignment;
import org.childplan.agency.domain.AssignmentOrigin;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment", description = "An agency's role for a scope of a plan over a period. 职责分工。")
public record AssignmentView(
        @Schema(description = "Scope, role, agency and start date; never changes", examples = "ENVIRONMENT.LEAD.civil-affairs-bureau.2021-01-01")
        String code,
        @Schema(examples = "CN-430482-CHILDREN-2021-2025") String planCode,
        @Schema(examples = "civil-affairs-bureau") String agencyCode,
        @Schema(examples = "市民政局") String agencyNameZh,
        ScopeType scopeType,
        @Schema(description = "The plan, domain, goal or indicator code", examples = "ENVIRONMENT") String scopeCode,
        @Schema(nullable = true, description = "The domain the scope lies in; absent for the whole plan", examples = "ENVIRONMENT") String domainCode,
        Role role,
        @Schema(examples = "2021-01-01") LocalDate validFrom,
        @Schema(nullable = true, description = "Last day in force; absent while open-ended") LocalDate validTo,
        @Schema(nullable = true, description = "The unit as the source wrote it", examples = "民政局") String sourceNameZh,
        AssignmentOrigin origin,
        @Schema(nullable = true) String note) {

    static AssignmentView from(Assignment a) {
        return new AssignmentView(a.code, a.planCode, a.agency.code, a.agency.nameZh, a.scopeType, a.scopeCode, a.domainCode,
                a.role, a.validFrom, a.validTo, a.sourceNameZh, a.origin, a.note);
    }
}
