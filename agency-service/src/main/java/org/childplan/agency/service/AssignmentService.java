package org.childplan.agency.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.Assignment;
import org.childplan.agency.domain.AssignmentOrigin;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.agency.repository.AssignmentRepository;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.metrics.BusinessCounters;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageRequest;
import org.childplan.platform.revision.ExpectedRevision;

/**
 * Responsibility assignments of a plan. Creating one checks its scope against indicator-service's catalogue
 * (so it needs indicator-service); reading and ending one use stored data only.
 */
@ApplicationScoped
public class AssignmentService {

    /** What a client asks to create. */
    public record NewAssignment(String agencyCode, ScopeType scopeType, String scopeCode, Role role, LocalDate validFrom,
                                LocalDate validTo, String note) {
    }

    static final String CREATED_METRIC = "childplan.assignments.created";
    static final String CREATED_METRIC_DESCRIPTION = "Responsibility assignments created, through the API or by imports";

    private final AssignmentRepository assignments;
    private final CatalogueService catalogues;
    private final BusinessCounters counters;

    public AssignmentService(AssignmentRepository assignments, CatalogueService catalogues, BusinessCounters counters) {
        this.assignments = assignments;
        this.catalogues = catalogues;
        this.counters = counters;
    }

    public Page<Assignment> assignments(String planCode, AssignmentRepository.Filter filter, PageRequest request) {
        return assignments.search(planCode, filter, request);
    }

    public Assignment assignment(String planCode, String code) {
        return Assignment.findByCode(planCode, code).orElseThrow(() -> notFound(code));
    }

    /** Checks the scope against a fresh catalogue, outside the transaction, then stores the assignment in one. */
    public Assignment create(String planCode, NewAssignment input) {
        PlanCatalogue catalogue = catalogues.forWriting(planCode).catalogue();
        return QuarkusTransaction.joiningExisting().call(() -> store(planCode, input, catalogue));
    }

    private Assignment store(String planCode, NewAssignment input, PlanCatalogue catalogue) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Agency> agency = Agency.findByCode(input.agencyCode());
        if (agency.isEmpty()) {
            errors.add(FieldError.of("agencyCode", "no agency has the code " + input.agencyCode(), "不存在代码为" + input.agencyCode() + "的单位"));
        }
        String scopeCode = input.scopeType() == ScopeType.PLAN && input.scopeCode() == null ? planCode : input.scopeCode();
        Optional<String> domain = scopeCode == null ? Optional.empty() : catalogue.domainOf(input.scopeType(), scopeCode);
        if (scopeCode == null) {
            errors.add(FieldError.of("scopeCode", "must not be null", "不能为空"));
        } else if (domain.isEmpty()) {
            errors.add(scopeError(input.scopeType(), scopeCode, planCode));
        }
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            errors.add(FieldError.of("validTo", "must not be before validFrom " + input.validFrom(), "不能早于 validFrom（" + input.validFrom() + "）"));
        }
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors);
        }
        if (!agency.get().active) {
            throw new ConflictException("Agency " + agency.get().code + " is inactive and can not be given new responsibilities",
                    "单位" + agency.get().code + "已停用，不能再分配新的职责",
                    List.of(FieldError.of("agencyCode", "the agency is inactive", "该单位已停用")));
        }
        String code = Assignment.codeOf(scopeCode, input.role(), agency.get().code, input.validFrom());
        if (Assignment.findByCode(planCode, code).isPresent()) {
            throw ConflictException.duplicate("Assignment", "职责分工", code);
        }
        requireNoOverlap(planCode, agency.get(), input.scopeType(), scopeCode, input.role(), input.validFrom(), input.validTo(), null);
        Assignment a = new Assignment();
        a.code = code;
        a.planCode = planCode;
        a.agency = agency.get();
        a.scopeType = input.scopeType();
        a.scopeCode = scopeCode;
        a.domainCode = domain.get().isEmpty() ? null : domain.get();
        a.role = input.role();
        a.validFrom = input.validFrom();
        a.validTo = input.validTo();
        a.origin = AssignmentOrigin.API;
        a.note = input.note();
        a.persistAndFlush();
        counters.count(CREATED_METRIC, CREATED_METRIC_DESCRIPTION, 1, "origin", AssignmentOrigin.API.name());
        return a;
    }

    /**
     * Changes the end date (ending or re-opening the assignment), the note, and, when given, moves the start earlier;
     * everything else is fixed. A later start is refused: it would erase a period in which the assignment was in force.
     */
    @Transactional
    public Assignment update(String planCode, String code, LocalDate validFrom, LocalDate validTo, String note,
                             ExpectedRevision expected) {
        Assignment a = assignment(planCode, code);
        a.lockForChange();
        expected.check(a.revision);
        LocalDate from = validFrom == null ? a.validFrom : validFrom;
        if (from.isAfter(a.validFrom)) {
            throw InputValidationException.single("validFrom", "can only move earlier than " + a.validFrom + "; to start later,"
                    + " end this assignment and create a new one", "生效日期只能提前（早于" + a.validFrom + "）；如需推后，请结束该分工后新建");
        }
        if (validTo != null && validTo.isBefore(from)) {
            throw InputValidationException.single("validTo", "must not be before validFrom " + from,
                    "不能早于 validFrom（" + from + "）");
        }
        if (!Objects.equals(validTo, a.validTo) || !from.equals(a.validFrom)) {
            requireNoOverlap(planCode, a.agency, a.scopeType, a.scopeCode, a.role, from, validTo, a.id);
        }
        a.validFrom = from;
        a.validTo = validTo;
        a.note = note;
        a.flush();
        return a;
    }

    void requireNoOverlap(String planCode, Agency agency, ScopeType type, String scopeCode, Role role, LocalDate from,
                          LocalDate to, Long exceptId) {
        assignments.overlapping(planCode, agency, type, scopeCode, role, from, to, exceptId).ifPresent(other -> {
            throw new ConflictException("Agency " + agency.code + " already has role " + role + " for " + scopeCode
                    + " from " + other.validFrom + (other.validTo == null ? "" : " to " + other.validTo)
                    + " (" + other.code + "); end that assignment first",
                    "单位" + agency.code + "在该期间已承担" + scopeCode + "的" + role.nameZh() + "职责（" + other.code + "），请先结束该分工",
                    List.of(FieldError.of("validFrom", "overlaps assignment " + other.code, "与分工" + other.code + "的期间重叠")));
        });
    }

    static FieldError scopeError(ScopeType type, String scopeCode, String planCode) {
        return switch (type) {
            case PLAN -> FieldError.of("scopeCode", "a PLAN scope must be the plan itself, " + planCode,
                    "范围为 PLAN 时，scopeCode 必须是本规划代码" + planCode);
            case DOMAIN -> FieldError.of("scopeCode", "the plan has no domain " + scopeCode, "规划中没有领域" + scopeCode);
            case GOAL -> FieldError.of("scopeCode", "the plan has no goal " + scopeCode, "规划中没有目标" + scopeCode);
            case INDICATOR -> FieldError.of("scopeCode", "the plan has no indicator " + scopeCode, "规划中没有指标" + scopeCode);
        };
    }

    static ResourceNotFoundException notFound(String code) {
        return new ResourceNotFoundException("Assignment", "职责分工", code);
    }
}
