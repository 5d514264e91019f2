package org.childplan.evaluation.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** The data an evaluation's report rests on, frozen when compiling starts, as JSON with its SHA-256. */
@Entity
@Immutable
@Table(name = "evaluation_snapshot")
public class EvaluationSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public Long evaluationId;
    @Column(name = "taken_at", nullable = false)
    public OffsetDateTime takenAt;
    @Column(nullable = false)
    public String checksum;
    @Column(nullable = false)
    public String content;
}
