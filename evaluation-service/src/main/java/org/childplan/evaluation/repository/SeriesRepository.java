package org.childplan.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.SubmissionStatus;

/** Reads accepted values as series: one query per plan, not one per indicator. */
@ApplicationScoped
public class SeriesRepository {

    /** One accepted value of the plan's jurisdiction, with its sex and residence breakdown. */
    public record Point(String indicatorCode, int year, String sex, String residence, BigDecimal value) {
    }

    private final EntityManager em;

    public SeriesRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Accepted jurisdiction-level values up to {@code lastYear}: totals, and the breakdowns by sex (residence total)
     * and by residence (sex total), all with the age group total. Corrections are already applied to the values.
     */
    public List<Point> accepted(String planCode, String jurisdictionCode, int lastYear) {
        return em.createQuery("""
                        select o.indicatorCode, o.year, o.sex, o.residence, o.value
                        from Observation o join o.submission s join o.cycle c
                        where c.planCode = :plan and s.status = :accepted and o.year <= :lastYear
                          and o.areaCode = :area and o.ageGroup = :total and (o.sex = :total or o.residence = :total)
                        order by o.indicatorCode, o.year""", Object[].class)
                .setParameter("plan", planCode)
                .setParameter("accepted", SubmissionStatus.ACCEPTED)
                .setParameter("lastYear", lastYear)
                .setParameter("area", jurisdictionCode)
                .setParameter("total", ObservationInput.TOTAL)
                .getResultStream()
                .map(r -> new Point((String) r[0], (Integer) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4]))
                .toList();
    }
}
