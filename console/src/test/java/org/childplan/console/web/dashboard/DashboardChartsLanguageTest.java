package org.childplan.console.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.childplan.console.client.evaluation.model.EvaluationDomainSummary;
import org.childplan.console.client.evaluation.model.EvaluationGapPoint;
import org.childplan.console.client.evaluation.model.EvaluationGapRow;
import org.childplan.console.client.evaluation.model.EvaluationIndicatorRow;
import org.childplan.console.client.evaluation.model.EvaluationReport;
import org.childplan.console.client.evaluation.model.GapDimension;
import org.childplan.console.client.evaluation.model.ProgressStatus;
import org.childplan.console.client.evaluation.model.Unit;
import org.childplan.console.client.evaluation.model.UnitWriting;
import org.childplan.console.client.evaluation.model.YearValue;
import org.childplan.console.i18n.Msg;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's charts (server-side SVG) speak the page's language: with ?lang=en no Chinese is left in any chart —
 * titles, target line, legends, the gap in words, the units — and the Chinese page keeps the report's Chinese.
 */
@QuarkusTest
class DashboardChartsLanguageTest {

    private static final String HAN = "\\p{IsHan}";

    @Test
    void theEnglishDashboardsChartsCarryNoChinese() {
        DashboardView view = view(MessageBundles.get(Msg.class, Localized.Literal.of("en")), true);
        List<String> charts = charts(view);
        assertThat(charts).hasSize(3);
        charts.forEach(svg -> assertThat(svg).as(svg).doesNotContainPattern(HAN));
        String all = String.join("\n", charts);
        assertThat(all).contains("Progress of the indicators: Health", "Target achieved", "HEALTH-1 Under-five mortality rate",
                "Target ≤5‰", "4.2‰", "HEALTH-2 Hospital births", "Urban", "Rural", "Urban–rural gap in 2023: 1.5%");
        assertThat(view.domains().get(0).indicators().get(0).latest()).isEqualTo("4.2‰");
    }

    @Test
    void theChineseDashboardsChartsKeepTheReportsChinese() {
        DashboardView view = view(MessageBundles.get(Msg.class), false);
        String all = String.join("\n", charts(view));
        assertThat(all).contains("健康指标进展状态", "已达标", "HEALTH-1 5岁以下儿童死亡率", "目标 ≤5‰", "城镇", "农村",
                "2023年城乡差距1.5%");
    }

    /**
     * The view drawn on a thread of its own, outside the test method's request context: ConsoleTemplates would otherwise
     * ask that context's Page (the HTTP request, of which there is none here) for the language.
     */
    private static DashboardView view(Msg msg, boolean english) {
        try {
            return CompletableFuture.supplyAsync(() -> DashboardView.of(report(), msg, english)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> charts(DashboardView view) {
        List<String> charts = new ArrayList<>();
        view.domains().forEach(d -> {
            charts.add(d.statusChart());
            d.indicators().stream().map(DashboardView.Indicator::trendChart).filter(c -> c != null).forEach(charts::add);
        });
        view.gaps().stream().map(DashboardView.Gap::chart).filter(c -> c != null).forEach(charts::add);
        return charts;
    }

    private static EvaluationReport report() {
        var mortality = new EvaluationIndicatorRow().domainCode("HEALTH").code("HEALTH-1").nameZh("5岁以下儿童死亡率")
                .nameEn("Under-five mortality rate").unit(Unit.PER_MILLE).unitZh("千分比").targetZh("≤5‰").targetEn("≤5‰")
                .targetValue(new BigDecimal("5")).targetYear(2025).baselineYear(2020).baselineValue(new BigDecimal("5.1"))
                .latestValue(new BigDecimal("4.2")).status(ProgressStatus.TARGET_ACHIEVED)
                .values(List.of(new YearValue().year(2021).value(new BigDecimal("4.8")),
                        new YearValue().year(2023).value(new BigDecimal("4.2"))));
        var births = new EvaluationIndicatorRow().domainCode("HEALTH").code("HEALTH-2").nameZh("住院分娩率")
                .nameEn("Hospital births").unit(Unit.PERCENT).unitZh("百分比");
        var gap = new EvaluationGapRow().indicatorCode("HEALTH-2").nameZh("住院分娩率").dimension(GapDimension.RESIDENCE)
                .dimensionZh("城乡").groupA("URBAN").groupAZh("城镇").groupB("RURAL").groupBZh("农村")
                .earliestYear(2021).earliestGap(new BigDecimal("2.0")).latestYear(2023).latestGap(new BigDecimal("1.5"))
                .points(List.of(new EvaluationGapPoint().year(2021).valueA(new BigDecimal("99.9")).valueB(new BigDecimal("97.9")),
                        new EvaluationGapPoint().year(2023).valueA(new BigDecimal("99.9")).valueB(new BigDecimal("98.4"))));
        return new EvaluationReport().titleZh("中期评估报告").titleEn("Mid-term evaluation report")
                .units(List.of(new UnitWriting().code("PER_MILLE").symbolZh("‰").decimals(1).valueSuffixZh("‰").changeSuffixZh("个千分点"),
                        new UnitWriting().code("PERCENT").symbolZh("%").decimals(1).valueSuffixZh("%").changeSuffixZh("个百分点")))
                .summary(List.of(new EvaluationDomainSummary().code("HEALTH").nameZh("健康").nameEn("Health")
                        .putStatusCountsItem("TARGET_ACHIEVED", 1)))
                .indicators(List.of(mortality, births)).equityGaps(List.of(gap));
    }
}
