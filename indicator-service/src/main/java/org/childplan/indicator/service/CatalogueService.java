package org.childplan.indicator.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childplan.indicator.config.CatalogueConfig;
import org.childplan.indicator.domain.Goal;
import org.childplan.indicator.domain.Indicator;
import org.childplan.indicator.domain.IndicatorDefinition;
import org.childplan.indicator.domain.IndicatorRules;
import org.childplan.indicator.domain.IndicatorVersion;
import org.childplan.indicator.domain.Plan;
import org.childplan.indicator.domain.PlanDocument;
import org.childplan.indicator.domain.PlanDomain;
import org.childplan.indicator.domain.PlanRules;
import org.childplan.indicator.domain.ReportingArea;
import org.childplan.indicator.domain.StrategyMeasure;
import org.childplan.indicator.repository.IndicatorRepository;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageRequest;
import org.childplan.platform.revision.ExpectedRevision;

/** Reads and edits the catalogue: plans, domains, goals, measures, reporting areas and versioned indicators. */
@ApplicationScoped
public class CatalogueService {

    private final IndicatorRepository indicators;
    private final ZoneId zone;

    public CatalogueService(IndicatorRepository indicators, CatalogueConfig config) {
        this.indicators = indicators;
        this.zone = ZoneId.of(config.zone());
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The date a read is as of: the one asked for, or today (the plan's day). */
    public LocalDate asOf(LocalDate requested) {
        return requested == null ? today() : requested;
    }

    /** When today ends in the plan's zone: the moment a read of "today" may have another version in force. */
    public long endOfTodayMillis() {
        return today().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    // ---- plans

    public Page<Plan> plans(PageRequest request) {
        var query = Plan.findAll(Sort.by("code"));
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(), query.count());
    }

    public Plan plan(String code) {
        return Plan.findByCode(code).orElseThrow(() -> new ResourceNotFoundException("Plan", "规划", code));
    }

    @Transactional
    public Plan createPlan(PlanDocument.Header header) {
        requireValid(PlanRules.check(header));
        if (Plan.findByCode(header.code()).isPresent()) {
            throw ConflictException.duplicate("Plan", "规划", header.code());
        }
        Plan plan = new Plan();
        plan.code = header.code();
        plan.apply(header);
        plan.persistAndFlush();
        return plan;
    }

    @Transactional
    public Plan updatePlan(String code, PlanDocument.Header header, ExpectedRevision expected) {
        Plan plan = plan(code);
        plan.lockForChange();
        expected.check(plan.revision);
        requireValid(PlanRules.check(header));
        plan.apply(header);
        plan.flush();
        return plan;
    }

    // ---- domains

    public List<PlanDomain> domains(String planCode) {
        return PlanDomain.listByPlan(plan(planCode));
    }

    public PlanDomain domain(String planCode, String domainCode) {
        return domain(plan(planCode), domainCode);
    }

    PlanDomain domain(Plan plan, String domainCode) {
        return PlanDomain.findByCode(plan, domainCode)
                .orElseThrow(() -> new ResourceNotFoundException("Domain", "领域", domainCode));
    }

    @Transactional
    public PlanDomain createDomain(String planCode, PlanDocument.DomainEntry entry) {
        Plan plan = plan(planCode);
        if (PlanDomain.findByCode(plan, entry.code()).isPresent()) {
            throw ConflictException.duplicate("Domain", "领域", entry.code());
        }
        PlanDomain domain = new PlanDomain();
        domain.plan = plan;
        domain.code = entry.code();
        domain.apply(entry.ordinal(), entry.nameZh(), entry.nameEn(), entry.leadUnits(), entry.responsibleUnits());
        domain.persistAndFlush();
        return domain;
    }

    @Transactional
    public PlanDomain updateDomain(String planCode, String domainCode, PlanDocument.DomainEntry entry, ExpectedRevision expected) {
        PlanDomain domain = domain(planCode, domainCode);
        domain.lockForChange();
        expected.check(domain.revision);
        domain.apply(entry.ordinal(), entry.nameZh(), entry.nameEn(), entry.leadUnits(), entry.responsibleUnits());
        domain.flush();
        return domain;
    }

    // ---- goals and strategy measures

    public Page<Goal> goals(String planCode, String domainCode, PageRequest request) {
        Plan plan = plan(planCode);
        var query = domainCode == null
                ? Goal.find("domain.plan = ?1 order by domain.ordinal, number", plan)
                : Goal.find("domain = ?1 order by number", domain(plan, domainCode));
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(), query.count());
    }

    public Goal goal(String planCode, String goalCode) {
        Plan plan = plan(planCode);
        return parseNumbered(goalCode, "-")
                .flatMap(ref -> PlanDomain.findByCode(plan, ref.domainCode()).flatMap(d -> Goal.findByNumber(d, ref.number())))
                .orElseThrow(() -> new ResourceNotFoundException("Goal", "目标", goalCode));
    }

    @Transactional
    public Goal createGoal(String planCode, String domainCode, PlanDocument.GoalEntry entry) {
        PlanDomain domain = domain(planCode, domainCode);
        if (Goal.findByNumber(domain, entry.number()).isPresent()) {
            throw ConflictException.duplicate("Goal", "目标", domainCode + "-" + entry.number());
        }
        Goal goal = new Goal();
        goal.domain = domain;
        goal.number = entry.number();
        goal.apply(entry.textZh(), entry.textEn());
        goal.persistAndFlush();
        return goal;
    }

    @Transactional
    public Goal updateGoal(String planCode, String goalCode, PlanDocument.GoalEntry entry, ExpectedRevision expected) {
        Goal goal = goal(planCode, goalCode);
        goal.lockForChange();
        expected.check(goal.revision);
        goal.apply(entry.textZh(), entry.textEn());
        goal.flush();
        return goal;
    }

    public Page<StrategyMeasure> measures(String planCode, String domainCode, PageRequest request) {
        Plan plan = plan(planCode);
        var query = domainCode == null
                ? StrategyMeasure.find("domain.plan = ?1 order by domain.ordinal, number", plan)
                : StrategyMeasure.find("domain = ?1 order by number", domain(plan, domainCode));
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(), query.count());
    }

