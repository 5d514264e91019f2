package org.childplan.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.childplan.platform.persistence.RevisedEntity;

/**
 * One responsibility: an agency has a role for a scope of a plan (the plan, a domain, a goal or an indicator)
 * from validFrom to validTo (inclusive; open-ended when null). Assignments are ended, never deleted, so the
 * history of who answered for what stays readable.
 */
@Entity
@Table(name = "responsibility_assignment")
public class Assignment extends RevisedEntity {

    @Column(nullable = false)
    public String code;
    @Column(name = "plan_code", nullable = false)
    public String planCode;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false)
    public ScopeType scopeType;
    @Column(name = "scope_code", nullable = false)
    public String scopeCode;
    @Column(name = "domain_code")
    public String domainCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "source_name_zh")
    public String sourceNameZh;
    public Integer position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentOrigin origin;
    public String note;
    /**
     * A readable code that never changes, since agency, scope, role and start date are fixed once created:
     * e.g. {@code ENVIRONMENT.LEAD.civil-affairs-bureau.2021-01-01}.
     */
    public static String codeOf(String scopeCode, Role role, String agencyCode, LocalDate validFrom) {
        return scopeCode + "." + role + "." + agencyCode + "." + validFrom;
    }

    public static Optional<Assignment> findByCode(String planCode, String code) {
        return find("from Assignment a join fetch a.agency where a.planCode = ?1 and a.code = ?2", planCode, code)
                .firstResultOptional();
    }

    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** The facts the resolver works on, free of persistence. */
    public ResponsibilityResolver.Grant grant() {
        return new ResponsibilityResolver.Grant(code, agency.code, scopeType, scopeCode, domainCode, role, validFrom,
                validTo, position);
    }
}
