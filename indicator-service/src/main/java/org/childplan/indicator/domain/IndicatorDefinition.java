package org.childplan.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Everything about an indicator that can change over the plan's life and is therefore versioned:
 * its name, unit, target and how it is reported.
 */
public record IndicatorDefinition(
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
        String note) {

    public IndicatorDefinition {
        disaggregations = disaggregations == null ? List.of() : List.copyOf(disaggregations);
    }

    public Direction direction() {
        return targetType.direction();
    }

    /** Equal in meaning: numbers compare by value, so 90 and 90.0 are the same target. */
    public boolean sameAs(IndicatorDefinition other) {
        return Objects.equals(nameZh, other.nameZh)
                && Objects.equals(nameEn, other.nameEn)
                && unit == other.unit
                && targetType == other.targetType
                && sameNumber(targetValue, other.targetValue)
                && Objects.equals(targetYear, other.targetYear)
                && Objects.equals(baselineYear, other.baselineYear)
                && sameNumber(baselineValue, other.baselineValue)
                && disaggregations.equals(other.disaggregations)
                && Objects.equals(dataSource, other.dataSource)
                && reportingFrequency == other.reportingFrequency
                && Objects.equals(sourceTextZh, other.sourceTextZh)
                && Objects.equals(note, other.note);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
