package org.childplan.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.domain.progress.GapTrend;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.progress.WarningRule;
import org.childplan.evaluation.domain.progress.WarningSeverity;
import org.childplan.evaluation.domain.scorecard.Scorecard;
import org.childplan.evaluation.monitoring.CompletenessService;
import org.childplan.evaluation.report.EvaluationReport.AgencyDigest;
import org.childplan.evaluation.report.EvaluationReport.DomainSummary;
import org.childplan.evaluation.report.EvaluationReport.GapPoint;
import org.childplan.evaluation.report.EvaluationReport.GapRow;
import org.childplan.evaluation.report.EvaluationReport.IndicatorRow;
import org.childplan.evaluation.report.EvaluationReport.QualitativeGoal;
import org.childplan.evaluation.report.EvaluationReport.WarningRow;
import org.childplan.evaluation.report.EvaluationReport.YearValue;

/**
 * The workbook of the evaluation report and of the annual monitoring report, for analysts: one numeric column per
 * year, units and targets as the report writes them, Chinese words for every status, and a long sheet (one value a
 * row, ASCII headers) that a pivot table or pandas reads as it is. Both reports give it the same rows, so both
 * workbooks have the same layout; the parts only one report has (qualitative goals, self-assessments, completeness)
 * get a sheet where they are given.
 *
 * <p>Values reported by agencies are stored exactly as reported and shown at the unit's precision by the number
 * format; values the service computes (R, the projection) are stored rounded, since their extra digits are noise of
 * the arithmetic (91.17999999999998), not information.
 */
final class ReportWorkbook {

    /** R is read against thresholds such as 0.8; two places are all a reader uses. */
    private static final int RATIO_DECIMALS = 2;
    private static final String RATIO_FORMAT = "0.00";
    private static final String PERCENT_FORMAT = "0.0%";
    private static final String TOTAL = Vocabulary.Residence.TOTAL.name();
    private static final String UNRATED_ZH = "未评定";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** What the workbook says about itself on its first sheet. */
    record Heading(String titleZh, String titleEn, String planCode, String planTitleZh, String planTitleEn,
                   String jurisdictionCode, String jurisdictionZh, String issuerZh, String issuerEn, int referenceYear,
                   List<Fact> facts) {
    }

    /** A line of the About sheet, such as the version or a checksum; a fact without a value is left out. */
    record Fact(String label, Object value) {
    }

    /**
     * The report's contents. {@code qualitativeGoals}, {@code selfAssessments}, {@code completeness} and
     * {@code scorecards} are null for a report that has no such part (no sheet), and empty for one that has none of
     * them (a sheet with its header).
     */
    record Parts(Heading heading, List<UnitWriting> units, List<DomainSummary> summary, List<IndicatorRow> indicators,
                 List<WarningRow> warnings, List<GapRow> gaps, List<QualitativeGoal> qualitativeGoals,
                 List<AgencyDigest> selfAssessments, List<CompletenessService.Tally> completeness,
                 List<Scorecard> scorecards) {

        /** A report without department scorecards (the evaluation report). */
        Parts(Heading heading, List<UnitWriting> units, List<DomainSummary> summary, List<IndicatorRow> indicators,
              List<WarningRow> warnings, List<GapRow> gaps, List<QualitativeGoal> qualitativeGoals,
              List<AgencyDigest> selfAssessments, List<CompletenessService.Tally> completeness) {
            this(heading, units, summary, indicators, warnings, gaps, qualitativeGoals, selfAssessments, completeness, null);
        }
    }

    private record Sheet(String name, String aboutZh, BiConsumer<Spreadsheet, String> writer) {
    }

    private final Parts parts;
    private final List<IndicatorRow> rows;
    private final List<GapRow> gaps;
    private final Map<String, IndicatorRow> rowsByCode = new HashMap<>();
    private final Map<String, String> domainNames = new HashMap<>();

