package org.childplan.console.web.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.childplan.console.client.evaluation.model.EvaluationDomainSummary;
import org.childplan.console.client.evaluation.model.EvaluationGapRow;
import org.childplan.console.client.evaluation.model.EvaluationIndicatorRow;
import org.childplan.console.client.evaluation.model.EvaluationReport;
import org.childplan.console.client.evaluation.model.ProgressStatus;
import org.childplan.console.client.evaluation.model.UnitWriting;
import org.childplan.platform.chart.GapChart;
import org.childplan.platform.chart.Point;
import org.childplan.platform.chart.StatusBar;
import org.childplan.platform.chart.TrendChart;

/**
 * The public dashboard of one published report: the report's JSON arranged by domain, with the report's own charts
 * (org.childplan.platform.chart) drawn from the same figures as the report's SvgReportCharts draws them. The mapping is
 * the console's own because it starts from the generated client model, not from evaluation-service's domain types.
 * Every chart is the standalone SVG (labels as text, a title); the tables next to it carry the same figures.
 */
public record DashboardView(EvaluationReport report, String title, String planTitle, String issuer, List<Domain> domains,
                            List<Gap> gaps) {

    public record Domain(EvaluationDomainSummary summary, String name, String statusChart, List<StatusCountRow> counts,
                         List<Indicator> indicators) {
    }

    public record StatusCountRow(String status, int count) {
    }

    public record Indicator(EvaluationIndicatorRow row, String name, String status, String target, String baseline, String latest, String trendChart) {
    }

    public record Gap(EvaluationGapRow row, String earliestGap, String latestGap, String chart) {
    }

    /**
     * @param statusLabel the status's name in the page's language (the chart's legend)
     * @param chartTitle  a domain's chart title from its name, in the page's language
     */
    public static DashboardView of(EvaluationReport report, Function<String, String> statusLabel,
            UnaryOperator<String> chartTitle, boolean english) {
        Map<String, UnitWriting> units = new HashMap<>();
        if (report.getUnits() != null) {
            report.getUnits().forEach(u -> units.put(u.getCode(), u));
        }
        List<EvaluationIndicatorRow> rows = report.getIndicators() == null ? List.of() : report.getIndicators();
        List<Domain> domains = new ArrayList<>();
        for (EvaluationDomainSummary summary : report.getSummary() == null ? List.<EvaluationDomainSummary>of() : report.getSummary()) {
            List<StatusCountRow> counts = new ArrayList<>();
            List<StatusBar.StatusCount> bar = new ArrayList<>();
            for (ProgressStatus status : ProgressStatus.values()) {
                // not assessed: the qualitative goals, rated elsewhere; unknown_default_open_api: the generator's catch-all
                if (status == ProgressStatus.NOT_ASSESSED || status.toString().startsWith("unknown_default")) {
                    continue;
                }
                int count = summary.getStatusCounts() == null ? 0 : summary.getStatusCounts().getOrDefault(status.toString(), 0);
                counts.add(new StatusCountRow(status.toString(), count));
                bar.add(new StatusBar.StatusCount(status.toString(), statusLabel.apply(status.toString()), count));
            }
            String name = pick(english, summary.getNameZh(), summary.getNameEn());
            String chart = StatusBar.draw(chartTitle.apply(name), bar, statusLabel.apply("NONE")).svg();
            List<Indicator> indicators = rows.stream().filter(r -> summary.getCode().equals(r.getDomainCode()))
                    .map(r -> indicator(r, english, format(units, r.getUnit() == null ? null : r.getUnit().toString(), r.getUnitZh())))
                    .toList();
            domains.add(new Domain(summary, name, chart, counts, indicators));
        }
        List<Gap> gaps = new ArrayList<>();
        for (EvaluationGapRow gap : report.getEquityGaps() == null ? List.<EvaluationGapRow>of() : report.getEquityGaps()) {
            String unitCode = rows.stream().filter(r -> r.getCode().equals(gap.getIndicatorCode())).findFirst()
                    .map(r -> r.getUnit() == null ? null : r.getUnit().toString()).orElse(null);
            Function<BigDecimal, String> value = format(units, unitCode, null);
            gaps.add(new Gap(gap, value.apply(gap.getEarliestGap()), value.apply(gap.getLatestGap()), gapChart(gap, value)));
        }
        return new DashboardView(report, pick(english, report.getTitleZh(), report.getTitleEn()),
                pick(english, report.getPlanTitleZh(), report.getPlanTitleEn()),
                pick(english, report.getIssuerZh(), report.getIssuerEn()), domains, gaps);
    }

    private static Indicator indicator(EvaluationIndicatorRow row, boolean english, Function<BigDecimal, String> value) {
        String chart = null;
        if (row.getValues() != null && !row.getValues().isEmpty()) {
            List<Point> points = row.getValues().stream().filter(v -> v.getYear() != null && v.getValue() != null)
                    .map(v -> new Point(v.getYear(), v.getValue())).toList();
            if (!points.isEmpty()) {
                int lastYear = points.stream().mapToInt(Point::year).max().orElseThrow();
                int targetYear = row.getTargetYear() != null ? row.getTargetYear() : lastYear;
                String label = row.getTargetZh() == null || row.getTargetZh().isEmpty() ? "目标" : "目标 " + row.getTargetZh();
                chart = TrendChart.draw(new TrendChart.Trend(row.getCode() + " " + row.getNameZh(), points,
                        row.getBaselineYear(), row.getTargetValue(), label, targetYear,
                        row.getProjectedValue() == null ? null : BigDecimal.valueOf(row.getProjectedValue()),
                        row.getStatus() == null ? null : row.getStatus().toString(), value)).svg();
            }
        }
        return new Indicator(row, pick(english, row.getNameZh(), row.getNameEn()),
                row.getStatus() == null ? null : row.getStatus().toString(),
                pick(english, row.getTargetZh(), row.getTargetEn()), value.apply(row.getBaselineValue()), value.apply(row.getLatestValue()), chart);
    }

    private static String gapChart(EvaluationGapRow gap, Function<BigDecimal, String> value) {
        if (gap.getPoints() == null || gap.getPoints().isEmpty()) {
            return null;
        }
        var a = new GapChart.Series(gap.getGroupAZh() == null ? gap.getGroupA() : gap.getGroupAZh(),
                gap.getPoints().stream().filter(p -> p.getValueA() != null).map(p -> new Point(p.getYear(), p.getValueA())).toList());
        var b = new GapChart.Series(gap.getGroupBZh() == null ? gap.getGroupB() : gap.getGroupBZh(),
                gap.getPoints().stream().filter(p -> p.getValueB() != null).map(p -> new Point(p.getYear(), p.getValueB())).toList());
        String latest = gap.getLatestGap() == null ? null
                : gap.getLatestYear() + "年" + (gap.getDimensionZh() == null ? "" : gap.getDimensionZh()) + "差距" + value.apply(gap.getLatestGap());
        return GapChart.draw(gap.getIndicatorCode() + " " + gap.getNameZh(), a, b, latest, value).svg();
    }

    /** A value with its unit as the report writes it (86.0%, 3.1‰); the unit's name after it when the report has no suffix. */
    private static Function<BigDecimal, String> format(Map<String, UnitWriting> units, String unitCode, String unitName) {
        UnitWriting unit = unitCode == null ? null : units.get(unitCode);
        String suffix = unit != null && unit.getValueSuffixZh() != null ? unit.getValueSuffixZh()
                : unitName == null ? "" : " " + unitName;
        return v -> v == null ? "—" : v.stripTrailingZeros().toPlainString() + suffix;
    }

    private static String pick(boolean english, String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
