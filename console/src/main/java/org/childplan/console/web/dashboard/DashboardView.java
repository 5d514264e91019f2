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
import org.childplan.console.i18n.Msg;
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
     * English units as the charts and tables write them: the report's UnitWriting has only the Chinese suffixes
     * (个, 小时, /10万), which an English page must not show next to its numbers.
     */
    private static final Map<String, String> ENGLISH_SUFFIX = Map.of("PERCENT", "%", "PER_MILLE", "‰",
            "PER_100K", " per 100,000", "HOURS_PER_DAY", " h");

    /**
     * @param msg     the page's words, in its language: the status names (the charts' legends), the charts' titles and
     *                labels
     * @param english whether the page is in English: the report's …En names and the English units then
     */
    public static DashboardView of(EvaluationReport report, Msg msg, boolean english) {
        Function<String, String> statusLabel = msg::status_name;
        UnaryOperator<String> chartTitle = msg::dash_status_chart;
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
                    .map(r -> indicator(r, msg, english,
                            format(units, r.getUnit() == null ? null : r.getUnit().toString(), r.getUnitZh(), english)))
                    .toList();
            domains.add(new Domain(summary, name, chart, counts, indicators));
        }
        List<Gap> gaps = new ArrayList<>();
        for (EvaluationGapRow gap : report.getEquityGaps() == null ? List.<EvaluationGapRow>of() : report.getEquityGaps()) {
            var indicatorRow = rows.stream().filter(r -> r.getCode().equals(gap.getIndicatorCode())).findFirst();
            String unitCode = indicatorRow.map(r -> r.getUnit() == null ? null : r.getUnit().toString()).orElse(null);
            // the gap rows carry the Chinese name only; the indicator's row has the English one
            String name = english ? indicatorRow.map(EvaluationIndicatorRow::getNameEn).filter(n -> !n.isBlank())
                    .orElse(gap.getNameZh()) : gap.getNameZh();
            Function<BigDecimal, String> value = format(units, unitCode, null, english);
            gaps.add(new Gap(gap, value.apply(gap.getEarliestGap()), value.apply(gap.getLatestGap()),
                    gapChart(gap, name, msg, english, value)));
        }
        return new DashboardView(report, pick(english, report.getTitleZh(), report.getTitleEn()),
                pick(english, report.getPlanTitleZh(), report.getPlanTitleEn()),
                pick(english, report.getIssuerZh(), report.getIssuerEn()), domains, gaps);
    }

    private static Indicator indicator(EvaluationIndicatorRow row, Msg msg, boolean english, Function<BigDecimal, String> value) {
        String chart = null;
        if (row.getValues() != null && !row.getValues().isEmpty()) {
            List<Point> points = row.getValues().stream().filter(v -> v.getYear() != null && v.getValue() != null)
                    .map(v -> new Point(v.getYear(), v.getValue())).toList();
            if (!points.isEmpty()) {
                int lastYear = points.stream().mapToInt(Point::year).max().orElseThrow();
                int targetYear = row.getTargetYear() != null ? row.getTargetYear() : lastYear;
                String target = pick(english, row.getTargetZh(), row.getTargetEn());
                String label = target == null || target.isEmpty() ? msg.dash_chart_target() : msg.dash_chart_target_is(target);
                chart = TrendChart.draw(new TrendChart.Trend(row.getCode() + " " + pick(english, row.getNameZh(), row.getNameEn()), points,
                        row.getBaselineYear(), row.getTargetValue(), label, targetYear,
                        row.getProjectedValue() == null ? null : BigDecimal.valueOf(row.getProjectedValue()),
                        row.getStatus() == null ? null : row.getStatus().toString(), value)).svg();
            }
        }
        return new Indicator(row, pick(english, row.getNameZh(), row.getNameEn()),
                row.getStatus() == null ? null : row.getStatus().toString(),
                pick(english, row.getTargetZh(), row.getTargetEn()), value.apply(row.getBaselineValue()), value.apply(row.getLatestValue()), chart);
    }

    private static String gapChart(EvaluationGapRow gap, String name, Msg msg, boolean english, Function<BigDecimal, String> value) {
        if (gap.getPoints() == null || gap.getPoints().isEmpty()) {
            return null;
        }
        if (english) {
            var a = new GapChart.Series(msg.dash_group(gap.getGroupA()),
                    gap.getPoints().stream().filter(p -> p.getValueA() != null).map(p -> new Point(p.getYear(), p.getValueA())).toList());
            var b = new GapChart.Series(msg.dash_group(gap.getGroupB()),
                    gap.getPoints().stream().filter(p -> p.getValueB() != null).map(p -> new Point(p.getYear(), p.getValueB())).toList());
            String latest = gap.getLatestGap() == null ? null : msg.dash_chart_gap(gap.getLatestYear(),
                    msg.dash_dimension(gap.getDimension() == null ? null : gap.getDimension().toString()), value.apply(gap.getLatestGap()));
            return GapChart.draw(gap.getIndicatorCode() + " " + name, a, b, latest, value).svg();
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
    private static Function<BigDecimal, String> format(Map<String, UnitWriting> units, String unitCode, String unitName,
            boolean english) {
        if (english) {
            String suffix = unitCode == null ? "" : ENGLISH_SUFFIX.getOrDefault(unitCode, "");
            return v -> v == null ? "—" : v.stripTrailingZeros().toPlainString() + suffix;
        }
        UnitWriting unit = unitCode == null ? null : units.get(unitCode);
        String suffix = unit != null && unit.getValueSuffixZh() != null ? unit.getValueSuffixZh()
                : unitName == null ? "" : " " + unitName;
        return v -> v == null ? "—" : v.stripTrailingZeros().toPlainString() + suffix;
    }

    private static String pick(boolean english, String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
