package org.childplan.agency.rest;

import java.util.List;
import java.util.Map;
import org.childplan.agency.domain.Role;
import org.childplan.agency.service.ResponsibilityQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponsibilityMatrix", description = "Agencies x domains with each agency's role, the grid of the plan's domain headers. "
        + "A cell holds the strongest role (LEAD, then RESPONSIBLE, then DATA_PROVIDER); an agency without a role in a domain has no key for it. 责任分工矩阵。")
public record ResponsibilityMatrixView(
        @Schema(description = "Domain codes in the plan's order") List<String> domains,
        List<Row> rows) {

    @Schema(name = "ResponsibilityMatrixRow")
    public record Row(@Schema(examples = "health-bureau") String agencyCode,
                      @Schema(examples = "市卫生健康局") String nameZh,
                      @Schema(description = "Role per domain code") Map<String, Role> roles) {
    }

    static ResponsibilityMatrixView from(ResponsibilityQueries.Matrix m) {
        return new ResponsibilityMatrixView(m.domains().stream().map(d -> d.code()).toList(),
                m.rows().stream().map(r -> new Row(r.agency().code, r.agency().nameZh, r.roles())).toList());
    }
}
