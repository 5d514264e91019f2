package org.childplan.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Labels;
import org.childplan.evaluation.domain.progress.GapTrend;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.progress.TargetType;
import org.childplan.evaluation.domain.progress.WarningRule;
import org.childplan.evaluation.report.EvaluationReport.DomainNarrative;
import org.childplan.evaluation.report.EvaluationReport.DomainSummary;
import org.childplan.evaluation.report.EvaluationReport.GapRow;
import org.childplan.evaluation.report.EvaluationReport.IndicatorRow;
import org.childplan.evaluation.report.EvaluationReport.WarningRow;
import org.childplan.evaluation.report.EvaluationReport.YearValue;

/**
 * Drafts each domain's findings in words, in the register of the National Bureau of Statistics' monitoring reports on
 * the children's outline ("新生儿死亡率为3.1‰，比上年下降0.3个千分点"), from the report's own rows alone: the count and
 * share of monitorable indicators achieved or on track, one sentence per key indicator, the warnings and the equity
 * gaps. It states what the data says and nothing else: no causes, no judgements beyond the status words of
 * {@link Labels}, so that the text agrees with the tables beside it. Pure and deterministic.
 */
public final class Narrative {

    private static final String SEPARATOR = "、";

    private Narrative() {
    }

    /**
     * One drafted narrative per domain of the summary, in its order, for the mid-term or final evaluation report, whose
     * qualitative goals the evaluation group rates.
     *
     * @param catalogue     the frozen catalogue: the percentage a REDUCE_FROM_BASELINE_PCT target states, which the rows
     *                      carry only as the level it works out to
     * @param referenceYear the last year of data the report covers
     * @param units         how the report writes each unit's values and changes
     * @param summary       the domains' status counts
     * @param rows          the indicator rows, already {@link IndicatorRow#written written}
     * @param warnings      the warnings, already {@link WarningRow#labelled labelled}
     * @param gaps          the equity gaps, already {@link GapRow#labelled labelled}
     */
    public static List<DomainNarrative> forEvaluation(CatalogueSnapshot catalogue, int referenceYear, List<UnitWriting> units,
                                                      List<DomainSummary> summary, List<IndicatorRow> rows,
                                                      List<WarningRow> warnings, List<GapRow> gaps) {
        return draft(true, catalogue, referenceYear, units, summary, rows, warnings, gaps);
    }

    /**
     * As {@link #forEvaluation}, for the annual monitoring report, where nobody rates the qualitative goals: they are
     * said not to be monitored with data.
     */
    public static List<DomainNarrative> forAnnualReport(CatalogueSnapshot catalogue, int year, List<UnitWriting> units,
                                                        List<DomainSummary> summary, List<IndicatorRow> rows,
                                                        List<WarningRow> warnings, List<GapRow> gaps) {
        return draft(false, catalogue, year, units, summary, rows, warnings, gaps);
    }

    private static List<DomainNarrative> draft(boolean evaluation, CatalogueSnapshot catalogue, int referenceYear,
                                               List<UnitWriting> units, List<DomainSummary> summary, List<IndicatorRow> rows,
                                               List<WarningRow> warnings, List<GapRow> gaps) {
        Map<String, IndicatorRow> rowByCode = new LinkedHashMap<>();
        rows.forEach(r -> rowByCode.putIfAbsent(r.code(), r));
        List<DomainNarrative> result = new ArrayList<>();
        for (DomainSummary domain : summary) {
            List<IndicatorRow> domainRows = rows.stream().filter(r -> domain.code().equals(r.domainCode())).toList();
            String text = domainText(evaluation, catalogue, referenceYear, units, domain, domainRows,
                    warnings.stream().filter(w -> inDomain(rowByCode.get(w.indicatorCode()), domain)).toList(),
                    gaps.stream().filter(g -> inDomain(rowByCode.get(g.indicatorCode()), domain)).toList(), rowByCode);
            result.add(new DomainNarrative(domain.code(), text, false));
        }
        return result;
    }

    /**
     * The narratives as they stand: a domain's rewrite by the evaluation group where there is one, else its draft.
     *
     * @param edits the rewritten text by domain code
     */
    public static List<DomainNarrative> withEdits(List<DomainNarrative> drafts, Map<String, String> edits) {
        return drafts.stream().map(d -> edits.containsKey(d.domainCode())
                ? new DomainNarrative(d.domainCode(), edits.get(d.domainCode()), true) : d).toList();
    }

