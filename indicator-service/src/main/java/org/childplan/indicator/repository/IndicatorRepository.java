package org.childplan.indicator.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childplan.indicator.domain.IndicatorVersion;
import org.childplan.indicator.domain.Plan;
import org.childplan.indicator.domain.TargetType;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageRequest;

/** Queries over indicator versions "in force on a date", which Panache's simple finders can not express. */
@ApplicationScoped
public class IndicatorRepository {

    /** Versions whose effective date is the latest one on or before the as-of date. */
    private static final String IN_FORCE = """
            from IndicatorVersion v join fetch v.indicator i join fetch i.domain d
                 left join fetch i.goal g left join fetch i.measure m
            where i.plan = :plan
              and v.effectiveFrom = (select max(v2.effectiveFrom) from IndicatorVersion v2
                                     where v2.indicator = i and v2.effectiveFrom <= :asOf)
            """;
    private static final String ORDER = """
             order by d.ordinal, case when g is null then 1 else 0 end, coalesce(g.number, m.number), length(i.code), i.code
            """;

    private final EntityManager em;

    public IndicatorRepository(EntityManager em) {
        this.em = em;
    }

    public record Filter(String domainCode, TargetType targetType, Boolean quantitative, String text, String goalCode) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public Page<IndicatorVersion> inForce(Plan plan, LocalDate asOf, Filter filter, PageRequest request) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(filter, params);
        TypedQuery<IndicatorVersion> query = em.createQuery("select v " + IN_FORCE + where + ORDER, IndicatorVersion.class);
        TypedQuery<Long> count = em.createQuery("select count(v) " + IN_FORCE.replace("join fetch", "join")
                .replace("left join fetch", "left join") + where, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("plan", plan);
            q.setParameter("asOf", asOf);
            params.forEach(q::setParameter);
        }
        List<IndicatorVersion> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    public List<IndicatorVersion> allInForce(Plan plan, LocalDate asOf) {
        return em.createQuery("select v " + IN_FORCE + ORDER, IndicatorVersion.class)
                .setParameter("plan", plan)
                .setParameter("asOf", asOf)
                .getResultList();
    }

    public Optional<IndicatorVersion> inForce(Plan plan, String code, LocalDate asOf) {
        return em.createQuery("select v " + IN_FORCE + " and i.code = :code", IndicatorVersion.class)
                .setParameter("plan", plan)
                .setParameter("asOf", asOf)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<IndicatorVersion> versions(Plan plan, String code) {
        return em.createQuery("""
                        select v from IndicatorVersion v join fetch v.indicator i join fetch i.domain
                               left join fetch i.goal left join fetch i.measure
                        where i.plan = :plan and i.code = :code order by v.version
                        """, IndicatorVersion.class)
                .setParameter("plan", plan)
                .setParameter("code", code)
                .getResultList();
    }

    public Optional<IndicatorVersion> latest(Plan plan, String code) {
        List<IndicatorVersion> all = versions(plan, code);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static String conditions(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (f.domainCode() != null) {
            where.append(" and d.code = :domain");
            params.put("domain", f.domainCode());
        }
        if (f.targetType() != null) {
            where.append(" and v.targetType = :targetType");
            params.put("targetType", f.targetType());
        }
        if (f.quantitative() != null) {
            where.append(f.quantitative() ? " and v.targetType <> :qualitative" : " and v.targetType = :qualitative");
            params.put("qualitative", TargetType.QUALITATIVE);
        }
        if (f.goalCode() != null) {
            where.append(" and concat(d.code, '-', cast(g.number as String)) = :goal");
            params.put("goal", f.goalCode());
        }
        if (f.text() != null) {
            // locate() rather than LIKE, so that % and _ in the search text are plain characters
            where.append(" and (locate(lower(:text), lower(v.nameZh)) > 0 or locate(lower(:text), lower(coalesce(v.nameEn, ''))) > 0"
                    + " or locate(lower(:text), lower(i.code)) > 0)");
            params.put("text", f.text());
        }
        return where.toString();
    }
}