    public StrategyMeasure measure(String planCode, String measureCode) {
        Plan plan = plan(planCode);
        return parseNumbered(measureCode, "-M")
                .flatMap(ref -> PlanDomain.findByCode(plan, ref.domainCode())
                        .flatMap(d -> StrategyMeasure.findByNumber(d, ref.number())))
                .orElseThrow(() -> new ResourceNotFoundException("Strategy measure", "策略措施", measureCode));
    }

    @Transactional
    public StrategyMeasure createMeasure(String planCode, String domainCode, PlanDocument.MeasureEntry entry) {
        PlanDomain domain = domain(planCode, domainCode);
        if (StrategyMeasure.findByNumber(domain, entry.number()).isPresent()) {
            throw ConflictException.duplicate("Strategy measure", "策略措施", domainCode + "-M" + entry.number());
        }
        StrategyMeasure measure = new StrategyMeasure();
        measure.domain = domain;
        measure.number = entry.number();
        measure.apply(entry.titleZh(), entry.titleEn());
        measure.persistAndFlush();
        return measure;
    }

    @Transactional
    public StrategyMeasure updateMeasure(String planCode, String measureCode, PlanDocument.MeasureEntry entry, ExpectedRevision expected) {
        StrategyMeasure measure = measure(planCode, measureCode);
        measure.lockForChange();
        expected.check(measure.revision);
        measure.apply(entry.titleZh(), entry.titleEn());
        measure.flush();
        return measure;
    }

    // ---- indicators

    public Page<IndicatorVersion> indicators(String planCode, IndicatorRepository.Filter filter, LocalDate asOf,
                                             PageRequest request) {
        Plan plan = plan(planCode);
        if (filter.domainCode() != null) {
            domain(plan, filter.domainCode());
        }
        return indicators.inForce(plan, asOf == null ? today() : asOf, filter, request);
    }