    private ReportWorkbook(Parts parts) {
        this.parts = parts;
        this.rows = parts.indicators();
        this.gaps = parts.gaps();
        rows.forEach(r -> rowsByCode.putIfAbsent(r.code(), r));
        parts.summary().forEach(d -> domainNames.put(d.code(), d.nameZh()));
    }

    static void write(Parts parts, OutputStream out) throws IOException {
        try (Spreadsheet book = new Spreadsheet()) {
            new ReportWorkbook(parts).writeTo(book);
            book.write(out);
        }
    }

    private void writeTo(Spreadsheet book) {
        List<Sheet> sheets = new ArrayList<>();
        if (parts.completeness() != null) {
            sheets.add(new Sheet("报送情况 Completeness", "各填报单位应报、已报、已通过、按时和逾期报送的指标数；完整率为已报数占应报数的比例。",
                    this::completeness));
        }
        sheets.add(new Sheet("汇总 Summary", "各领域定量指标按进展状态的个数，以及已达标或进展良好的指标所占比例"
                + (parts.qualitativeGoals() == null ? "。" : "；定性目标按评定结果的个数。"), this::summary));
        int[] years = years();
        sheets.add(new Sheet("指标 Indicators", "每个指标一行：单位、目标、基期"
                + (years.length == 0 ? "" : "，" + years[0] + "—" + years[years.length - 1] + "年每年一列的数值")
                + "，最新值、进展状态、R值和预测值。", (sheetBook, name) -> indicators(sheetBook, name, years)));
        if (parts.qualitativeGoals() != null) {
            sheets.add(new Sheet("定性目标 Qualitative goals", "每个定性目标一行：评估组的评定及依据，以及各单位自评时的评定。",
                    this::qualitativeGoals));
        }
        if (parts.selfAssessments() != null) {
            sheets.add(new Sheet("自评 Self-assessments", "各单位自评报告的状态、提交日期和填写情况。", this::selfAssessments));
        }
        sheets.add(new Sheet("预警 Warnings", "触发预警的指标：预警类型、级别、说明和牵头单位。", this::warnings));
        sheets.add(new Sheet("差距 Gaps", "城乡、性别差距：每个指标每年一行，两组的数值及差距（组A减组B）。", this::gaps));
        if (parts.scorecards() != null) {
            sheets.add(new Sheet("目标责任 Scorecards", "各成员单位目标责任落实情况：牵头的目标和指标及其进展状态，截至当年各周期的报送"
                    + "完整性和及时性、被退回和更正次数，自评是否按时；计算方法见“成员单位目标责任落实情况”接口的说明工作表。",
                    (sheetBook, name) -> ScorecardFormats.summary(sheetBook, name, parts.scorecards())));
        }
        sheets.add(new Sheet("长表 Long", "长表：每行一个数值（指标、年份、地区、分组），英文列名，可直接用于数据透视表或pandas；"
                + "disaggregation列为分组代码，合计值之外的城乡、性别分组数值来自差距分析。", this::longFormat));
        about(book, sheets);
        sheets.forEach(s -> s.writer().accept(book, s.name()));
    }

    private void about(Spreadsheet book, List<Sheet> sheets) {
        Heading h = parts.heading();
        try (var table = book.table("说明 About", List.of("项目 Item", "内容 Content"), 0)) {
            table.row("工作簿 Workbook", nonNull(h.planTitleZh()) + h.titleZh() + "的数据表，数值与报告一致，供统计分析使用。");
            table.row("规划 Plan", h.planTitleZh());
            table.row("规划（英文）Plan (EN)", h.planTitleEn());
            table.row("规划代码 Plan code", h.planCode());
            table.row("地区 Area", h.jurisdictionCode() == null ? h.jurisdictionZh()
                    : h.jurisdictionZh() + "（" + h.jurisdictionCode() + "）");
            table.row("报告 Report", h.titleZh());
            table.row("报告（英文）Report (EN)", h.titleEn());
            if (h.issuerZh() != null) {
                table.row("编制单位 Issued by", h.issuerZh());
            }
            table.row("数据年份 Reference year", h.referenceYear());
            for (Fact fact : h.facts()) {
                if (fact.value() != null) {
                    table.row(fact.label(), fact.value());
                }
            }
            table.row("数值与舍入 Rounding", "单元格保存上报的原值，按计量单位的小数位数显示：舍入只是显示格式，不改变单元格中的值。"
                    + "计算所得的值保存为舍入后的值：R值保留两位小数，预测值按计量单位的小数位数。");
            for (Sheet sheet : sheets) {
                table.row("工作表 " + sheet.name(), sheet.aboutZh());
            }
        }
    }

