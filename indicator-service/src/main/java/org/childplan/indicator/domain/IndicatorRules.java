package org.childplan.indicator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.childplan.platform.error.FieldError;

/**
 * The consistency rules of an indicator definition, checked the same way for the API and for plan documents.
 * Field names in the errors are relative to the definition.
 */
public final class IndicatorRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorRules() {
    }

    public static List<FieldError> check(IndicatorDefinition d, int periodStart, int periodEnd) {
        List<FieldError> errors = new ArrayList<>();
        TargetType type = d.targetType();
        if (type == null) {
            errors.add(FieldError.of("targetType", "is required", "目标类型不能为空"));
            return errors;
        }
        if (d.reportingFrequency() == null) {
            errors.add(FieldError.of("reportingFrequency", "is required", "报送频率不能为空"));
        }
        if (type == TargetType.QUALITATIVE) {
            rejectPresent(errors, "targetValue", d.targetValue(), "a QUALITATIVE indicator has no target value", "定性指标不设目标值");
            rejectPresent(errors, "targetYear", d.targetYear(), "a QUALITATIVE indicator has no target year", "定性指标不设目标年份");
            rejectPresent(errors, "baselineValue", d.baselineValue(), "a QUALITATIVE indicator has no baseline value", "定性指标不设基线值");
            rejectPresent(errors, "unit", d.unit(), "a QUALITATIVE indicator has no unit", "定性指标不设计量单位");
            // a qualitative goal has no yearly value to monitor: it is rated in the mid-term and final evaluations
            if (d.reportingFrequency() != null && d.reportingFrequency() != ReportingFrequency.AT_EVALUATION) {
                errors.add(FieldError.of("reportingFrequency", "a QUALITATIVE indicator is rated at evaluation: it must be "
                        + "AT_EVALUATION, not " + d.reportingFrequency(), "定性指标在中期和终期评估时评定，报送频率必须为"
                        + "AT_EVALUATION（评估时），不能为" + d.reportingFrequency()));
            }
        } else {
            if (d.unit() == null) {
                errors.add(FieldError.of("unit", "is required for a quantitative indicator", "定量指标必须填写计量单位"));
            }
            if (type.requiresTargetValue() && d.targetValue() == null) {
                errors.add(FieldError.of("targetValue", "is required for target type " + type, "目标类型为" + type + "时必须填写目标值"));
            }
            if (!type.requiresTargetValue()) {
                rejectPresent(errors, "targetValue", d.targetValue(),
                        "target type " + type + " states a direction only and has no target value",
                        "目标类型" + type + "只规定变化方向，不设目标值");
            }
            if (d.targetYear() == null) {
                errors.add(FieldError.of("targetYear", "is required for a quantitative indicator", "定量指标必须填写目标年份"));
            }
        }
        checkTargetValue(errors, d);
        if (d.unit() != null) {
            d.unit().checkValue("baselineValue", d.baselineValue()).ifPresent(errors::add);
        }
        if (type == TargetType.REDUCE_FROM_BASELINE_PCT && d.baselineYear() == null) {
            errors.add(FieldError.of("baselineYear", "is required for REDUCE_FROM_BASELINE_PCT: the reduction is measured from it",
                    "目标类型为“以基数年下降百分比”时必须填写基线年份"));
        }
        if (d.targetYear() != null && (d.targetYear() < periodStart || d.targetYear() > periodEnd)) {
            errors.add(FieldError.of("targetYear", "must lie within the plan period " + periodStart + "–" + periodEnd,
                    "目标年份必须在规划期" + periodStart + "—" + periodEnd + "年之内"));
        }
        if (d.baselineYear() != null && d.baselineYear() > periodEnd) {
            errors.add(FieldError.of("baselineYear", "must not be after the plan period's end " + periodEnd,
                    "基线年份不能晚于规划期末" + periodEnd + "年"));
        }
        if (d.baselineYear() != null && d.targetYear() != null && d.baselineYear() >= d.targetYear()) {
            errors.add(FieldError.of("baselineYear", "must be before the target year", "基线年份必须早于目标年份"));
        }
        if (d.baselineValue() != null && d.baselineYear() == null) {
            errors.add(FieldError.of("baselineYear", "is required when a baseline value is given", "填写基线值时必须填写基线年份"));
        }
        if (new HashSet<>(d.disaggregations()).size() != d.disaggregations().size()) {
            errors.add(FieldError.of("disaggregations", "must not repeat a dimension", "分组维度不能重复"));
        }
        return errors;
    }

    private static void checkTargetValue(List<FieldError> errors, IndicatorDefinition d) {
        BigDecimal value = d.targetValue();
        if (value == null) {
            return;
        }
        switch (d.targetType()) {
            case REDUCE_FROM_BASELINE_PCT -> {
                if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
                    errors.add(FieldError.of("targetValue", "is the percentage reduction and must be above 0 and at most 100",
                            "目标值为下降百分比，必须大于0且不超过100"));
                }
            }
            case FULL_COVERAGE -> {
                if (d.unit() != Unit.PERCENT || value.compareTo(HUNDRED) != 0) {
                    errors.add(FieldError.of("targetValue", "FULL_COVERAGE means 100 PERCENT", "全覆盖的目标值必须为100%"));
                }
            }
            default -> {
                if (d.unit() != null) {
                    d.unit().checkValue("targetValue", value).ifPresent(errors::add);
                }
            }
        }
    }

    private static void rejectPresent(List<FieldError> errors, String field, Object value, String en, String zh) {
        if (value != null) {
            errors.add(FieldError.of(field, en, zh));
        }
    }
}
