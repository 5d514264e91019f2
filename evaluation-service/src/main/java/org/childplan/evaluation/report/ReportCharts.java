package org.childplan.evaluation.report;

/** Draws a report's charts as SVG markup for the page; null where a chart has nothing to show. */
public interface ReportCharts {

    String trend(EvaluationReport.IndicatorRow row, UnitWriting unit);

    String statusBar(EvaluationReport.DomainSummary summary);

    String gap(EvaluationReport.GapRow gap, UnitWriting unit);
}
