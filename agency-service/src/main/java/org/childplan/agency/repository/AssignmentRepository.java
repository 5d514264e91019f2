package org.childplan.agency.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.Assignment;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageRequest;

/** Queries over responsibility assignments, with their agencies loaded so views can be built after the transaction. */
@ApplicationScoped
public class AssignmentRepository {

    private static final String ORDER = " order by case when a.domainCode is null then 0 else 1 end, a.domainCode,"
            + " a.scopeType, a.scopeCode, a.role, coalesce(a.position, 2147483647), ag.code, a.validFrom";

    private final EntityManager em;

    public AssignmentRepository(EntityManager em) {
        this.em = em;
    }

    public record Filter(String agencyCode, Role role, ScopeType scopeType, String scopeCode, String domainCode,
                         LocalDate inForceOn) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public Page<Assignment> search(String planCode, Filter filter, PageRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", planCode);
        String where = conditions(filter, params);
        TypedQuery<Assignment> query = em.createQuery("select a from Assignment a join fetch a.agency ag where a.planCode = :plan"
                + where + ORDER, Assignment.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Assignment a join a.agency ag where a.planCode = :plan"
                + where, Long.class);
        for (var q : List.of(query, count)) {
            params.forEach(q::setParameter);
        }
        List<Assignment> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    /** Every assignment of a plan in force on a date. */
    public List<Assignment> inForce(String planCode, LocalDate date) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", planCode);
        String where = conditions(new Filter(null, null, null, null, null, date), params);
        TypedQuery<Assignment> query = em.createQuery("select a from Assignment a join fetch a.agency ag where a.planCode = :plan"
                + where + ORDER, Assignment.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public List<Assignment> ofPlan(String planCode) {
        return em.createQuery("select a from Assignment a join fetch a.agency ag where a.planCode = :plan" + ORDER, Assignment.class)
                .setParameter("plan", planCode).getResultList();
    }

    /** The codes of the agencies with an assignment, of any origin and period, in one of the plans. */
    public Set<String> agencyCodesOfPlans(Collection<String> planCodes) {
        if (planCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct a.agency.code from Assignment a where a.planCode in :plans", String.class)
                .setParameter("plans", planCodes).getResultList());
    }

    public Optional<Assignment> byKey(String planCode, Agency agency, ScopeType scopeType, String scopeCode, Role role,
                                      LocalDate validFrom) {
        return em.createQuery("""
                        select a from Assignment a where a.planCode = :plan and a.agency = :agency and a.scopeType = :type
                        and a.scopeCode = :scope and a.role = :role and a.validFrom = :from""", Assignment.class)
                .setParameter("plan", planCode).setParameter("agency", agency).setParameter("type", scopeType)
                .setParameter("scope", scopeCode).setParameter("role", role).setParameter("from", validFrom)
                .getResultStream().findFirst();
    }

    /** Another assignment of the same agency, scope and role whose period meets [from, to] (to null: open-ended). */
    public Optional<Assignment> overlapping(String planCode, Agency agency, ScopeType scopeType, String scopeCode, Role role,
                                            LocalDate from, LocalDate to, Long exceptId) {
        String jpql = """
                select a from Assignment a where a.planCode = :plan and a.agency = :agency and a.scopeType = :type
                and a.scopeCode = :scope and a.role = :role and (a.validTo is null or a.validTo >= :from)"""
                + (to == null ? "" : " and a.validFrom <= :to")
                + (exceptId == null ? "" : " and a.id <> :except");
        TypedQuery<Assignment> query = em.createQuery(jpql, Assignment.class)
                .setParameter("plan", planCode).setParameter("agency", agency).setParameter("type", scopeType)
                .setParameter("scope", scopeCode).setParameter("role", role).setParameter("from", from);
        if (to != null) {
            query.setParameter("to", to);
        }
        if (exceptId != null) {
            query.setParameter("except", exceptId);
        }
        return query.getResultStream().findFirst();
    }

    private static String conditions(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (f.agencyCode() != null) {
            where.append(" and ag.code = :agency");
            params.put("agency", f.agencyCode());
        }
        if (f.role() != null) {
            where.append(" and a.role = :role");
            params.put("role", f.role());
        }
        if (f.scopeType() != null) {
            where.append(" and a.scopeType = :scopeType");
            params.put("scopeType", f.scopeType());
        }
        if (f.scopeCode() != null) {
            where.append(" and a.scopeCode = :scopeCode");
            params.put("scopeCode", f.scopeCode());
        }
        if (f.domainCode() != null) {
            where.append(" and a.domainCode = :domain");
            params.put("domain", f.domainCode());
        }
        if (f.inForceOn() != null) {
            where.append(" and a.validFrom <= :asOf and (a.validTo is null or a.validTo >= :asOf)");
            params.put("asOf", f.inForceOn());
        }
        return where.toString();
    }
}
