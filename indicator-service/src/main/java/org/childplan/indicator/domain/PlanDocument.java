package org.childplan.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole plan as one document, the format of plan import and export (see plan-document.schema.json).
 * Another county loads its own plan by writing one of these.
 */
@Schema(name = "PlanDocument", description = "A whole plan in the import/export format; see /api/v1/plan-document-schema. 规划文件。")
public record PlanDocument(
        @Schema(required = true) String formatVersion,
        @Schema(required = true) Header plan,
        List<AreaEntry> reportingAreas,
        @Schema(required = true) List<DomainEntry> domains) {

    public static final String FORMAT_VERSION = "1.0";

    public PlanDocument {
        reportingAreas = reportingAreas == null ? List.of() : reportingAreas;
        domains = domains == null ? List.of() : domains;
    }

    @Schema(name = "PlanDocumentPlan")
    public record Header(
            @Schema(required = true) String code,
            @Schema(required = true) String titleZh,
            String titleEn,
            @Schema(required = true) String jurisdictionCode,
            @Schema(required = true) String jurisdictionZh,
            String jurisdictionEn,
            @Schema(required = true) Integer periodStart,
            @Schema(required = true) Integer periodEnd,
            Integer baselineYear,
            String documentNumber,
            String issuerZh,
            LocalDate issuedOn) {
    }

    @Schema(name = "PlanDocumentReportingArea")
    public record AreaEntry(@Schema(required = true) String code, @Schema(required = true) String nameZh, String nameEn,
                            @Schema(required = true) AreaLevel level, String parentCode) {
    }

    @Schema(name = "PlanDocumentDomain")
    public record DomainEntry(
            @Schema(required = true) String code,
            @Schema(required = true) Integer ordinal,
            @Schema(required = true) String nameZh,
            String nameEn,
            @Schema(required = true) List<String> leadUnits,
            @Schema(required = true) List<String> responsibleUnits,
            @Schema(required = true) List<GoalEntry> goals,
            List<MeasureEntry> measures,
            @Schema(required = true) List<IndicatorEntry> indicators) {

        public DomainEntry {
            leadUnits = leadUnits == null ? List.of() : leadUnits;
            responsibleUnits = responsibleUnits == null ? List.of() : responsibleUnits;
            goals = goals == null ? List.of() : goals;
            measures = measures == null ? List.of() : measures;
            indicators = indicators == null ? List.of() : indicators;
        }
    }

    @Schema(name = "PlanDocumentGoal")
    public record GoalEntry(@Schema(required = true) Integer number, @Schema(required = true) String textZh, String textEn) {
    }

    @Schema(name = "PlanDocumentMeasure")
    public record MeasureEntry(@Schema(required = true) Integer number, @Schema(required = true) String titleZh,
                               String titleEn) {
    }

    @Schema(name = "PlanDocumentIndicator")
    public record IndicatorEntry(
            @Schema(required = true) String code,
            Integer goalNumber,
            Integer measureNumber,
            @Schema(required = true) String nameZh,
            String nameEn,
            Unit unit,
            @Schema(required = true) TargetType targetType,
            BigDecimal targetValue,
            Integer targetYear,
            Integer baselineYear,
            BigDecimal baselineValue,
            List<Dimension> disaggregations,
            String dataSource,
            @Schema(required = true) ReportingFrequency reportingFrequency,
            String sourceTextZh,
            String note,
            /* When this definition takes effect; on first import it defaults to the first day of the plan period. */
            LocalDate effectiveFrom) {

        public IndicatorDefinition definition() {
            return new IndicatorDefinition(nameZh, nameEn, unit, targetType, targetValue, targetYear, baselineYear,
                    baselineValue, disaggregations, dataSource, reportingFrequency, sourceTextZh, note);
        }
    }
}
