package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The report's charts as SVG drawn on the server, so the PDF stays vector and its labels stay text. */
@ApplicationScoped
public class SvgReportCharts implements ReportCharts {

    @Override
    public String trend(EvaluationReport.IndicatorRow row, UnitWriting unit) {
        return null;
    }

    @Override
    public String statusBar(EvaluationReport.DomainSummary summary) {
        return null;
    }

    @Override
    public String gap(EvaluationReport.GapRow gap, List<UnitWriting> units) {
        return null;
    }
}
