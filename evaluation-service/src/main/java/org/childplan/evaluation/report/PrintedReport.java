package org.childplan.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.report.EvaluationReport.DomainNarrative;
import org.childplan.evaluation.report.EvaluationReport.DomainSummary;
import org.childplan.evaluation.report.EvaluationReport.GapRow;
import org.childplan.evaluation.report.EvaluationReport.IndicatorRow;
import org.childplan.evaluation.report.EvaluationReport.QualitativeGoal;

/**
 * What the printed evaluation and annual reports share, arranged for the page: the cover, the count that opens the
 * report, one section per domain (its text, its table with units and targets written out, its charts) and the gaps.
 * Everything is read from the report's own data, so a sealed report prints the same every time.
 */
public final class PrintedReport {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private PrintedReport() {
    }

    /** The title page: the plan, the report, who issues it and the day, with no codes or checksums. */
    public record Cover(String planTitleZh, String planTitleEn, String titleZh, String titleEn, String issuerZh,
                        String issuerEn, String dateZh, String draftZh) {
    }

    /** A domain's part of the report, numbered （一）, （二） …, with its charts as SVG markup. */
    public record DomainSection(String number, String code, String nameZh, String nameEn, DomainSummary summary,
                                List<String> paragraphs, String statusBar, List<Row> rows, List<ChartCell> charts,
                                List<QualitativeGoal> goals, String emptyZh) {

        public boolean hasQuantitative() {
            return !rows.isEmpty();
        }
    }

    /** A chart with the caption that names what it shows: the indicator's code and name. */
    public record ChartCell(String caption, String html) {
    }

    /** An indicator's row as printed: every number with its unit and year, the target as the plan states it. */
    public record Row(String code, String nameZh, String unitZh, String baseline, String baselineYear, String latest,
                      String latestYear, String targetZh, String status, String statusZh, String projection,
                      String projectionYear) {
    }

    /** An equity gap with its two groups' latest values, the change of the gap in words, and its chart. */
    public record GapSection(GapRow gap, String earliest, String earliestYear, String latest, String latestYear, ChartCell chart) {
    }

