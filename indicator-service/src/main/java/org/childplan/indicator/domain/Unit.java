package org.childplan.indicator.domain;

import java.math.BigDecimal;
import java.util.Optional;
import org.childplan.platform.error.FieldError;

/** The units the plans measure in, each with the range a value in it can take. */
public enum Unit {
    PERCENT("%", "percent", BigDecimal.ZERO, BigDecimal.valueOf(100), false, BigDecimal.valueOf(100),
            new Writing(1, "%", "个百分点")),
    PER_MILLE("‰", "per mille", BigDecimal.ZERO, null, false, BigDecimal.valueOf(1000), new Writing(1, "‰", "个千分点")),
    PER_100K("1/10万", "per 100,000", BigDecimal.ZERO, null, false, BigDecimal.valueOf(100_000),
            new Writing(1, "/10万", "个十万分点")),
    // the count noun (名, 张 …) is in the indicator's name (每千名儿童拥有儿科床位数), so the number stands alone
    PER_1000_CHILDREN("每千名儿童", "per 1,000 children", BigDecimal.ZERO, null, false, BigDecimal.valueOf(1000),
            new Writing(2, "", "")),
    PER_INSTITUTION("每机构", "per institution", BigDecimal.ZERO, null, false, BigDecimal.ONE, new Writing(1, "", "")),
    HOURS_PER_DAY("小时/天", "hours per day", BigDecimal.ZERO, BigDecimal.valueOf(24), false, null,
            new Writing(1, "小时", "小时")),
    COUNT("个", "count", BigDecimal.ZERO, null, true, null, new Writing(0, "个", "个"));

    /**
     * How a report writes a number in this unit, as the statistical monitoring reports do: 3.1‰, and a change of it
     * as 0.3个千分点; percentages as 93.9% and 1.9个百分点.
     *
     * @param decimals       the decimal places a value is printed with
     * @param valueSuffixZh  what follows a value (‰), empty where the indicator's name already says it
     * @param changeSuffixZh what follows a difference between two values (个千分点)
     */
    public record Writing(int decimals, String valueSuffixZh, String changeSuffixZh) {
    }

    private final String symbolZh;
    private final String labelEn;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean wholeNumber;
    private final BigDecimal ratioScale;
    private final Writing writing;

    Unit(String symbolZh, String labelEn, BigDecimal min, BigDecimal max, boolean wholeNumber, BigDecimal ratioScale, Writing writing) {
        this.symbolZh = symbolZh;
        this.labelEn = labelEn;
        this.min = min;
        this.max = max;
        this.wholeNumber = wholeNumber;
        this.ratioScale = ratioScale;
        this.writing = writing;
    }

    /**
     * The factor turning numerator / denominator into a value in this unit (100 for %, 1000 for ‰), or null when
     * the unit is not a ratio.
     */
    public BigDecimal ratioScale() {
        return ratioScale;
    }

    public Writing writing() {
        return writing;
    }

    public String symbolZh() {
        return symbolZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public boolean wholeNumber() {
        return wholeNumber;
    }

    /** Why a value can not be expressed in this unit, or empty when it can. */
    public Optional<FieldError> checkValue(String field, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (min != null && value.compareTo(min) < 0) {
            return Optional.of(FieldError.of(field,
                    "must be at least " + min.toPlainString() + " for unit " + name(),
                    "单位为" + symbolZh + "时，数值不能小于" + min.toPlainString()));
        }
        if (max != null && value.compareTo(max) > 0) {
            return Optional.of(FieldError.of(field,
                    "must be at most " + max.toPlainString() + " for unit " + name(),
                    "单位为" + symbolZh + "时，数值不能大于" + max.toPlainString()));
        }
        if (wholeNumber && value.stripTrailingZeros().scale() > 0) {
            return Optional.of(FieldError.of(field,
                    "must be a whole number for unit " + name(),
                    "单位为" + symbolZh + "时，数值必须为整数"));
        }
        return Optional.empty();
    }
}
