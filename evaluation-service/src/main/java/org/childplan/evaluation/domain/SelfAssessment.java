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
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/** An agency's self-assessment report for an evaluation (自评报告), one item per goal it answers for. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;
    @Column(name = "agency_name_zh", nullable = false)
    public String agencyNameZh;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SelfAssessmentStatus status;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;
    @Column(name = "return_reason")
    public String returnReason;
    @Version
    public long revision;

    public static Optional<SelfAssessment> find(Evaluation evaluation, String agencyCode) {
        return find("evaluation = ?1 and agencyCode = ?2", evaluation, agencyCode).firstResultOptional();
    }
}
