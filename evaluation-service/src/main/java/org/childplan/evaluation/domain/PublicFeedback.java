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

/** Feedback on a published report from a reader without an account, held for moderation (公众反馈，审核后公开). */
@Entity
@Table(name = "public_feedback")
public class PublicFeedback extends IdentifiedEntity {

    /** What the reader and the moderators know it by, e.g. PF-3F9A1C07B2. */
    @Column(nullable = false)
    public String code;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
    @Column(name = "client_key", nullable = false)
    public String clientKey;
    @Column(name = "author_name")
    public String authorName;
    public String organisation;
    public String contact;
    @Column(name = "comment_zh", nullable = false)
    public String commentZh;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublicFeedbackStatus status;
    @Column(name = "moderated_at")
    public OffsetDateTime moderatedAt;
    @Column(name = "moderated_by")
    public String moderatedBy;
    @Column(name = "moderation_note")
    public String moderationNote;
}
