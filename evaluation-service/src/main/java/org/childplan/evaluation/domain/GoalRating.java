package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.childplan.platform.persistence.IdentifiedEntity;

/** The evaluation group's final rating of a qualitative goal, drawing on the agencies' self-assessments. */
@Entity
@Table(name = "goal_rating")
public class GoalRating extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;
    @Column(name = "goal_code", nullable = false)
    public String goalCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalRatingValue rating;
    @Column(name = "rationale_zh", nullable = false)
    public String rationaleZh;
    @Column(name = "rationale_en")
    public String rationaleEn;
    @Column(name = "rated_by")
    public String ratedBy;
    @Column(name = "rated_at", nullable = false)
    public OffsetDateTime ratedAt;
    @Version
    public long revision;
}
