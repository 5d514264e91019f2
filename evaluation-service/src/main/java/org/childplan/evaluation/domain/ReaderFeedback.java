package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.childplan.platform.persistence.IdentifiedEntity;

/**
 * What a reader says about a published report, signed in ({@link ReportFeedback}) or without an account
 * ({@link PublicFeedback}): the two differ in how they are received, not in what a reader writes.
 */
@MappedSuperclass
public abstract class ReaderFeedback extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
    @Column(name = "author_name")
    public String authorName;
    public String organisation;
    public String contact;
    @Column(name = "comment_zh", nullable = false)
    public String commentZh;
}