    /** Section numbers as Chinese documents write them: 一 … 十, 十一 … 九十九. */
    public static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
    }

    /**
     * The sentence that opens the report, as the national monitoring reports open: how many indicators could be
     * monitored, how many have reached their target or are on track, and the share.
     */
    public static String overviewZh(List<DomainSummary> summary) {
        int quantitative = 0;
        int graded = 0;
        int achieved = 0;
        int onTrack = 0;
        for (DomainSummary s : summary) {
            quantitative += s.quantitative();
            achieved += s.achieved();
            onTrack += s.onTrack();
            graded += graded(s);
        }
        if (graded == 0) {
            return "本规划" + quantitative + "项定量指标均尚无可据以评估进展的数据。";
        }
        return "在可监测的" + graded + "项定量指标中" + (graded == quantitative ? "" : "（定量指标共" + quantitative + "项）") + "，有" + achieved + "项已达标，" + onTrack
                + "项进展良好，达标或进展良好的占" + share(achieved + onTrack, graded) + "。";
    }

    /** Indicators whose status is one of the graded categories: the ones that could be monitored. */
    static int graded(DomainSummary s) {
        return Arrays.stream(ProgressStatus.values()).filter(ProgressStatus::isGraded)
                .mapToInt(status -> s.statusCounts().getOrDefault(status.name(), 0)).sum();
    }

    static String share(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * One section per domain, in the plan's order. {@code chartsFor} draws an indicator's trend chart (or none),
     * {@code statusBarFor} a domain's status bar; {@code goalsSection} names where the qualitative goals are rated.
     */
    public static List<DomainSection> domains(List<DomainSummary> summary, List<IndicatorRow> rows,
                                              List<DomainNarrative> narratives, List<QualitativeGoal> goals,
                                              List<UnitWriting> units, int planEnd, Function<IndicatorRow, String> chartsFor,
                                              Function<DomainSummary, String> statusBarFor, String goalsSection) {
        Map<String, DomainNarrative> narrativeByDomain = narratives == null ? Map.of()
                : narratives.stream().collect(Collectors.toMap(DomainNarrative::domainCode, n -> n, (a, b) -> a));
        return java.util.stream.IntStream.range(0, summary.size()).mapToObj(i -> {
            DomainSummary s = summary.get(i);
            List<IndicatorRow> quantitative = rows.stream()
                    .filter(r -> r.domainCode().equals(s.code()) && r.quantitative()).toList();
            List<QualitativeGoal> domainGoals = goals.stream().filter(g -> g.domainCode().equals(s.code())).toList();
            DomainNarrative narrative = narrativeByDomain.get(s.code());
            List<String> paragraphs = narrative == null || narrative.textZh() == null ? List.of()
                    : Arrays.stream(narrative.textZh().split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
            // the drafted narrative says it already; a report sealed before narratives existed gets the sentence here
            String empty = quantitative.isEmpty() && paragraphs.isEmpty()
                    ? "本领域目标均为定性目标，不设定量指标，评定情况见" + goalsSection + "。" : null;
            return new DomainSection("（" + numeral(i + 1) + "）", s.code(), s.nameZh(), s.nameEn(), s, paragraphs,
                    quantitative.isEmpty() ? null : statusBarFor.apply(s),
                    quantitative.stream().map(r -> row(r, ReportAssembler.writing(units, r.unit()), planEnd)).toList(),
                    quantitative.stream().map(r -> cell(r.code() + " " + r.nameZh(), chartsFor.apply(r))).filter(c -> c != null)
                            .toList(), domainGoals, empty);
        }).toList();
    }

    private static ChartCell cell(String caption, String html) {
        return html == null ? null : new ChartCell(caption, html);
    }

    static Row row(IndicatorRow r, UnitWriting unit, int planEnd) {
        String target = r.targetZh() == null ? "" : r.targetZh();
        if (r.targetYear() != null && r.targetYear() != planEnd && !target.isEmpty()) {
            target += "（" + r.targetYear() + "年）";
        }
        boolean projected = r.projectedValue() != null;
        return new Row(r.code(), r.nameZh(), r.unitZh() == null ? "" : r.unitZh(), value(unit, r.baselineValue()),
                year(r.baselineValue() == null ? null : r.baselineYear()), value(unit, r.latestValue()),
                year(r.latestValue() == null ? null : r.latestYear()), target, r.status(),
                r.statusZh() == null ? Labels.zh(ProgressStatus.class, r.status()) : r.statusZh(),
                projected ? unit.value(BigDecimal.valueOf(r.projectedValue())) : "—",
                year(projected ? r.targetYear() : null));
    }

    private static String value(UnitWriting unit, BigDecimal value) {
        return value == null ? "—" : unit.value(value);
    }

    private static String year(Integer year) {
        return year == null ? "" : "（" + year + "年）";
    }

    public static List<GapSection> gaps(List<GapRow> gaps, List<IndicatorRow> rows, List<UnitWriting> units,
                                        ReportCharts charts) {
        Map<String, IndicatorRow> byCode = rows.stream().collect(Collectors.toMap(IndicatorRow::code, r -> r, (a, b) -> a));
        return gaps.stream().map(g -> {
            IndicatorRow row = byCode.get(g.indicatorCode());
            UnitWriting unit = row == null ? UnitWriting.PLAIN : ReportAssembler.writing(units, row.unit());
            return new GapSection(g, gap(unit, g.earliestGap()), year(g.earliestGap() == null ? null : g.earliestYear()),
                    gap(unit, g.latestGap()), year(g.latestGap() == null ? null : g.latestYear()),
                    cell(g.indicatorCode() + " " + g.nameZh() + "（" + (g.dimensionZh() == null ? g.dimension() : g.dimensionZh()) + "）",
                            charts.gap(g, unit)));
        }).toList();
    }

    /** The charts of the gaps that have one. */
    static List<ChartCell> charts(List<GapSection> gaps) {
        return gaps.stream().map(GapSection::chart).filter(java.util.Objects::nonNull).toList();
    }

    private static String gap(UnitWriting unit, BigDecimal gap) {
        return gap == null ? "—" : unit.change(gap);
    }
}
