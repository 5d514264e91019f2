package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.platform.chart.Chart;
import org.childplan.platform.chart.GapChart;
import org.childplan.platform.chart.Point;
import org.childplan.platform.chart.StatusBar;
import org.childplan.platform.chart.TrendChart;

/**
 * The report's charts drawn on the server (report.chart), in their HTML form: an SVG for the lines and labels laid over
 * it as text, because openhtmltopdf draws SVG text as outlines and a reader's tools must find the labels in the PDF.
 */
@ApplicationScoped
public class SvgReportCharts implements ReportCharts {

    @Override
    public String trend(EvaluationReport.IndicatorRow row, UnitWriting unit) {
        if (row.values() == null || row.values().isEmpty()) {
            return null;
        }
        List<Point> points = row.values().stream().map(v -> new Point(v.year(), v.value())).toList();
        int lastYear = points.stream().mapToInt(Point::year).max().orElseThrow();
        int targetYear = row.targetYear() != null ? row.targetYear() : lastYear;
        String label = row.targetZh() == null || row.targetZh().isEmpty() ? "目标" : "目标 " + row.targetZh();
        return TrendChart.draw(new TrendChart.Trend(row.code() + " " + row.nameZh(), points, row.baselineYear(), row.targetValue(),
                label, targetYear, row.projectedValue() == null ? null : BigDecimal.valueOf(row.projectedValue()), row.status(),
                unit::value)).html();
    }

    @Override
    public String statusBar(EvaluationReport.DomainSummary summary) {
        List<StatusBar.StatusCount> counts = new ArrayList<>();
        for (ProgressStatus status : ProgressStatus.values()) {
            if (status != ProgressStatus.NOT_ASSESSED) {
                counts.add(new StatusBar.StatusCount(status.name(), Labels.zh(status),
                        summary.statusCounts().getOrDefault(status.name(), 0)));
            }
        }
        return StatusBar.draw(summary.nameZh() + "指标进展状态", counts, "暂无可评估的定量指标").html();
    }

    @Override
    public String gap(EvaluationReport.GapRow gap, UnitWriting unit) {
        if (gap.points() == null || gap.points().isEmpty()) {
            return null;
        }
        GapChart.Series a = new GapChart.Series(gap.groupAZh() == null ? gap.groupA() : gap.groupAZh(),
                gap.points().stream().map(p -> new Point(p.year(), p.valueA())).toList());
        GapChart.Series b = new GapChart.Series(gap.groupBZh() == null ? gap.groupB() : gap.groupBZh(),
                gap.points().stream().map(p -> new Point(p.year(), p.valueB())).toList());
        String latest = gap.latestGap() == null ? null
                : gap.latestYear() + "年" + (gap.dimensionZh() == null ? "" : gap.dimensionZh()) + "差距" + unit.change(gap.latestGap());
        return GapChart.draw(gap.indicatorCode() + " " + gap.nameZh(), a, b, latest, unit::value).html();
    }
}
