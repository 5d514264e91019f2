package org.childplan.agency.rest;

import java.util.List;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.BodyKind;
import org.childplan.agency.domain.GovernanceBody;
import org.childplan.agency.service.GovernanceService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GovernanceBody", description = "A body that steers the plan (市妇儿工委, its office, the leading group, the monitoring and evaluation groups). 议事协调机构。")
public record GovernanceBodyView(
        @Schema(examples = "monitoring-group") String code,
        @Schema(examples = "监测组") String nameZh,
        @Schema(nullable = true, examples = "市妇儿工委") String shortNameZh,
        @Schema(nullable = true, examples = "Monitoring Group") String nameEn,
        BodyKind kind,
        @Schema(nullable = true, description = "The body it belongs to", examples = "monitoring-evaluation-leading-group") String parentCode,
        @Schema(description = "Its lead (牵头): an agency or another body") LeadView lead,
        @Schema(nullable = true, description = "The agency that houses it, if any") AgencyRefView housedAt,
        @Schema(description = "Member agencies: those named, and, when includesCommitteeMembers, the committee's member units")
        List<AgencyRefView> members,
        List<BodyRefView> memberBodies,
        @Schema(description = "Its members include every member unit of the women-and-children committee") boolean includesCommitteeMembers,
        @Schema(nullable = true) String dutiesZh,
        @Schema(nullable = true, description = "Where in the plan it is set up", examples = "四（二）") String sourceZh,
        @Schema(nullable = true, description = "Where the data comes from, and any assumption made") String note) {

    @Schema(name = "GovernanceBodyLead", description = "The lead of a body: agencyCode or bodyCode is set")
    public record LeadView(@Schema(nullable = true) String agencyCode, @Schema(nullable = true) String bodyCode,
                           String nameZh,
                           @Schema(nullable = true, description = "The lead as the plan writes it", examples = "统计部门") String asWrittenZh) {
    }

    @Schema(name = "AgencyRef")
    public record AgencyRefView(String code, String nameZh, @Schema(nullable = true) String nameEn) {

        static AgencyRefView from(Agency a) {
            return a == null ? null : new AgencyRefView(a.code, a.nameZh, a.nameEn);
        }
    }

    @Schema(name = "GovernanceBodyRef")
    public record BodyRefView(String code, String nameZh) {

        static BodyRefView from(GovernanceBody b) {
            return new BodyRefView(b.code, b.nameZh);
        }
    }

    static GovernanceBodyView from(GovernanceService.Body resolved) {
        GovernanceBody b = resolved.body();
        LeadView lead = b.leadAgency != null ? new LeadView(b.leadAgency.code, null, b.leadAgency.nameZh, b.leadNameZh)
                : b.leadBody != null ? new LeadView(null, b.leadBody.code, b.leadBody.nameZh, null) : null;
        return new GovernanceBodyView(b.code, b.nameZh, b.shortNameZh, b.nameEn, b.kind, b.parent == null ? null : b.parent.code,
                lead, AgencyRefView.from(b.housedAt),
                resolved.memberAgencies().stream().map(AgencyRefView::from).toList(),
                resolved.memberBodies().stream().map(BodyRefView::from).toList(),
                b.includesCommitteeMembers, b.dutiesZh, b.sourceZh, b.note);
    }
}
