package org.childplan.agency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.Assignment;
import org.childplan.agency.domain.AssignmentOrigin;
import org.childplan.agency.domain.GovernanceBody;
import org.childplan.agency.domain.GovernanceBodyMember;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.ResponsibilityDocument.AgencyEntry;
import org.childplan.agency.domain.ResponsibilityDocument.AssignmentEntry;
import org.childplan.agency.domain.ResponsibilityDocument.BodyEntry;
import org.childplan.agency.domain.ResponsibilityDocument.DomainEntry;
import org.childplan.agency.domain.ResponsibilityDocument.PlanEntry;
import org.childplan.agency.domain.ResponsibilityDocument;
import org.childplan.agency.domain.ResponsibilityImport;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.agency.repository.AssignmentRepository;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.metrics.BusinessCounters;
import org.childplan.platform.time.Timestamps;

/**
 * Loads a validated responsibility document: creates what is new, updates what changed and leaves the rest, so
 * importing the same document twice changes nothing. Nothing is deleted: stored items the document does not
 * mention are reported, aliases are only ever added, and assignments are ended through the API, not by an import.
 */
@ApplicationScoped
public class ResponsibilityImporter {

    private final EntityManager em;
    private final TransactionManager transactions;
    private final AssignmentRepository assignments;
    private final AssignmentService assignmentService;
    private final BusinessCounters counters;

    public ResponsibilityImporter(EntityManager em, TransactionManager transactions, AssignmentRepository assignments,
                                  AssignmentService assignmentService, BusinessCounters counters) {
        this.em = em;
        this.transactions = transactions;
        this.assignments = assignments;
        this.assignmentService = assignmentService;
        this.counters = counters;
    }

