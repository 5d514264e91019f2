package org.childplan.indicator.rest;

import org.childplan.indicator.domain.AreaLevel;
import org.childplan.indicator.domain.ReportingArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingArea", description = "An area data is reported for. 填报地区。")
public record ReportingAreaView(
        @Schema(examples = "430482") String code,
        @Schema(examples = "常宁市") String nameZh,
        @Schema(nullable = true, examples = "Changning City") String nameEn,
        AreaLevel level,
        @Schema(nullable = true) String parentCode) {

    static ReportingAreaView from(ReportingArea a) {
        return new ReportingAreaView(a.code, a.nameZh, a.nameEn, a.level, a.parentCode);
    }
}
