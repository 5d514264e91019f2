package org.childplan.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.indicator.domain.Goal;
import org.childplan.indicator.domain.Indicator;
import org.childplan.indicator.domain.IndicatorVersion;
import org.childplan.indicator.domain.Plan;
import org.childplan.indicator.domain.PlanDocument;
import org.childplan.indicator.domain.PlanDomain;
import org.childplan.indicator.domain.ReportingArea;
import org.childplan.indicator.domain.StrategyMeasure;
import org.childplan.platform.metrics.BusinessCounters;

/**
 * Loads a validated plan document: creates what is new, updates what changed, adds indicator versions for
 * changed definitions, and leaves everything else untouched, so importing the same document twice changes nothing.
 * Items stored but missing from the document are reported, never deleted.
 */
@ApplicationScoped
public class PlanImporter {

    private final CatalogueService catalogue;
    private final EntityManager em;
    private final TransactionManager transactions;
    private final BusinessCounters counters;

    public PlanImporter(CatalogueService catalogue, EntityManager em, TransactionManager transactions,
                        BusinessCounters counters) {
        this.catalogue = catalogue;
        this.em = em;
        this.transactions = transactions;
        this.counters = counters;
    }

    /** A dry run does all the work, including the database's own checks, and then rolls it back. */
    @Transactional
    public ImportReport importPlan(PlanDocument doc, boolean dryRun) {
        lockPlan(doc.plan().code());
        return run(doc, Plan.findByCode(doc.plan().code()).orElse(null), dryRun);
    }

    /**
     * Seeds a plan: loads the document when the plan is not stored yet, and otherwise applies only the amendments not
     * applied before. A database loaded from an earlier edition of the seed is thus brought to the corrected plan by
     * new indicators and new indicator versions that carry the amendment's reason, while everything else users have
     * changed since stays as it is. A fresh install loads the corrected document and records the amendments as in it.
     */
    @Transactional
    public SeedResult seed(PlanDocument doc, List<SeedAmendment> amendments) {
        String planCode = doc.plan().code();
        lockPlan(planCode);
        Optional<Plan> stored = Plan.findByCode(planCode);
        if (stored.isEmpty()) {
            ImportReport report = run(doc, null, false);
            amendments.forEach(a -> recordAmendment(planCode, a, "IN_SEED"));
            return new SeedResult(Optional.of(report), List.of());
        }
        Set<String> done = appliedAmendments(planCode);
        List<String> applied = new ArrayList<>();
        for (SeedAmendment amendment : amendments) {
            if (!done.contains(amendment.code())) {
                applyAmendment(stored.get(), doc, amendment);
                recordAmendment(planCode, amendment, "UPGRADE");
                applied.add(amendment.code());
            }
        }
        return new SeedResult(Optional.empty(), applied);
    }

    /**
     * Whether the plan is stored and every one of these seed amendments is recorded for it: then seeding it again
     * would change nothing. Reads committed rows only; a plan being imported right now is not stored yet.
     */
    @Transactional
    public boolean storedWithAmendments(String planCode, Collection<String> amendmentCodes) {
        return Plan.findByCode(planCode).isPresent() && appliedAmendments(planCode).containsAll(amendmentCodes);
    }

    /** What seeding did: the import report when the plan was loaded, and the amendments applied to a stored plan. */
    public record SeedResult(Optional<ImportReport> loaded, List<String> amendmentsApplied) {
    }

    private void applyAmendment(Plan plan, PlanDocument doc, SeedAmendment amendment) {
        Map<String, PlanDocument.DomainEntry> domainOf = new HashMap<>();
        Map<String, PlanDocument.IndicatorEntry> entries = new HashMap<>();
        for (PlanDocument.DomainEntry d : doc.domains()) {
            for (PlanDocument.IndicatorEntry i : d.indicators()) {
                entries.put(i.code(), i);
                domainOf.put(i.code(), d);
            }
        }
        LocalDate today = catalogue.today();
        for (String code : amendment.indicators()) {
            PlanDocument.IndicatorEntry entry = entries.get(code);
            if (entry == null) {
                throw new IllegalStateException("Seed amendment " + amendment.code() + " names indicator " + code
                        + ", which the seed document does not have");
            }
            String domainCode = domainOf.get(code).code();
            PlanDomain domain = PlanDomain.findByCode(plan, domainCode).orElseThrow(() -> missing(amendment, "domain " + domainCode));
            Goal goal = entry.goalNumber() == null ? null : Goal.findByNumber(domain, entry.goalNumber())
                    .orElseThrow(() -> missing(amendment, "goal " + domainCode + "-" + entry.goalNumber()));
            StrategyMeasure measure = entry.measureNumber() == null ? null : StrategyMeasure.findByNumber(domain, entry.measureNumber())
                    .orElseThrow(() -> missing(amendment, "measure " + domainCode + "-M" + entry.measureNumber()));
            Optional<Indicator> stored = Indicator.findByCode(plan, code);
            if (stored.isEmpty()) {
                createIndicator(plan, domain, goal, measure, entry);
                continue;
            }
            Indicator indicator = stored.get();
            // a version must start after the one in force; today is the usual answer, unless a user revised it for later
            LocalDate latestFrom = IndicatorVersion.<IndicatorVersion>find("indicator = ?1 and version = ?2", indicator,
                    indicator.latestVersion).singleResult().effectiveFrom;
            LocalDate effectiveFrom = today.isAfter(latestFrom) ? today : latestFrom.plusDays(1);
            catalogue.addVersion(indicator, entry.definition(), effectiveFrom, amendment.changeReason());
        }
        em.flush();
    }

