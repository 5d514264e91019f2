package org.childplan.agency.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.AgencyKind;
import org.childplan.agency.domain.Names;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageRequest;

/** Agency searches over names and aliases, which Panache's simple finders can not express. */
@ApplicationScoped
public class AgencyRepository {

    private final EntityManager em;

    public AgencyRepository(EntityManager em) {
        this.em = em;
    }

    public record Filter(String text, AgencyKind kind, Boolean committeeMember, Boolean active) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    public Page<Agency> search(Filter filter, PageRequest request) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(filter, params);
        TypedQuery<Agency> query = em.createQuery("select a from Agency a where 1 = 1" + where + " order by a.code", Agency.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Agency a where 1 = 1" + where, Long.class);
        for (var q : List.of(query, count)) {
            params.forEach(q::setParameter);
        }
        List<Agency> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    public List<Agency> all() {
        return em.createQuery("select a from Agency a order by a.code", Agency.class).getResultList();
    }

    private static String conditions(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (f.kind() != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.committeeMember() != null) {
            where.append(" and a.committeeMember = :member");
            params.put("member", f.committeeMember());
        }
        if (f.active() != null) {
            where.append(" and a.active = :active");
            params.put("active", f.active());
        }
        if (f.text() != null) {
            // locate() rather than LIKE, so that % and _ in the search text are plain characters; names compare as
            // keys (no spaces, NFKC), so 市 民政局 finds 市民政局
            where.append(" and (locate(:key, a.nameKey) > 0 or locate(lower(:text), lower(a.code)) > 0"
                    + " or locate(lower(:text), lower(coalesce(a.nameEn, ''))) > 0"
                    + " or exists (select 1 from AgencyAlias al where al.agency = a and locate(:key, al.aliasKey) > 0))");
            params.put("text", f.text());
            params.put("key", Names.key(f.text()));
        }
        return where.toString();
    }
}
