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

/** A batch of observations one agency reports in a cycle, moving through the review workflow. */
@Entity
@Table(name = "submission")
public class Submission extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    public MonitoringCycle cycle;
    /** Readable and stable, e.g. 2023-health-bureau-2. */
    @Column(nullable = false)
    public String code;
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "return_reason")
    public String returnReason;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdraw_reason")
    public String withdrawReason;
    @Version
    public long revision;

    public static Optional<Submission> findByCode(MonitoringCycle cycle, String code) {
        return find("cycle = ?1 and code = ?2", cycle, code).firstResultOptional();
    }
}
