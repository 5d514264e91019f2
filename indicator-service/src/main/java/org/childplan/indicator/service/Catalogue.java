package org.childplan.indicator.service;

import java.time.LocalDate;
import java.util.List;
import org.childplan.indicator.domain.Goal;
import org.childplan.indicator.domain.IndicatorVersion;
import org.childplan.indicator.domain.Plan;
import org.childplan.indicator.domain.PlanDomain;
import org.childplan.indicator.domain.ReportingArea;
import org.childplan.indicator.domain.StrategyMeasure;

/** A whole plan's catalogue as in force on one date. */
public record Catalogue(
        Plan plan,
        LocalDate asOf,
        List<PlanDomain> domains,
        List<Goal> goals,
        List<StrategyMeasure> measures,
        List<IndicatorVersion> indicators,
        List<ReportingArea> areas) {
}