    private void completeness(Spreadsheet book, String name) {
        try (var table = book.table(name, List.of("单位代码 Agency code", "单位 Agency", "应报 Expected", "已报 Submitted",
                "已通过 Accepted", "按时 On time", "逾期 Late", "补报 Back-filled", "完整率 Completeness"), 2)) {
            for (var t : parts.completeness()) {
                table.row(t.code(), t.nameZh(), t.expected(), t.submitted(), t.accepted(), t.onTime(), t.late(), t.backfilled(),
                        new Spreadsheet.Formatted(t.completeness(), PERCENT_FORMAT));
            }
        }
    }

    private void summary(Spreadsheet book, String name) {
        List<ProgressStatus> statuses = Arrays.stream(ProgressStatus.values()).filter(s -> s != ProgressStatus.NOT_ASSESSED)
                .toList();
        boolean rated = parts.qualitativeGoals() != null;
        List<String> headers = new ArrayList<>(List.of("领域代码 Domain code", "领域 Domain", "定量指标 Quantitative indicators"));
        statuses.forEach(s -> headers.add(bilingual(s)));
        headers.add("已达标或进展良好占比 Achieved or on track");
        if (rated) {
            Arrays.stream(GoalRatingValue.values()).forEach(v -> headers.add("定性目标" + bilingual(v)));
            headers.add("定性目标" + UNRATED_ZH + " Unrated");
        }
        try (var table = book.table(name, headers, 2)) {
            for (DomainSummary d : parts.summary()) {
                List<Object> cells = new ArrayList<>(Arrays.asList(d.code(), d.nameZh(), d.quantitative()));
                statuses.forEach(s -> cells.add(d.statusCounts().getOrDefault(s.name(), 0)));
                cells.add(new Spreadsheet.Formatted(d.achievedOrOnTrackShare(), PERCENT_FORMAT));
                if (rated) {
                    Arrays.stream(GoalRatingValue.values()).forEach(v -> cells.add(d.qualitativeRatings().getOrDefault(v.name(), 0)));
                    cells.add(d.qualitativeRatings().getOrDefault("UNRATED", 0));
                }
                table.row(cells);
            }
        }
    }

    private void indicators(Spreadsheet book, String name, int[] years) {
        List<String> headers = new ArrayList<>(List.of("代码 Code", "领域 Domain", "指标 Indicator", "单位 Unit", "目标 Target",
                "目标年 Target year", "基期年 Base year", "基期值 Base value"));
        for (int year : years) {
            headers.add(String.valueOf(year));
        }
        headers.addAll(List.of("最新年 Latest year", "最新值 Latest value", "状态 Status", "R", "预测值 Projection",
                "指标（英文）Indicator (EN)", "目标（英文）Target (EN)"));
        // code, domain and name stay in view while the reader scrolls through the years
        try (var table = book.table(name, headers, 3)) {
            for (IndicatorRow r : rows) {
                UnitWriting unit = writing(r);
                String format = unit.excelFormat();
                Map<Integer, BigDecimal> byYear = new HashMap<>();
                values(r).forEach(v -> byYear.put(v.year(), v.value()));
                List<Object> cells = new ArrayList<>(Arrays.asList(r.code(), domainName(r.domainCode()), r.nameZh(), unitZh(r),
                        blankAsNull(r.targetZh()), r.targetYear(), r.baselineYear(), Spreadsheet.number(r.baselineValue(), format)));
                for (int year : years) {
                    cells.add(Spreadsheet.number(byYear.get(year), format));
                }
                cells.addAll(Arrays.asList(r.latestYear(), Spreadsheet.number(r.latestValue(), format),
                        r.statusZh() == null ? Labels.zh(ProgressStatus.class, r.status()) : r.statusZh(),
                        Spreadsheet.number(r.ratio() == null ? null
                                : BigDecimal.valueOf(r.ratio()).setScale(RATIO_DECIMALS, RoundingMode.HALF_UP), RATIO_FORMAT),
                        Spreadsheet.number(unit.round(r.projectedValue()), format), r.nameEn(), blankAsNull(r.targetEn())));
                table.row(cells);
            }
        }
    }

