package org.childplan.indicator.domain;

import java.util.ArrayList;
import java.util.List;
import org.childplan.platform.error.FieldError;

/** The consistency rules of a plan's header, for the API and for plan documents alike. */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<FieldError> check(PlanDocument.Header plan) {
        List<FieldError> errors = new ArrayList<>();
        if (plan.periodStart() != null && plan.periodEnd() != null && plan.periodEnd() < plan.periodStart()) {
            errors.add(FieldError.of("periodEnd", "must not be before periodStart", "规划期末不能早于规划期初"));
        }
        if (plan.baselineYear() != null && plan.periodStart() != null && plan.baselineYear() > plan.periodStart()) {
            errors.add(FieldError.of("baselineYear", "must not be after periodStart", "基线年份不能晚于规划期初"));
        }
        return errors;
    }
}