    public IndicatorVersion indicator(String planCode, String code, LocalDate asOf) {
        Plan plan = plan(planCode);
        LocalDate date = asOf == null ? today() : asOf;
        return indicators.inForce(plan, code, date).orElseThrow(() -> indicators.latest(plan, code).isPresent()
                ? new ResourceNotFoundException("Indicator '" + code + "' has no version in force on " + date,
                "指标“" + code + "”在" + date + "尚无生效的版本")
                : new ResourceNotFoundException("Indicator", "指标", code));
    }

    public List<IndicatorVersion> versions(String planCode, String code) {
        List<IndicatorVersion> versions = indicators.versions(plan(planCode), code);
        if (versions.isEmpty()) {
            throw new ResourceNotFoundException("Indicator", "指标", code);
        }
        return versions;
    }

    @Transactional
    public IndicatorVersion createIndicator(String planCode, String domainCode, PlanDocument.IndicatorEntry entry) {
        Plan plan = plan(planCode);
        PlanDomain domain = domain(plan, domainCode);
        List<FieldError> errors = new ArrayList<>(IndicatorRules.check(entry.definition(), plan.periodStart, plan.periodEnd));
        Goal goal = null;
        StrategyMeasure measure = null;
        if ((entry.goalNumber() == null) == (entry.measureNumber() == null)) {
            errors.add(FieldError.of("goalNumber", "exactly one of goalNumber and measureNumber must be given",
                    "goalNumber 与 measureNumber 必须且只能填写一个"));
        } else if (entry.goalNumber() != null) {
            goal = Goal.findByNumber(domain, entry.goalNumber()).orElse(null);
            if (goal == null) {
                errors.add(FieldError.of("goalNumber", "domain " + domainCode + " has no goal " + entry.goalNumber(),
                        "领域" + domainCode + "中没有第" + entry.goalNumber() + "项目标"));
            }
        } else {
            measure = StrategyMeasure.findByNumber(domain, entry.measureNumber()).orElse(null);
            if (measure == null) {
                errors.add(FieldError.of("measureNumber", "domain " + domainCode + " has no strategy measure " + entry.measureNumber(),
                        "领域" + domainCode + "中没有第" + entry.measureNumber() + "项策略措施"));
            }
        }
        requireValid(errors);
        if (Indicator.findByCode(plan, entry.code()).isPresent()) {
            throw ConflictException.duplicate("Indicator", "指标", entry.code());
        }
        Indicator indicator = new Indicator();
        indicator.plan = plan;
        indicator.domain = domain;
        indicator.code = entry.code();
        indicator.goal = goal;
        indicator.measure = measure;
        indicator.latestVersion = 1;
        indicator.persist();
        LocalDate effectiveFrom = entry.effectiveFrom() == null ? plan.periodStartDate() : entry.effectiveFrom();
        IndicatorVersion version = IndicatorVersion.of(indicator, 1, effectiveFrom, entry.definition(), null);
        version.persistAndFlush();
        return version;
    }

    /**
     * Records a changed definition or target as a new version from {@code effectiveFrom}; earlier versions stay
     * readable. Sending the definition already in force changes nothing.
     */
    @Transactional
    public IndicatorVersion reviseIndicator(String planCode, String code, IndicatorDefinition definition,
                                            LocalDate effectiveFrom, String changeReason, ExpectedRevision expected) {
        Plan plan = plan(planCode);
        Indicator indicator = Indicator.findWithOrigin(plan, code)
                .orElseThrow(() -> new ResourceNotFoundException("Indicator", "指标", code));
        indicator.lockForChange();
        expected.check(indicator.revision);
        requireValid(IndicatorRules.check(definition, plan.periodStart, plan.periodEnd));
        return addVersion(indicator, definition, effectiveFrom, changeReason).orElseGet(() -> latestVersion(indicator));
    }