    private void qualitativeGoals(Spreadsheet book, String name) {
        try (var table = book.table(name, List.of("目标代码 Goal code", "领域 Domain", "目标 Goal", "评定 Rating",
                "评定依据 Rationale", "各单位自评 Agencies' ratings", "目标（英文）Goal (EN)"), 1)) {
            for (QualitativeGoal g : parts.qualitativeGoals()) {
                String agencies = String.join("；", g.agencyRatings().stream()
                        .map(a -> a.agencyNameZh() + "：" + Labels.zh(a.rating())).toList());
                table.row(g.goalCode(), domainName(g.domainCode()), g.textZh(),
                        g.rating() == null ? UNRATED_ZH : Labels.zh(g.rating()), g.rationaleZh(), blankAsNull(agencies), g.textEn());
            }
        }
    }

    private void selfAssessments(Spreadsheet book, String name) {
        try (var table = book.table(name, List.of("单位代码 Agency code", "单位 Agency", "状态 Status", "提交日期 Submitted",
                "是否逾期 Late", "目标数 Goals", "已填写 Answered"), 2)) {
            for (AgencyDigest a : parts.selfAssessments()) {
                table.row(a.agencyCode(), a.agencyNameZh(),
                        a.statusZh() == null ? Labels.zh(SelfAssessmentStatus.class, a.status()) : a.statusZh(),
                        a.submittedAt(), a.late() ? "是" : "否", a.goals(), a.answered());
            }
        }
    }

    private void warnings(Spreadsheet book, String name) {
        try (var table = book.table(name, List.of("代码 Code", "指标 Indicator", "预警类型 Rule", "级别 Severity", "说明 Message",
                "牵头单位 Lead agencies", "说明（英文）Message (EN)"), 2)) {
            for (WarningRow w : parts.warnings()) {
                table.row(w.indicatorCode(), w.nameZh(),
                        w.ruleZh() == null ? Labels.zh(WarningRule.class, w.rule()) : w.ruleZh(),
                        w.severityZh() == null ? Labels.zh(WarningSeverity.class, w.severity()) : w.severityZh(),
                        w.messageZh(), w.leadAgenciesZh() == null ? null : blankAsNull(String.join("、", w.leadAgenciesZh())),
                        w.messageEn());
            }
        }
    }

    private void gaps(Spreadsheet book, String name) {
        try (var table = book.table(name, List.of("代码 Code", "指标 Indicator", "维度 Dimension", "年份 Year", "组A Group A",
                "组A值 Value A", "组B Group B", "组B值 Value B", "差距（A−B）Gap", "单位 Unit", "趋势 Trend"), 2)) {
            for (GapRow g : gaps) {
                IndicatorRow indicator = rowsByCode.get(g.indicatorCode());
                UnitWriting unit = indicator == null ? UnitWriting.PLAIN : writing(indicator);
                String format = unit.excelFormat();
                String unitZh = indicator == null ? null : unitZh(indicator);
                String trend = g.trendZh() == null ? Labels.zh(GapTrend.class, g.trend()) : g.trendZh();
                if (g.points().isEmpty()) {
                    // a report sealed before the groups' values were kept: the trend is all it has
                    table.row(g.indicatorCode(), g.nameZh(), g.dimensionZh(), null, g.groupAZh(), null, g.groupBZh(), null, null,
                            unitZh, trend);
                }
                for (GapPoint p : g.points()) {
                    table.row(g.indicatorCode(), g.nameZh(), g.dimensionZh(), p.year(), g.groupAZh(),
                            Spreadsheet.number(p.valueA(), format), g.groupBZh(), Spreadsheet.number(p.valueB(), format),
                            Spreadsheet.number(p.valueA() == null || p.valueB() == null ? null : p.valueA().subtract(p.valueB()),
                                    format), unitZh, trend);
                }
            }
        }
    }

