package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/**
 * One return of a submission to its agency, with the reason. Kept, because submitting the submission again clears
 * its status and reason, and the scorecards count every return. Never updated.
 */
@Entity
@Immutable
@Table(name = "submission_return")
public class SubmissionReturn extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public Submission submission;
    @Column(nullable = false)
    public String reason;
    @Column(name = "returned_at", nullable = false)
    public OffsetDateTime returnedAt;
    @Column(name = "returned_by")
    public String returnedBy;
}
