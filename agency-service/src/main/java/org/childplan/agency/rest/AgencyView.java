package org.childplan.agency.rest;

import java.util.List;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.AgencyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agency", description = "A unit that answers for part of a plan, with every other spelling plans use for it. 责任单位。")
public record AgencyView(
        @Schema(examples = "civil-affairs-bureau") String code,
        @Schema(examples = "市民政局") String nameZh,
        @Schema(nullable = true, examples = "Municipal Civil Affairs Bureau") String nameEn,
        @Schema(description = "Other names plans use for it; looking any of them up finds this agency")
        List<String> aliases,
        AgencyKind kind,
        @Schema(description = "Member unit of the women-and-children committee (妇儿工委成员单位)") boolean committeeMember,
        @Schema(nullable = true) String contactPerson,
        @Schema(nullable = true) String contactPhone,
        @Schema(nullable = true) String contactEmail,
        @Schema(nullable = true) String address,
        @Schema(description = "Inactive agencies keep their history but get no new assignments") boolean active,
        @Schema(nullable = true, description = "Where the data comes from, and any assumption made") String note) {

    static AgencyView from(Agency a) {
        return new AgencyView(a.code, a.nameZh, a.nameEn, a.aliasNames(), a.kind, a.committeeMember, a.contactPerson,
                a.contactPhone, a.contactEmail, a.address, a.active, a.note);
    }
}