    /** One line per value, in the indicators' order and by year; the totals first, then the groups of the gap series. */
    private void longFormat(Spreadsheet book, String name) {
        record Entry(int year, String disaggregation, String disaggregationZh, BigDecimal value) {
        }
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (IndicatorRow r : rows) {
            List<Entry> list = entries.computeIfAbsent(r.code(), c -> new ArrayList<>());
            names.put(r.code(), r.nameZh());
            values(r).forEach(v -> list.add(new Entry(v.year(), TOTAL, Labels.zh(Vocabulary.Residence.TOTAL), v.value())));
        }
        for (GapRow g : gaps) {
            List<Entry> list = entries.computeIfAbsent(g.indicatorCode(), c -> new ArrayList<>());
            names.putIfAbsent(g.indicatorCode(), g.nameZh());
            for (GapPoint p : g.points()) {
                list.add(new Entry(p.year(), g.groupA(), g.groupAZh(), p.valueA()));
                list.add(new Entry(p.year(), g.groupB(), g.groupBZh(), p.valueB()));
            }
        }
        Heading h = parts.heading();
        try (var table = book.table(name, List.of("indicator_code", "indicator_name_zh", "domain_code", "year", "area_code",
                "area_name_zh", "disaggregation", "disaggregation_zh", "value", "unit_zh"), 0)) {
            entries.forEach((code, list) -> {
                IndicatorRow r = rowsByCode.get(code);
                String format = r == null ? UnitWriting.PLAIN.excelFormat() : writing(r).excelFormat();
                list.stream().filter(e -> e.value() != null).sorted(Comparator.comparingInt(Entry::year))
                        .forEach(e -> table.row(code, names.get(code), r == null ? null : r.domainCode(), e.year(),
                                h.jurisdictionCode(), h.jurisdictionZh(), e.disaggregation(), e.disaggregationZh(),
                                Spreadsheet.number(e.value(), format), r == null ? null : unitZh(r)));
            });
        }
    }

    /** The years of the Indicators sheet: from the earliest value to the reference year (or a later value's year). */
    private int[] years() {
        int first = Integer.MAX_VALUE;
        int last = parts.heading().referenceYear();
        for (IndicatorRow r : rows) {
            for (YearValue v : values(r)) {
                first = Math.min(first, v.year());
                last = Math.max(last, v.year());
            }
        }
        if (first == Integer.MAX_VALUE) {
            return new int[0];
        }
        return java.util.stream.IntStream.rangeClosed(first, last).toArray();
    }

    private UnitWriting writing(IndicatorRow r) {
        return ReportAssembler.writing(parts.units(), r.unit());
    }

    /** The unit as the catalogue writes it (‰); for a unit the frozen catalogue did not describe, its Chinese name. */
    private String unitZh(IndicatorRow r) {
        if (r.unitZh() != null && !r.unitZh().isBlank()) {
            return r.unitZh();
        }
        return r.unit() == null ? null : Labels.zh(r.unit());
    }

    private String domainName(String code) {
        return domainNames.getOrDefault(code, code);
    }

    private static List<YearValue> values(IndicatorRow r) {
        return r.values() == null ? List.of() : r.values();
    }

    private static String bilingual(Enum<?> value) {
        return Labels.zh(value) + " " + Labels.en(value);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** A moment as the plan's readers see it: the local day and time, 2026年12月4日 11:42. */
    static String time(OffsetDateTime at) {
        return at == null ? null : ReportDates.of(at) + " " + CLOCK.withZone(ReportDates.zone()).format(at);
    }
}
