package org.childplan.evaluation.rest;

import java.math.BigDecimal;
import java.util.List;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.domain.progress.GapTrend;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.evaluation.domain.Labels;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EquityGap", description = "The gap between urban and rural, or male and female, values of an indicator, "
        + "and whether it narrows. 城乡、性别差距。")
public record EquityGapView(
        @Schema(examples = "HEALTH-3c") String indicatorCode,
        String domainCode,
        String nameZh,
        String nameEn,
        @Schema(implementation = Vocabulary.GapDimension.class) String dimension,
        @Schema(examples = "城乡") String dimensionZh,
        @Schema(examples = "URBAN") String groupA,
        @Schema(examples = "RURAL") String groupB,
        GapTrend trend,
        @Schema(examples = "差距缩小") String trendZh,
        Integer earliestYear,
        Integer latestYear,
        BigDecimal earliestAbsoluteGap,
        BigDecimal latestAbsoluteGap,
        @Schema(description = "Whether group A and B have swapped places") boolean gapReversed,
        List<YearView> years) {

    @Schema(name = "EquityGapYear")
    public record YearView(int year, BigDecimal valueA, BigDecimal valueB,
                           @Schema(description = "valueA − valueB") BigDecimal gap,
                           @Schema(nullable = true, description = "valueA / valueB; absent when valueB is 0") Double ratio) {
    }

    static EquityGapView from(ProgressService.EquityGap g) {
        var a = g.analysis();
        var i = g.indicator();
        return new EquityGapView(i.code(), i.domainCode(), i.nameZh(), i.nameEn(), g.dimension(),
                Labels.zh(Vocabulary.GapDimension.class, g.dimension()), g.groupA(), g.groupB(), a.trend(), Labels.zh(a.trend()), a.earliestYear(), a.latestYear(), a.earliestAbsoluteGap(), a.latestAbsoluteGap(), a.gapReversed(),
                a.years().stream().map(y -> new YearView(y.year(), y.valueA(), y.valueB(), y.gap(), y.ratio())).toList());
    }
}
