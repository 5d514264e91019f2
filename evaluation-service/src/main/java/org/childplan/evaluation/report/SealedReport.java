package org.childplan.evaluation.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/** A report as sealed for review, as JSON with its SHA-256; every format is rendered from this alone. */
@Entity
@Immutable
@Table(name = "evaluation_report")
public class SealedReport extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;
    @Column(nullable = false)
    public int version;
    @Column(name = "sealed_at", nullable = false)
    public OffsetDateTime sealedAt;
    @Column(nullable = false)
    public String checksum;
    @Column(nullable = false)
    public String content;

    public static Optional<SealedReport> latest(Evaluation evaluation) {
        return find("evaluation = ?1 order by version desc", evaluation).firstResultOptional();
    }
}
