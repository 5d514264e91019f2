package org.childplan.evaluation.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
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

    public static Optional<SealedReport> find(Evaluation evaluation, int version) {
        return find("evaluation = ?1 and version = ?2", evaluation, version).firstResultOptional();
    }

    public static Optional<Integer> latestVersion(Evaluation evaluation) {
        return Optional.ofNullable(getEntityManager().createQuery(
                "select max(r.version) from SealedReport r where r.evaluation = ?1", Integer.class)
                .setParameter(1, evaluation).getSingleResult());
    }

    /** Every sealed version without its content, which can be large: number, time and checksum. */
    public static List<ReportReviews.Sealed> versions(Evaluation evaluation) {
        return getEntityManager().createQuery("select r.version, r.sealedAt, r.checksum from SealedReport r "
                        + "where r.evaluation = ?1 order by r.version", Object[].class).setParameter(1, evaluation)
                .getResultList().stream()
                .map(row -> new ReportReviews.Sealed((Integer) row[0], (OffsetDateTime) row[1], (String) row[2])).toList();
    }

    public static Optional<SealedReport> latest(Evaluation evaluation) {
        return find("evaluation = ?1 order by version desc", evaluation).firstResultOptional();
    }
}
