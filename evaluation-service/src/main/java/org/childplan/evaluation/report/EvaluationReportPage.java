package org.childplan.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The evaluation report arranged for the printed page: indicators grouped under their domains, charts as bars. */
public record EvaluationReportPage(EvaluationReport report, List<DomainPage> domains, List<ChartPage> charts) {

    public record DomainPage(EvaluationReport.DomainSummary summary, List<EvaluationReport.IndicatorRow> indicators,
                             List<EvaluationReport.QualitativeGoal> goals) {
    }

    /** A trend chart drawn with HTML blocks, so its labels stay text in the PDF. */
    public record ChartPage(EvaluationReport.Chart chart, List<Bar> bars) {
    }

    public record Bar(int year, BigDecimal value, int widthPercent) {
    }

    public static EvaluationReportPage of(EvaluationReport r) {
        List<DomainPage> domains = r.summary().stream().map(s -> new DomainPage(s,
                r.indicators().stream().filter(i -> i.domainCode().equals(s.code())).toList(),
                r.qualitativeGoals().stream().filter(g -> g.domainCode().equals(s.code())).toList())).toList();
        return new EvaluationReportPage(r, domains, r.charts().stream().map(EvaluationReportPage::chart).toList());
    }

    private static ChartPage chart(EvaluationReport.Chart c) {
        BigDecimal max = c.targetValue() == null ? BigDecimal.ZERO : c.targetValue();
        for (EvaluationReport.YearValue p : c.points()) {
            max = max.max(p.value());
        }
        BigDecimal scale = max.signum() <= 0 ? BigDecimal.ONE : max;
        return new ChartPage(c, c.points().stream().map(p -> new Bar(p.year(), p.value(),
                p.value().signum() <= 0 ? 0 : p.value().multiply(BigDecimal.valueOf(100)).divide(scale, 0, RoundingMode.HALF_UP)
                        .max(BigDecimal.ONE).intValue())).toList());
    }
}
