package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/** One workflow step of an evaluation: who took it, when, and why. Never changed. */
@Entity
@Immutable
@Table(name = "evaluation_event")
public class EvaluationEvent extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public EvaluationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public EvaluationStatus toStatus;
    public String actor;
    @Column(nullable = false)
    public OffsetDateTime at;
    public String comment;
}