    /** Adds a version unless the definition equals the latest one; empty when nothing changed. */
    Optional<IndicatorVersion> addVersion(Indicator indicator, IndicatorDefinition definition, LocalDate effectiveFrom,
                                          String changeReason) {
        IndicatorVersion latest = latestVersion(indicator);
        if (latest.definition().sameAs(definition)) {
            return Optional.empty();
        }
        if (!effectiveFrom.isAfter(latest.effectiveFrom)) {
            throw new ConflictException(
                    "Version " + (latest.version + 1) + " of indicator " + indicator.code + " must take effect after "
                            + latest.effectiveFrom + ", when version " + latest.version + " took effect",
                    "指标" + indicator.code + "的新版本生效日期必须晚于当前版本（第" + latest.version + "版）的生效日期" + latest.effectiveFrom,
                    List.of(FieldError.of("effectiveFrom", "must be after " + latest.effectiveFrom, "必须晚于" + latest.effectiveFrom)));
        }
        indicator.latestVersion = latest.version + 1;
        IndicatorVersion version = IndicatorVersion.of(indicator, indicator.latestVersion, effectiveFrom, definition, changeReason);
        version.persist();
        indicator.flush();
        return Optional.of(version);
    }

    private IndicatorVersion latestVersion(Indicator indicator) {
        return IndicatorVersion.<IndicatorVersion>find("indicator = ?1 and version = ?2", indicator, indicator.latestVersion)
                .singleResult();
    }

    // ---- reporting areas

    public List<ReportingArea> areas(String planCode) {
        return ReportingArea.listByPlan(plan(planCode));
    }

    public ReportingArea area(String planCode, String areaCode) {
        return ReportingArea.findByCode(plan(planCode), areaCode)
                .orElseThrow(() -> new ResourceNotFoundException("Reporting area", "填报地区", areaCode));
    }

    @Transactional
    public ReportingArea createArea(String planCode, PlanDocument.AreaEntry entry) {
        Plan plan = plan(planCode);
        if (ReportingArea.findByCode(plan, entry.code()).isPresent()) {
            throw ConflictException.duplicate("Reporting area", "填报地区", entry.code());
        }
        requireValid(checkArea(plan, entry));
        ReportingArea area = new ReportingArea();
        area.plan = plan;
        area.code = entry.code();
        area.apply(entry);
        area.persistAndFlush();
        return area;
    }

    @Transactional
    public ReportingArea updateArea(String planCode, String areaCode, PlanDocument.AreaEntry entry, ExpectedRevision expected) {
        ReportingArea area = area(planCode, areaCode);
        area.lockForChange();
        expected.check(area.revision);
        requireValid(checkArea(area.plan, entry));
        area.apply(entry);
        area.flush();
        return area;
    }

    private static List<FieldError> checkArea(Plan plan, PlanDocument.AreaEntry entry) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.parentCode() != null && ReportingArea.findByCode(plan, entry.parentCode()).isEmpty()) {
            errors.add(FieldError.of("parentCode", "no reporting area " + entry.parentCode() + " in this plan",
                    "本规划中没有上级地区" + entry.parentCode()));
        }
        return errors;
    }

    // ---- the whole catalogue

    public Catalogue catalogue(String planCode, LocalDate asOf) {
        Plan plan = plan(planCode);
        LocalDate date = asOf == null ? today() : asOf;
        return new Catalogue(plan, date,
                PlanDomain.listByPlan(plan),
                Goal.list("domain.plan = ?1 order by domain.ordinal, number", plan),
                StrategyMeasure.list("domain.plan = ?1 order by domain.ordinal, number", plan),
                indicators.allInForce(plan, date),
                ReportingArea.listByPlan(plan));
    }

    static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors);
        }
    }

    private record NumberedRef(String domainCode, int number) {
    }

    /** Splits codes like HEALTH-3 (separator "-") or HEALTH-M1 (separator "-M"). */
    private static Optional<NumberedRef> parseNumbered(String code, String separator) {
        int at = code.lastIndexOf(separator);
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new NumberedRef(code.substring(0, at), Integer.parseInt(code.substring(at + separator.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