    private static IllegalStateException missing(SeedAmendment amendment, String what) {
        return new IllegalStateException("Seed amendment " + amendment.code() + " needs " + what + ", which the stored plan lacks");
    }

    private Set<String> appliedAmendments(String planCode) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select amendment_code from plan_seed_amendment where plan_code = :plan")
                .setParameter("plan", planCode).getResultList();
        return new HashSet<>(codes);
    }

    private void recordAmendment(String planCode, SeedAmendment amendment, String how) {
        em.flush();
        em.createNativeQuery("insert into plan_seed_amendment (plan_code, amendment_code, how) values (:plan, :code, :how)")
                .setParameter("plan", planCode).setParameter("code", amendment.code()).setParameter("how", how)
                .executeUpdate();
    }

    /** Serialises imports of one plan, including two replicas seeding it at the same start. */
    private void lockPlan(String planCode) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "plan-import:" + planCode).getSingleResult();
    }

    private ImportReport run(PlanDocument doc, Plan plan, boolean dryRun) {
        PlanDocument.Header header = doc.plan();
        ImportReport.Builder report = new ImportReport.Builder(header.code());
        if (plan == null) {
            plan = new Plan();
            plan.code = header.code();
            plan.apply(header);
            plan.persist();
            report.planCreated();
            report.created("plan", plan.code);
        } else {
            report.record("plan", plan.code, plan.apply(header));
        }
        importAreas(plan, doc, report);
        importDomains(plan, doc, report);
        em.flush();
        ImportReport result = report.build(dryRun);
        counters.count("childplan.plan.imports", "Plan documents imported (seeds included), by outcome", 1,
                "plan", header.code(), "outcome", result.outcome().name());
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (jakarta.transaction.SystemException e) {
                throw new IllegalStateException("could not roll back a dry-run import", e);
            }
        }
        return result;
    }

    private void importAreas(Plan plan, PlanDocument doc, ImportReport.Builder report) {
        Map<String, ReportingArea> stored = byKey(ReportingArea.listByPlan(plan), a -> a.code);
        List<PlanDocument.AreaEntry> entries = doc.reportingAreas().isEmpty()
                ? List.of(jurisdictionArea(doc.plan()))
                : doc.reportingAreas();
        Set<String> seen = new HashSet<>();
        for (PlanDocument.AreaEntry entry : entries) {
            seen.add(entry.code());
            ReportingArea area = stored.get(entry.code());
            if (area == null) {
                area = new ReportingArea();
                area.plan = plan;
                area.code = entry.code();
                area.apply(entry);
                area.persist();
                report.created("reportingAreas", entry.code());
            } else {
                report.record("reportingAreas", entry.code(), area.apply(entry));
            }
        }
        stored.keySet().stream().filter(code -> !seen.contains(code)).sorted()
                .forEach(code -> report.notInDocument("reportingAreas", code));
    }

    /** A document without reporting areas reports for its whole jurisdiction. */
    private static PlanDocument.AreaEntry jurisdictionArea(PlanDocument.Header plan) {
        return new PlanDocument.AreaEntry(plan.jurisdictionCode(), plan.jurisdictionZh(), plan.jurisdictionEn(),
                org.childplan.indicator.domain.AreaLevel.JURISDICTION, null);
    }

    private void importDomains(Plan plan, PlanDocument doc, ImportReport.Builder report) {
        Map<String, PlanDomain> domains = byKey(PlanDomain.listByPlan(plan), d -> d.code);
        Map<String, Goal> goals = byKey(Goal.<Goal>list("domain.plan", plan), Goal::code);
        Map<String, StrategyMeasure> measures = byKey(StrategyMeasure.<StrategyMeasure>list("domain.plan", plan), StrategyMeasure::code);
        Map<String, Indicator> indicators = byKey(Indicator.<Indicator>list("plan", plan), i -> i.code);
        Set<String> seenDomains = new HashSet<>();
        Set<String> seenGoals = new HashSet<>();
        Set<String> seenMeasures = new HashSet<>();
        Set<String> seenIndicators = new HashSet<>();
        LocalDate today = catalogue.today();

        for (PlanDocument.DomainEntry entry : doc.domains()) {
            seenDomains.add(entry.code());
            PlanDomain domain = domains.get(entry.code());
            if (domain == null) {
                domain = new PlanDomain();
                domain.plan = plan;
                domain.code = entry.code();
                domain.apply(entry.ordinal(), entry.nameZh(), entry.nameEn(), entry.leadUnits(), entry.responsibleUnits());
                domain.persist();
                report.created("domains", entry.code());
            } else {
                report.record("domains", entry.code(), domain.apply(entry.ordinal(), entry.nameZh(), entry.nameEn(),
                        entry.leadUnits(), entry.responsibleUnits()));
            }

            Map<Integer, Goal> domainGoals = new HashMap<>();
            for (PlanDocument.GoalEntry g : entry.goals()) {
                String code = entry.code() + "-" + g.number();
                seenGoals.add(code);
                Goal goal = goals.get(code);
                if (goal == null) {
                    goal = new Goal();
                    goal.domain = domain;
                    goal.number = g.number();
                    goal.apply(g.textZh(), g.textEn());
                    goal.persist();
                    report.created("goals", code);
                } else {
                    report.record("goals", code, goal.apply(g.textZh(), g.textEn()));
                }
                domainGoals.put(g.number(), goal);
            }

            Map<Integer, StrategyMeasure> domainMeasures = new HashMap<>();
            for (PlanDocument.MeasureEntry m : entry.measures()) {
                String code = entry.code() + "-M" + m.number();
                seenMeasures.add(code);
                StrategyMeasure measure = measures.get(code);
                if (measure == null) {
                    measure = new StrategyMeasure();
                    measure.domain = domain;
                    measure.number = m.number();
                    measure.apply(m.titleZh(), m.titleEn());
                    measure.persist();
                    report.created("measures", code);
                } else {
                    report.record("measures", code, measure.apply(m.titleZh(), m.titleEn()));
                }
                domainMeasures.put(m.number(), measure);
            }

            for (PlanDocument.IndicatorEntry i : entry.indicators()) {
                seenIndicators.add(i.code());
                Goal goal = i.goalNumber() == null ? null : domainGoals.get(i.goalNumber());
                StrategyMeasure measure = i.measureNumber() == null ? null : domainMeasures.get(i.measureNumber());
                Indicator indicator = indicators.get(i.code());
                if (indicator == null) {
                    createIndicator(plan, domain, goal, measure, i);
                    report.created("indicators", i.code());
                    continue;
                }
                boolean moved = indicator.domain != domain || indicator.goal != goal || indicator.measure != measure;
                if (moved) {
                    indicator.domain = domain;
                    indicator.goal = goal;
                    indicator.measure = measure;
                }
                LocalDate effectiveFrom = i.effectiveFrom() == null ? today : i.effectiveFrom();
                boolean versioned = catalogue.addVersion(indicator, i.definition(), effectiveFrom,
                        "plan document import / 规划文件导入").isPresent();
                if (versioned) {
                    report.changed("indicators", i.code(), ImportReport.Action.NEW_VERSION);
                } else if (moved) {
                    report.changed("indicators", i.code(), ImportReport.Action.UPDATED);
                } else {
                    report.unchanged("indicators");
                }
            }
        }
        reportMissing(domains.keySet(), seenDomains, "domains", report);
        reportMissing(goals.keySet(), seenGoals, "goals", report);
        reportMissing(measures.keySet(), seenMeasures, "measures", report);
        reportMissing(indicators.keySet(), seenIndicators, "indicators", report);
    }

    /** A new indicator's first version is in force from the plan's start unless the document says otherwise. */
    private static void createIndicator(Plan plan, PlanDomain domain, Goal goal, StrategyMeasure measure,
                                        PlanDocument.IndicatorEntry entry) {
        Indicator indicator = new Indicator();
        indicator.plan = plan;
        indicator.domain = domain;
        indicator.code = entry.code();
        indicator.goal = goal;
        indicator.measure = measure;
        indicator.latestVersion = 1;
        indicator.persist();
        LocalDate effectiveFrom = entry.effectiveFrom() == null ? plan.periodStartDate() : entry.effectiveFrom();
        IndicatorVersion.of(indicator, 1, effectiveFrom, entry.definition(), null).persist();
    }

    private static void reportMissing(Set<String> stored, Set<String> seen, String kind, ImportReport.Builder report) {
        stored.stream().filter(code -> !seen.contains(code)).sorted().forEach(code -> report.notInDocument(kind, code));
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
