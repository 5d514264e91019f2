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
        String formatVersion,
        Header plan,
        List<AreaEntry> reportingAreas,
        List<DomainEntry> domains) {

    public static final String FORMAT_VERSION = "1.0";

    public PlanDocument {
        reportingAreas = reportingAreas == null ? List.of() : reportingAreas;
        domains = domains == null ? List.of() : domains;
    }

    @Schema(name = "PlanDocumentPlan")
    public record Header(
            String code,
            String titleZh,
            String titleEn,
            String jurisdictionCode,
            String jurisdictionZh,
            String jurisdictionEn,
            Integer periodStart,
            Integer periodEnd,
            Integer baselineYear,
            String documentNumber,
            String issuerZh,
            LocalDate issuedOn) {
    }

    @Schema(name = "PlanDocumentReportingArea")
    public record AreaEntry(String code, String nameZh, String nameEn, AreaLevel level, String parentCode) {
    }

    @Schema(name = "PlanDocumentDomain")
    public record DomainEntry(
            String code,
            Integer ordinal,
            String nameZh,
            String nameEn,
            List<String> leadUnits,
            List<String> responsibleUnits,
            List<GoalEntry> goals,
            List<MeasureEntry> measures,
            List<IndicatorEntry> indicators) {

        public DomainEntry {
            leadUnits = leadUnits == null ? List.of() : leadUnits;
            responsibleUnits = responsibleUnits == null ? List.of() : responsibleUnits;
            goals = goals == null ? List.of() : goals;
            measures = measures == null ? List.of() : measures;
            indicators = indicators == null ? List.of() : indicators;
        }
    }

    @Schema(name = "PlanDocumentGoal")
    public record GoalEntry(Integer number, String textZh, String textEn) {
    }

    @Schema(name = "PlanDocumentMeasure")
    public record MeasureEntry(Integer number, String titleZh, String titleEn) {
    }

    @Schema(name = "PlanDocumentIndicator")
    public record IndicatorEntry(
            String code,
            Integer goalNumber,
            Integer measureNumber,
            String nameZh,
            String nameEn,
            Unit unit,
            TargetType targetType,
            BigDecimal targetValue,
            Integer targetYear,
            Integer baselineYear,
            BigDecimal baselineValue,
            List<Dimension> disaggregations,
            String dataSource,
            ReportingFrequency reportingFrequency,
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
