package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One goal in a self-assessment: progress, problems and next steps, a rating for qualitative goals, evidence. */
@Entity
@Table(name = "self_assessment_item")
public class SelfAssessmentItem extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "self_assessment_id")
    public SelfAssessment selfAssessment;
    @Column(name = "goal_code", nullable = false)
    public String goalCode;
    @Column(name = "domain_code", nullable = false)
    public String domainCode;
    @Column(nullable = false)
    public boolean qualitative;
    @Column(name = "progress_zh")
    public String progressZh;
    @Column(name = "problems_zh")
    public String problemsZh;
    @Column(name = "next_steps_zh")
    public String nextStepsZh;
    @Enumerated(EnumType.STRING)
    public GoalRatingValue rating;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence = new ArrayList<>();

    /** Whether the agency has said anything about this goal yet. */
    public boolean answered() {
        return progressZh != null && !progressZh.isBlank();
    }
}