    /** A dry run does all the work, including the database's own checks, and then rolls it back. */
    @Transactional
    public ImportReport run(ResponsibilityDocument doc, Map<String, CatalogueService.Read> catalogues, boolean dryRun,
                            String origin, String source, String documentHash) {
        AgencyService.lockRegistry(em);
        ImportReport.Builder report = new ImportReport.Builder();
        catalogues.values().forEach(c -> report.catalogue(
                new ImportReport.CatalogueUsed(c.catalogue().planCode(), c.source(), c.fetchedAt())));
        importAgencies(doc, report);
        importBodies(doc, report);
        List<FieldError> overlaps = new ArrayList<>();
        for (int p = 0; p < doc.plans().size(); p++) {
            importPlan(doc.plans().get(p), "$.plans[" + p + "]", catalogues.get(doc.plans().get(p).planCode()).catalogue(),
                    report, overlaps);
        }
        if (!overlaps.isEmpty()) {
            throw new ConflictException(overlaps.size() + " assignment(s) overlap stored ones; see errors",
                    "有" + overlaps.size() + "项分工与已有分工的期间重叠，详见 errors", overlaps);
        }
        em.flush();
        ImportReport result = report.build(dryRun);
        counters.count("childplan.responsibility.imports", "Responsibility documents imported (seeds included), by outcome", 1,
                "outcome", result.outcome().name());
        counters.count(AssignmentService.CREATED_METRIC, AssignmentService.CREATED_METRIC_DESCRIPTION,
                result.counts().get("assignments").created(), "origin", AssignmentOrigin.IMPORT.name());
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (jakarta.transaction.SystemException e) {
                throw new IllegalStateException("could not roll back a dry-run import", e);
            }
        } else {
            ResponsibilityImport record = new ResponsibilityImport();
            record.origin = origin;
            record.source = source;
            record.documentHash = documentHash;
            record.outcome = result.outcome().name();
            record.persist();
        }
        return result;
    }

    private void importAgencies(ResponsibilityDocument doc, ImportReport.Builder report) {
        Map<String, Agency> stored = new HashMap<>();
        Agency.<Agency>listAll().forEach(a -> stored.put(a.code, a));
        // renames first, so that a name one agency gives up is free before another agency takes it
        List<Agency> created = new ArrayList<>();
        for (AgencyEntry entry : doc.agencies()) {
            Agency agency = stored.get(entry.code());
            if (agency == null) {
                agency = new Agency();
                agency.code = entry.code();
                agency.apply(entry.details(), false);
                created.add(agency);
                report.created("agencies", entry.code());
            } else {
                report.record("agencies", entry.code(), agency.apply(entry.details(), true));
            }
        }
        em.flush();
        created.forEach(a -> a.persist());
        em.flush();
        Set<String> inDocument = new HashSet<>();
        for (AgencyEntry entry : doc.agencies()) {
            inDocument.add(entry.code());
            Agency agency = stored.containsKey(entry.code()) ? stored.get(entry.code())
                    : created.stream().filter(a -> a.code.equals(entry.code())).findFirst().orElseThrow();
            List<String> before = agency.aliasNames();
            agency.addAliases(entry.aliases());
            for (String alias : agency.aliasNames()) {
                if (!before.contains(alias)) {
                    report.created("aliases", entry.code() + ":" + alias);
                } else if (entry.aliases().contains(alias)) {
                    report.record("aliases", entry.code() + ":" + alias, false);
                } else {
                    report.notInDocument("aliases", entry.code() + ":" + alias);
                }
            }
        }
        // the registry is shared by every plan: a document for one plan says nothing about another plan's agencies
        Set<String> ofTouchedPlans = assignments.agencyCodesOfPlans(
                doc.plans().stream().map(PlanEntry::planCode).toList());
        stored.keySet().stream().filter(code -> !inDocument.contains(code) && ofTouchedPlans.contains(code)).sorted()
                .forEach(code -> report.notInDocument("agencies", code));
        em.flush();
    }

    private void importBodies(ResponsibilityDocument doc, ImportReport.Builder report) {
        Map<String, GovernanceBody> bodies = new HashMap<>();
        GovernanceBody.<GovernanceBody>listAll().forEach(b -> bodies.put(b.code, b));
        Set<String> stored = new HashSet<>(bodies.keySet());
        Map<String, Boolean> changed = new HashMap<>();
        Map<String, List<String>> relationsBefore = new HashMap<>();
        for (BodyEntry entry : doc.governanceBodies()) {
            GovernanceBody body = bodies.get(entry.code());
            if (body == null) {
                body = new GovernanceBody();
                body.code = entry.code();
                body.apply(entry);
                body.persist();
                bodies.put(body.code, body);
            } else {
                relationsBefore.put(body.code, body.relations());
                changed.put(body.code, body.apply(entry));
            }
        }
        em.flush();
        for (BodyEntry entry : doc.governanceBodies()) {
            GovernanceBody body = bodies.get(entry.code());
            body.parent = entry.parentCode() == null ? null : bodies.get(entry.parentCode());
            body.leadAgency = entry.leadUnit() == null ? null : Agency.findByName(entry.leadUnit()).orElseThrow();
            body.leadBody = entry.leadBodyCode() == null ? null : bodies.get(entry.leadBodyCode());
            body.housedAt = entry.housedAtUnit() == null ? null : Agency.findByName(entry.housedAtUnit()).orElseThrow();
            List<String> wanted = new ArrayList<>();
            List<Object> members = new ArrayList<>();
            for (String unit : entry.memberUnits()) {
                Agency agency = Agency.findByName(unit).orElseThrow();
                wanted.add("agency:" + agency.code);
                members.add(agency);
            }
            for (String code : entry.memberBodyCodes()) {
                wanted.add("body:" + code);
                members.add(bodies.get(code));
            }
            List<String> current = body.members.stream()
                    .map(m -> m.agency != null ? "agency:" + m.agency.code : "body:" + m.memberBody.code).toList();
            if (!current.equals(wanted)) {
                body.members.clear();
                em.flush();
                for (int i = 0; i < members.size(); i++) {
                    GovernanceBodyMember m = new GovernanceBodyMember();
                    m.body = body;
                    m.position = i;
                    if (members.get(i) instanceof Agency a) {
                        m.agency = a;
                    } else {
                        m.memberBody = (GovernanceBody) members.get(i);
                    }
                    body.members.add(m);
                }
            }
            if (!stored.contains(body.code)) {
                report.created("governanceBodies", body.code);
            } else {
                boolean relationsChanged = !relationsBefore.get(body.code).equals(body.relations());
                if (relationsChanged) {
                    // member rows are not the body's own columns, yet they must give it a new revision
                    body.updatedAt = Timestamps.now();
                }
                report.record("governanceBodies", body.code, changed.get(body.code) || relationsChanged);
            }
        }
        Set<String> inDocument = new HashSet<>();
        doc.governanceBodies().forEach(b -> inDocument.add(b.code()));
        stored.stream().filter(code -> !inDocument.contains(code)).sorted()
                .forEach(code -> report.notInDocument("governanceBodies", code));
        em.flush();
    }

    private void importPlan(PlanEntry plan, String at, PlanCatalogue catalogue, ImportReport.Builder report,
                            List<FieldError> overlaps) {
        Set<Long> seen = new HashSet<>();
        for (int d = 0; d < plan.domains().size(); d++) {
            DomainEntry domain = plan.domains().get(d);
            for (Role role : Role.values()) {
                List<String> units = domain.units(role);
                for (int u = 0; u < units.size(); u++) {
                    String path = at + ".domains[" + d + "]." + DomainEntry.field(role) + "[" + u + "]";
                    Wanted w = new Wanted(units.get(u), ScopeType.DOMAIN, domain.domainCode(), domain.domainCode(), role,
                            plan.validFrom(), null, u, null, false);
                    seen.add(upsert(plan.planCode(), w, path, report, overlaps));
                }
            }
        }
        for (int i = 0; i < plan.assignments().size(); i++) {
            AssignmentEntry a = plan.assignments().get(i);
            String domainCode = catalogue.domainOf(a.scopeType(), a.scopeCode()).filter(s -> !s.isEmpty()).orElse(null);
            Wanted w = new Wanted(a.unit(), a.scopeType(), a.scopeCode(), domainCode, a.role(),
                    a.validFrom() == null ? plan.validFrom() : a.validFrom(), a.validTo(), null, a.note(), true);
            seen.add(upsert(plan.planCode(), w, at + ".assignments[" + i + "]", report, overlaps));
        }
        for (Assignment stored : assignments.ofPlan(plan.planCode())) {
            if (stored.origin == AssignmentOrigin.IMPORT && !seen.contains(stored.id)) {
                report.notInDocument("assignments", stored.code);
            }
        }
    }

    /**
     * Whether the stored assignment is the one the document asks for, only starting later: same agency, scope, role and
     * end, and nothing else in the way of moving its start back to the document's.
     */
    private boolean startsEarlier(String planCode, Agency agency, Wanted w, Assignment stored) {
        return stored.validFrom.isAfter(w.validFrom()) && Objects.equals(stored.validTo, w.validTo())
                && assignments.overlapping(planCode, agency, w.scopeType(), w.scopeCode(), w.role(), w.validFrom(), w.validTo(),
                        stored.id).isEmpty();
    }

    /** One assignment the document asks for; {@code explicit} ones also carry their end date and note. */
    private record Wanted(String unit, ScopeType scopeType, String scopeCode, String domainCode, Role role, LocalDate validFrom,
                          LocalDate validTo, Integer position, String note, boolean explicit) {
    }

    private Long upsert(String planCode, Wanted w, String path, ImportReport.Builder report, List<FieldError> overlaps) {
        Agency agency = Agency.findByName(w.unit()).orElseThrow();
        String sourceName = w.unit().strip();
        Assignment a = assignments.byKey(planCode, agency, w.scopeType(), w.scopeCode(), w.role(), w.validFrom()).orElse(null);
        if (a == null) {
            var overlap = assignments.overlapping(planCode, agency, w.scopeType(), w.scopeCode(), w.role(), w.validFrom(),
                    w.validTo(), null);
            if (overlap.isPresent() && startsEarlier(planCode, agency, w, overlap.get())) {
                // the document dates back an assignment stored with a later start (typically one imported with today's
                // date): the same responsibility, in force since earlier, so its start moves back instead of clashing
                Assignment stored = overlap.get();
                stored.validFrom = w.validFrom();
                stored.sourceNameZh = sourceName;
                stored.position = w.position();
                if (w.explicit()) {
                    stored.note = w.note();
                }
                report.record("assignments", stored.code, true);
                return stored.id;
            }
            if (overlap.isPresent()) {
                overlaps.add(FieldError.of(path, "overlaps stored assignment " + overlap.get().code,
                        "与已有分工" + overlap.get().code + "的期间重叠"));
                return null;
            }
            a = new Assignment();
            a.code = Assignment.codeOf(w.scopeCode(), w.role(), agency.code, w.validFrom());
            a.planCode = planCode;
            a.agency = agency;
            a.scopeType = w.scopeType();
            a.scopeCode = w.scopeCode();
            a.domainCode = w.domainCode();
            a.role = w.role();
            a.validFrom = w.validFrom();
            a.validTo = w.validTo();
            a.sourceNameZh = sourceName;
            a.position = w.position();
            a.origin = AssignmentOrigin.IMPORT;
            a.note = w.note();
            a.persist();
            report.created("assignments", a.code);
            return a.id;
        }
        boolean changed = !Objects.equals(a.sourceNameZh, sourceName) || !Objects.equals(a.position, w.position());
        if (w.explicit()) {
            changed |= !Objects.equals(a.validTo, w.validTo()) || !Objects.equals(a.note, w.note());
        }
        if (changed && w.explicit() && !Objects.equals(a.validTo, w.validTo())) {
            try {
                assignmentService.requireNoOverlap(planCode, agency, a.scopeType, a.scopeCode, a.role, a.validFrom, w.validTo(), a.id);
            } catch (ConflictException e) {
                overlaps.add(FieldError.of(path, e.getMessage(), e.detailZh()));
                return a.id;
            }
        }
        if (changed) {
            a.sourceNameZh = sourceName;
            a.position = w.position();
            if (w.explicit()) {
                a.validTo = w.validTo();
                a.note = w.note();
            }
        }
        report.record("assignments", a.code, changed);
        return a.id;
    }
}
