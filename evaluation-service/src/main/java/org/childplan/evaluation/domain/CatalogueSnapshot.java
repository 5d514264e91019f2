package org.childplan.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.evaluation.domain.progress.TargetType;

/**
 * What evaluation-service needs of a plan's catalogue, as in force on one date: read from indicator-service in
 * one request per plan, and kept as the last good copy for when it is unavailable.
 */
public record CatalogueSnapshot(
        PlanInfo plan,
        LocalDate asOf,
        List<DomainInfo> domains,
        List<GoalInfo> goals,
        List<IndicatorInfo> indicators,
        List<AreaInfo> reportingAreas,
        List<UnitInfo> units,
        List<DimensionInfo> dimensions) {

    public record PlanInfo(String code, String titleZh, String titleEn, String jurisdictionCode, String jurisdictionZh,
                           String jurisdictionEn, int periodStart, int periodEnd, Integer baselineYear) {
    }

    public record DomainInfo(String code, int ordinal, String nameZh, String nameEn) {
    }

    public record GoalInfo(String code, String domainCode, int number, String textZh, String textEn) {
    }

    public record IndicatorInfo(
            String code,
            String domainCode,
            Integer goalNumber,
            Integer measureNumber,
            String nameZh,
            String nameEn,
            String unit,
            TargetType targetType,
            BigDecimal targetValue,
            Integer targetYear,
            Integer baselineYear,
            BigDecimal baselineValue,
            Set<String> disaggregations,
            String reportingFrequency,
            int version) {

        public boolean annual() {
            return "ANNUAL".equals(reportingFrequency);
        }

        public boolean qualitative() {
            return targetType == TargetType.QUALITATIVE;
        }

        /** The goal this indicator belongs to, e.g. HEALTH-3; null when it comes from a strategy measure. */
        public String goalCode() {
            return goalNumber == null ? null : domainCode + "-" + goalNumber;
        }
    }

    public record AreaInfo(String code, String nameZh, String nameEn, String level) {
    }

    /**
     * A unit's value range, the factor by which numerator/denominator gives the value (100 for %), and how a report
     * writes it (decimals, 3.1‰, 0.3个千分点); the writing is absent in snapshots frozen before the catalogue gave it.
     */
    public record UnitInfo(String code, String symbolZh, BigDecimal min, BigDecimal max, boolean wholeNumber,
                           BigDecimal ratioScale, Integer decimals, String valueSuffixZh, String changeSuffixZh) {
    }

    public record DimensionInfo(String code, List<String> values) {
    }

    public Optional<IndicatorInfo> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Map<String, IndicatorInfo> indicatorsByCode() {
        return indicators.stream().collect(Collectors.toMap(IndicatorInfo::code, Function.identity()));
    }

    public Optional<UnitInfo> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public Optional<AreaInfo> area(String code) {
        return reportingAreas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public List<String> dimensionValues(String dimension) {
        return dimensions.stream().filter(d -> d.code().equals(dimension)).findFirst().map(DimensionInfo::values)
                .orElse(List.of());
    }

    public Optional<DomainInfo> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
