package org.childplan.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.scorecard.Scorecard;

/**
 * The department scorecards as CSV (one row per agency, flat columns with ASCII names, as the other CSV exports) and as
 * a workbook: a 说明 sheet with the method, a summary sheet with the CSV's figures under bilingual headers, and one
 * detail sheet per part listing the items behind each count, so every figure can be traced to its rows.
 */
public final class ScorecardFormats {

    public static final String CSV = "text/csv";
    private static final String PERCENT_FORMAT = "0.0%";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A column of the flat table: its CSV name, its bilingual heading, and how a scorecard gives its value. */
    private record Column(String name, String heading, Function<Scorecard, Object> value) {
    }

    private static final List<Column> COLUMNS = columns();

    private ScorecardFormats() {
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("agencyCode", "单位代码 Agency code", Scorecard::agencyCode),
                new Column("agencyNameZh", "单位 Agency", Scorecard::agencyNameZh),
                new Column("year", "年度 Year", Scorecard::year),
                new Column("ledGoals", "牵头目标 Goals led", c -> c.leadership().goals()),
                new Column("ledIndicators", "牵头指标 Indicators led", c -> c.leadership().indicators())));
        for (ProgressStatus s : ProgressStatus.values()) {
            columns.add(new Column("led" + camel(s.name()), "牵头指标" + Labels.zh(s) + " Led: " + Labels.en(s),
                    c -> c.leadership().statusCounts().get(s.name())));
        }
        columns.addAll(List.of(
                new Column("ledAchievedOrOnTrack", "已达标或进展良好 Achieved or on track", c -> c.leadership().achievedOrOnTrack()),
                new Column("cycles", "监测周期数 Cycles", c -> c.reporting().cycles().size()),
                new Column("expected", "应报 Expected", c -> c.reporting().total().expected()),
                new Column("submitted", "已报 Submitted", c -> c.reporting().total().submitted()),
                new Column("accepted", "已通过 Accepted", c -> c.reporting().total().accepted()),
                new Column("onTime", "按时 On time", c -> c.reporting().total().onTime()),
                new Column("late", "逾期报送 Late", c -> c.reporting().total().late()),
                new Column("backfilled", "补报 Back-filled", c -> c.reporting().total().backfilled()),
                new Column("overdue", "逾期未报 Overdue", c -> c.reporting().total().overdue()),
                new Column("completeness", "完整率 Completeness", c -> percent(c.reporting().total().completeness())),
                new Column("timeliness", "及时率 Timeliness", c -> percent(c.reporting().total().timeliness())),
                new Column("returned", "被退回 Returned", c -> c.returns().count()),
                new Column("corrected", "数据更正 Corrected", c -> c.corrections().count()),
                new Column("selfAssessments", "自评任务 Self-assessments", c -> c.selfAssessments().owed()),
                new Column("selfAssessmentsSubmitted", "自评已提交 Submitted", c -> c.selfAssessments().submitted()),
                new Column("selfAssessmentsOnTime", "自评按时 On time", c -> c.selfAssessments().onTime()),
                new Column("selfAssessmentsLate", "自评逾期 Late", c -> c.selfAssessments().late()),
                new Column("selfAssessmentsOverdue", "自评逾期未交 Overdue", c -> c.selfAssessments().overdue()),
                new Column("selfAssessmentsReturned", "自评被退回 Returned", c -> c.selfAssessments().returned())));
        return columns;
    }

    /** The CSV's column names, in order. */
    public static List<String> csvHeader() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /**
     * UTF-8 with a byte order mark (without it Excel shows the Chinese as mojibake), RFC 4180 quoting, CRLF line ends;
     * shares as decimals (0.875), numbers as numbers.
     */
    public static void writeCsv(List<Scorecard> cards, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        writer.write(String.join(",", csvHeader()));
        writer.write("\r\n");
        for (Scorecard card : cards) {
            List<String> cells = new ArrayList<>();
            for (Column column : COLUMNS) {
                Object v = column.value().apply(card);
                cells.add(csvField(v instanceof Spreadsheet.Formatted f ? String.valueOf(f.value()) : v == null ? "" : v.toString()));
            }
            writer.write(String.join(",", cells));
            writer.write("\r\n");
        }
        writer.flush();
    }

    /** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
    static String csvField(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    public static void writeXlsx(String planCode, int year, List<Scorecard> cards, OutputStream out) throws IOException {
        try (Spreadsheet book = new Spreadsheet()) {
            about(book, planCode, year);
            summary(book, "汇总 Summary", cards);
            led(book, cards);
            reporting(book, cards);
            returns(book, cards);
            corrections(book, cards);
            selfAssessments(book, cards);
            book.write(out);
        }
    }

    /** What each figure means and where it comes from; the same method as docs/evaluation-service.md. */
    static final List<String[]> METHOD = List.of(
            new String[] {"牵头目标、牵头指标 Goals and indicators led",
                    "按当年（12月31日）有效的责任分工，牵头单位包含本单位的指标；其所属目标计为牵头目标。进展状态为截至当年的指标进展评估结果（同年度监测报告）。明细见“牵头指标”工作表，接口 GET …/progress?year=。"},
            new String[] {"应报、已报、已通过 Expected, submitted, accepted",
                    "截至当年的各监测周期中，本单位应报送的指标（周期开启时按责任分工确定）；某指标有数据在已提交或已通过的报送中即为已报，有数据审核通过即为已通过。明细见“报送明细”工作表，接口 GET …/monitoring-cycles/{year}/expected-reports?agency=。"},
            new String[] {"按时、逾期报送、逾期未报 On time, late, overdue",
                    "某指标首次提交之日（按规划所在时区）不晚于周期截止日为按时，晚于截止日为逾期报送；截止日已过仍未提交为逾期未报。完整率＝已报÷应报，及时率＝按时÷已报。"},
            new String[] {"被退回 Returned",
                    "统计部门每退回一次本单位的报送计一次，含退回后已重新提交的报送，并列出退回原因。明细见“退回”工作表，接口 GET …/monitoring-cycles/{year}/submissions/{code}。"},
            new String[] {"数据更正 Corrected",
                    "对本单位报送并已审核通过的数据所作的每次更正计一次，并列出原值、新值和更正原因。明细见“更正”工作表，接口 GET …/monitoring-cycles/{year}/corrections?indicator=。"},
            new String[] {"自评 Self-assessments",
                    "参考年份不晚于当年的中期、终期评估中下发给本单位的自评报告；最近一次提交之日不晚于自评截止日为按时，晚于为逾期，截止日已过仍未提交为逾期未交；被评估组退回过的计为被退回。明细见“自评”工作表，接口 GET …/evaluations/{code}/self-assessments/{agency}。"});

    private static void about(Spreadsheet book, String planCode, int year) {
        try (var table = book.table("说明 About", List.of("项目 Item", "内容 Content"), 0)) {
            table.row("工作簿 Workbook", "成员单位目标责任落实情况（目标管理责任制考核）：" + year + "年度，规划" + planCode + "。");
            table.row("范围 Scope", "当年有牵头、负责或报送任务的单位，以及截至当年有应报指标或自评任务的单位，每单位一行；"
                    + "报送、退回、更正和自评为截至当年各周期、各次评估的累计。");
            for (String[] m : METHOD) {
                table.row(m[0], m[1]);
            }
        }
    }

    static void summary(Spreadsheet book, String name, List<Scorecard> cards) {
        try (var table = book.table(name, COLUMNS.stream().map(Column::heading).toList(), 2)) {
            for (Scorecard card : cards) {
                table.row(COLUMNS.stream().map(c -> c.value().apply(card)).toList());
            }
        }
    }

    private static void led(Spreadsheet book, List<Scorecard> cards) {
        try (var table = book.table("牵头指标 Indicators led", List.of("单位代码 Agency code", "单位 Agency", "目标 Goal",
                "指标代码 Indicator code", "指标 Indicator", "领域 Domain", "进展状态 Status"), 2)) {
            for (Scorecard card : cards) {
                for (Scorecard.LedIndicator i : card.leadership().indicatorList()) {
                    table.row(card.agencyCode(), card.agencyNameZh(), i.goalCode(), i.indicatorCode(), i.nameZh(), i.domainCode(),
                            i.statusZh());
                }
            }
        }
    }

    private static void reporting(Spreadsheet book, List<Scorecard> cards) {
        try (var table = book.table("报送明细 Reports", List.of("单位代码 Agency code", "单位 Agency", "周期 Cycle",
                "截止日 Due on", "指标代码 Indicator code", "领域 Domain", "首次提交 First submitted", "已通过 Accepted",
                "及时性 Timeliness"), 2)) {
            for (Scorecard card : cards) {
                for (Scorecard.CycleReporting cycle : card.reporting().cycles()) {
                    for (Scorecard.ReportItem i : cycle.items()) {
                        table.row(card.agencyCode(), card.agencyNameZh(), cycle.year(), cycle.dueOn(), i.indicatorCode(),
                                i.domainCode(), i.firstSubmittedAt(), i.accepted() ? "是" : "否", i.timelinessZh());
                    }
                }
            }
        }
    }

    private static void returns(Spreadsheet book, List<Scorecard> cards) {
        try (var table = book.table("退回 Returns", List.of("单位代码 Agency code", "单位 Agency", "周期 Cycle",
                "报送编号 Submission", "退回日期 Returned on", "退回原因 Reason", "当前状态 Status now"), 2)) {
            for (Scorecard card : cards) {
                for (Scorecard.ReturnItem r : card.returns().items()) {
                    table.row(card.agencyCode(), card.agencyNameZh(), r.cycleYear(), r.submissionCode(), r.returnedAt(), r.reason(),
                            Labels.zh(r.statusNow()));
                }
            }
        }
    }

    private static void corrections(Spreadsheet book, List<Scorecard> cards) {
        try (var table = book.table("更正 Corrections", List.of("单位代码 Agency code", "单位 Agency", "周期 Cycle",
                "报送编号 Submission", "指标代码 Indicator code", "地区 Area", "性别 Sex", "城乡 Residence", "年龄组 Age group",
                "版本 Version", "原值 Old value", "新值 New value", "更正日期 Corrected on", "更正原因 Reason"), 2)) {
            for (Scorecard card : cards) {
                for (Scorecard.CorrectionItem c : card.corrections().items()) {
                    table.row(card.agencyCode(), card.agencyNameZh(), c.cycleYear(), c.submissionCode(), c.indicatorCode(),
                            c.areaCode(), c.sex(), c.residence(), c.ageGroup(), c.valueVersion(), c.oldValue(), c.newValue(),
                            c.revisedAt(), c.reason());
                }
            }
        }
    }

    private static void selfAssessments(Spreadsheet book, List<Scorecard> cards) {
        try (var table = book.table("自评 Self-assessments", List.of("单位代码 Agency code", "单位 Agency", "评估 Evaluation",
                "参考年份 Reference year", "截止日 Due on", "状态 Status", "提交日期 Submitted", "及时性 Timeliness",
                "退回日期 Returned on", "退回原因 Return reason"), 2)) {
            for (Scorecard card : cards) {
                for (Scorecard.SelfAssessmentItem s : card.selfAssessments().items()) {
                    table.row(card.agencyCode(), card.agencyNameZh(), s.evaluationCode(), s.referenceYear(), s.dueOn(),
                            s.statusZh(), s.submittedAt(), s.timelinessZh(), s.returnedAt(), s.returnReason());
                }
            }
        }
    }

    private static Spreadsheet.Formatted percent(Double share) {
        return share == null ? null : new Spreadsheet.Formatted(share, PERCENT_FORMAT);
    }

    /** TARGET_ACHIEVED → TargetAchieved, for a column name such as ledTargetAchieved. */
    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