    private static boolean inDomain(IndicatorRow row, DomainSummary domain) {
        return row != null && domain.code().equals(row.domainCode());
    }

    static String domainText(boolean evaluation, CatalogueSnapshot catalogue, int referenceYear, List<UnitWriting> units,
                             DomainSummary domain, List<IndicatorRow> rows, List<WarningRow> warnings, List<GapRow> gaps,
                             Map<String, IndicatorRow> rowByCode) {
        long qualitativeGoals = rows.stream().filter(r -> !r.quantitative()).map(IndicatorRow::goalCode)
                .filter(java.util.Objects::nonNull).distinct().count();
        if (domain.quantitative() == 0) {
            if (qualitativeGoals == 0) {
                return "本领域暂无监测指标。";
            }
            return evaluation
                    ? "本领域目标均为定性目标，不设定量指标，由评估组评定，评定情况见第五部分。"
                    : "本领域目标均为定性目标，不作年度数据监测，在中期和终期评估中评定。";
        }
        // paragraphs as the monitoring reports set them: the count, the indicators, the warnings, the gaps
        List<String> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder(counts(domain));
        if (qualitativeGoals > 0) {
            text.append(evaluation
                    ? "本领域还有" + qualitativeGoals + "项定性目标，由评估组评定。"
                    : "本领域还有" + qualitativeGoals + "项定性目标，不作数据监测。");
        }
        paragraphs.add(text.toString());
        text = new StringBuilder();
        List<String> withoutData = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (row.goalCode() == null || !row.quantitative()) {
                continue;
            }
            if (row.latestValue() == null) {
                withoutData.add(row.nameZh());
                continue;
            }
            text.append(indicatorSentence(row, ReportAssembler.writing(units, row.unit()), catalogue));
        }
        if (!withoutData.isEmpty()) {
            text.append("截至").append(referenceYear).append("年尚无监测数据的指标有").append(withoutData.size()).append("项：")
                    .append(String.join(SEPARATOR, withoutData)).append("。");
        }
        paragraphs.add(text.toString());
        paragraphs.add(warningSentence(warnings));
        text = new StringBuilder();
        for (GapRow gap : gaps) {
            IndicatorRow row = rowByCode.get(gap.indicatorCode());
            text.append(gapSentence(gap, ReportAssembler.writing(units, row == null ? null : row.unit())));
        }
        paragraphs.add(text.toString());
        return String.join("\n", paragraphs.stream().filter(p -> !p.isEmpty()).toList());
    }

    /**
     * "本领域纳入监测的定量指标共12项。在可监测的10项指标中，已达标6项，进展良好2项，需加快进度2项，已达标或进展良好的
     * 占80.0%；另有2项数据不足。" Monitorable means graded: an indicator with data enough for a status.
     */
    static String counts(DomainSummary domain) {
        Map<String, Integer> counts = domain.statusCounts() == null ? Map.of() : domain.statusCounts();
        int graded = 0;
        List<String> gradedParts = new ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            int n = counts.getOrDefault(s.name(), 0);
            if (s.isGraded()) {
                graded += n;
                if (n > 0) {
                    gradedParts.add(s.labelZh() + n + "项");
                }
            }
        }
        int insufficient = counts.getOrDefault(ProgressStatus.INSUFFICIENT_DATA.name(), 0);
        int notAssessed = domain.quantitative() - graded - insufficient;
        StringBuilder text = new StringBuilder("本领域纳入监测的定量指标共" + domain.quantitative() + "项");
        if (graded == 0) {
            return text.append("，均尚无可评估的进展。").toString();
        }
        text.append("。在可监测的").append(graded).append("项指标中，").append(String.join("，", gradedParts))
                .append("，已达标或进展良好的占").append(percent(domain.achieved() + domain.onTrack(), graded)).append("%");
        List<String> ungraded = new ArrayList<>();
        if (insufficient > 0) {
            ungraded.add(insufficient + "项" + Labels.zh(ProgressStatus.INSUFFICIENT_DATA));
        }
        if (notAssessed > 0) {
            ungraded.add(notAssessed + "项" + Labels.zh(ProgressStatus.NOT_ASSESSED));
        }
        if (!ungraded.isEmpty()) {
            text.append("；另有").append(String.join("，", ungraded));
        }
        return text.append("。").toString();
    }

    private static String percent(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * "新生儿死亡率为3.1‰（2023年），比2020年下降0.9个千分点，比上年下降0.3个千分点，已实现≤3‰的目标。" Changes are
     * taken between the values as written, so that a reader who subtracts the table's numbers finds the same change.
     */
    static String indicatorSentence(IndicatorRow row, UnitWriting unit, CatalogueSnapshot catalogue) {
        BigDecimal latest = unit.round(row.latestValue());
        StringBuilder s = new StringBuilder(row.nameZh()).append("为").append(unit.value(row.latestValue()))
                .append("（").append(row.latestYear()).append("年）");
        Integer previousYear = row.latestYear() - 1;
        BigDecimal previous = row.values() == null ? null : row.values().stream()
                .filter(v -> v.year() == previousYear && v.value() != null).map(YearValue::value).findFirst().orElse(null);
        boolean baselineClause = row.baselineYear() != null && row.baselineValue() != null
                && row.baselineYear() < row.latestYear() && !row.baselineYear().equals(previousYear);
        if (baselineClause) {
            s.append("，").append(change(row.baselineYear() + "年", latest, unit.round(row.baselineValue()), unit));
        }
        if (previous != null) {
            s.append("，").append(change("上年", latest, unit.round(previous), unit));
        }
        String target = targetClause(row, unit, catalogue);
        if (!target.isEmpty()) {
            s.append("，").append(target);
        }
        return s.append("。").toString();
    }

    /** "比上年下降0.3个千分点", "比2020年提高1.9个百分点", "与上年持平". */
    static String change(String since, BigDecimal latest, BigDecimal earlier, UnitWriting unit) {
        BigDecimal difference = latest.subtract(earlier);
        return switch (difference.signum()) {
            case 0 -> "与" + since + "持平";
            case 1 -> "比" + since + "提高" + unit.change(difference);
            default -> "比" + since + "下降" + unit.change(difference);
        };
    }

    /** Where the latest value stands against the target, by the target's type; the status in the tables' words. */
    static String targetClause(IndicatorRow row, UnitWriting unit, CatalogueSnapshot catalogue) {
        TargetType type = row.targetType() == null ? null : TargetType.valueOf(row.targetType());
        boolean achieved = ProgressStatus.TARGET_ACHIEVED.name().equals(row.status());
        String status = "评估为“" + row.statusZh() + "”";
        if (type == null) {
            return status;
        }
        if (type == TargetType.REDUCE_FROM_BASELINE_PCT) {
            CatalogueSnapshot.IndicatorInfo stated = catalogue == null ? null : catalogue.indicator(row.code()).orElse(null);
            if (stated != null && stated.targetValue() != null) {
                return reductionClause(row, unit, stated, catalogue, achieved, status);
            }
            // without the plan's statement only the level is known: a ceiling, as the row's target column writes it
            type = TargetType.AT_MOST;
        }
        BigDecimal target = row.targetValue();
        if (!type.hasTargetValue() || target == null) {
            // INCREASE, DECREASE, or a direction without a number: the direction is the whole target
            return "目标为" + nonEmpty(row.targetZh(), TargetWriting.zh(type, null, null, unit)) + "，" + status;
        }
        String targetZh = nonEmpty(row.targetZh(), TargetWriting.zh(type, target, row.baselineYear(), unit));
        if (achieved) {
            return "已实现" + targetZh + "的目标";
        }
        BigDecimal distance = unit.round(target).subtract(unit.round(row.latestValue())).abs();
        String apart = type == TargetType.APPROX ? "与" + targetZh + "的目标相差" : "距" + targetZh + "的目标还差";
        return apart + distance(distance, unit) + "，" + status;
    }

    /**
     * A percentage reduction from the baseline: the reduction achieved so far, in %, against the reduction the plan
     * asks for. The reference is what the progress calculator reduced: the stated baseline value, else the observed one.
     */
    private static String reductionClause(IndicatorRow row, UnitWriting unit, CatalogueSnapshot.IndicatorInfo info,
                                          CatalogueSnapshot catalogue, boolean achieved, String status) {
        BigDecimal stated = info.targetValue();
        BigDecimal reference = info.baselineValue() != null ? info.baselineValue() : row.baselineValue();
        Integer referenceYear = info.baselineYear() != null ? info.baselineYear()
                : catalogue.plan() != null && catalogue.plan().baselineYear() != null
                ? catalogue.plan().baselineYear() : row.baselineYear();
        String targetZh = TargetWriting.zh(TargetType.REDUCE_FROM_BASELINE_PCT, stated, null, unit);
        if (reference == null || reference.signum() == 0 || referenceYear == null) {
            return "目标为" + targetZh + "，" + status;
        }
        BigDecimal reduction = reference.subtract(row.latestValue()).multiply(BigDecimal.valueOf(100))
                .divide(reference, 1, RoundingMode.HALF_UP);
        String sofar = switch (reduction.signum()) {
            case 0 -> "与" + referenceYear + "年持平";
            case 1 -> "较" + referenceYear + "年下降" + reduction.toPlainString() + "%";
            default -> "较" + referenceYear + "年上升" + reduction.negate().toPlainString() + "%";
        };
        if (achieved) {
            return sofar + "，已实现" + targetZh + "的目标";
        }
        BigDecimal remaining = stated.setScale(1, RoundingMode.HALF_UP).subtract(reduction);
        String shortOf = remaining.signum() > 0 ? remaining.toPlainString() + "个百分点" : "不到0.1个百分点";
        return sofar + "，距" + targetZh + "的目标还差" + shortOf + "，" + status;
    }

    /** A distance that rounds to nothing is still a distance: "不到0.1个百分点". */
    private static String distance(BigDecimal distance, UnitWriting unit) {
        if (distance.signum() == 0) {
            return "不到" + unit.change(BigDecimal.ONE.movePointLeft(unit.decimals()));
        }
        return unit.change(distance);
    }

    /** "预计达标困难的指标有2项：A、B；波动较大的指标有1项：C。" An indicator is named once per rule. */
    static String warningSentence(List<WarningRow> warnings) {
        if (warnings.isEmpty()) {
            return "本领域没有预警指标。";
        }
        List<String> parts = new ArrayList<>();
        for (WarningRule rule : WarningRule.values()) {
            Set<String> names = new LinkedHashSet<>();
            warnings.stream().filter(w -> rule.name().equals(w.rule())).forEach(w -> names.add(w.nameZh()));
            if (!names.isEmpty()) {
                parts.add(Labels.zh(rule) + "的指标有" + names.size() + "项：" + String.join(SEPARATOR, names));
            }
        }
        return parts.isEmpty() ? "" : String.join("；", parts) + "。";
    }

    /**
     * "新生儿死亡率的城乡差距由2020年的5.2个千分点缩小到2023年的3.1个千分点。" The gap is the absolute difference between
     * the two groups, written as a change in the indicator's unit.
     */
    static String gapSentence(GapRow gap, UnitWriting unit) {
        String subject = gap.nameZh() + "的" + nonEmpty(gap.dimensionZh(), "") + "差距";
        if (gap.earliestYear() == null || gap.latestYear() == null || gap.earliestGap() == null || gap.latestGap() == null
                || gap.earliestYear().equals(gap.latestYear())) {
            return "";
        }
        String earliest = unit.change(gap.earliestGap());
        String latest = unit.change(gap.latestGap());
        if (earliest.equals(latest)) {
            return subject + gap.earliestYear() + "年和" + gap.latestYear() + "年均为" + latest + "。";
        }
        String verb = GapTrend.NARROWING.name().equals(gap.trend()) ? "缩小到"
                : GapTrend.WIDENING.name().equals(gap.trend()) ? "扩大到" : "变为";
        String sentence = subject + "由" + gap.earliestYear() + "年的" + earliest + verb + gap.latestYear() + "年的" + latest;
        if (GapTrend.STABLE.name().equals(gap.trend())) {
            sentence += "，" + Labels.zh(GapTrend.STABLE);
        }
        return sentence + "。";
    }

    private static String nonEmpty(String text, String otherwise) {
        return text == null || text.isEmpty() ? otherwise : text;
    }
}
