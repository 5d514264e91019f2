package org.childplan.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.childplan.evaluation.domain.GoalRatingValue;

/** Reads self-assessment items as plain values, for what only reads them. */
@ApplicationScoped
public class SelfAssessmentItemRepository {

    /** One goal's answer in an agency's self-assessment, with the number of evidence items instead of the items. */
    public record ItemAnswer(long selfAssessmentId, String goalCode, GoalRatingValue rating, String progressZh,
                             String problemsZh, String nextStepsZh, int evidenceCount) {

        public boolean answered() {
            return progressZh != null && !progressZh.isBlank();
        }
    }

    private final EntityManager em;

    public SelfAssessmentItemRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Every item of every self-assessment of an evaluation, in the order they were issued: one query, no entities.
     * Loaded as entities, one self-assessment at a time, each query's automatic flush dirty-checked every item
     * loaded before it (their JSON evidence included): most of a compile's time, in a JFR profile
     * (bench/reports/compile-scaling.md).
     */
    public List<ItemAnswer> answers(long evaluationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.self_assessment_id, i.goal_code, i.rating, i.progress_zh, i.problems_zh, i.next_steps_zh,
                               jsonb_array_length(i.evidence)
                        from self_assessment_item i join self_assessment s on s.id = i.self_assessment_id
                        where s.evaluation_id = :evaluation
                        order by i.id""")
                .setParameter("evaluation", evaluationId)
                .getResultList();
        return rows.stream().map(r -> new ItemAnswer(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : GoalRatingValue.valueOf((String) r[2]), (String) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).intValue())).toList();
    }
}
