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

/** A reader's feedback on a published report (监测评估报告交流、反馈). */
@Entity
@Immutable
@Table(name = "report_feedback")
public class ReportFeedback extends IdentifiedEntity {

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
