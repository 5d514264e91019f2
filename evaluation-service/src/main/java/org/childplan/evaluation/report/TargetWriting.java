package org.childplan.evaluation.report;

import java.math.BigDecimal;
import org.childplan.evaluation.domain.progress.TargetType;

/**
 * A target as a reader of the plan writes it: ≤3‰, ≥95%, 下降20%（较2020年）, 约98%, 全覆盖, 保持在98%以上, with
 * an English line beside it. The direction comes from the target type, the unit from the catalogue.
 */
public final class TargetWriting {

    private TargetWriting() {
    }

    /** The target in Chinese; the target year is the table's business, since nearly every target is the plan's end. */
    public static String zh(TargetType type, BigDecimal value, Integer baselineYear, UnitWriting unit) {
        if (type == null) {
            return "";
        }
        String v = unit.asWritten(value);
        return switch (type) {
            case AT_LEAST -> value == null ? "提高" : "≥" + v;
            case AT_MOST -> value == null ? "降低" : "≤" + v;
            case REDUCE_FROM_BASELINE_PCT -> "下降" + plain(value) + "%" + (baselineYear == null ? "" : "（较" + baselineYear + "年）");
            case APPROX -> "约" + v;
            case FULL_COVERAGE -> "全覆盖";
            case MAINTAIN_AT_LEAST -> "保持在" + v + "以上";
            case INCREASE -> "逐步提高";
            case DECREASE -> "逐步降低";
            case QUALITATIVE -> "定性目标";
        };
    }

    public static String en(TargetType type, BigDecimal value, Integer baselineYear, UnitWriting unit) {
        if (type == null) {
            return "";
        }
        String v = plain(value) + englishSuffix(unit);
        return switch (type) {
            case AT_LEAST -> value == null ? "increase" : "at least " + v;
            case AT_MOST -> value == null ? "decrease" : "at most " + v;
            case REDUCE_FROM_BASELINE_PCT -> plain(value) + "% below " + (baselineYear == null ? "the baseline" : baselineYear);
            case APPROX -> "about " + v;
            case FULL_COVERAGE -> "full coverage";
            case MAINTAIN_AT_LEAST -> "stay at or above " + v;
            case INCREASE -> "increase";
            case DECREASE -> "decrease";
            case QUALITATIVE -> "qualitative";
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** % and ‰ read the same in English; the Chinese words (/10万, 小时) are spelled out. */
    private static String englishSuffix(UnitWriting unit) {
        return switch (unit.valueSuffixZh()) {
            case "%", "‰" -> unit.valueSuffixZh();
            case "/10万" -> " per 100,000";
            case "小时" -> " hours";
            default -> "";
        };
    }
}
