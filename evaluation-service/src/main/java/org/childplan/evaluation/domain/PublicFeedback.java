package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Feedback on a published report from a reader without an account, held for moderation (公众反馈，审核后公开). */
@Entity
@Table(name = "public_feedback")
public class PublicFeedback extends ReaderFeedback {

    /** What the reader and the moderators know it by, e.g. PF-3F9A1C07B2. */
    @Column(nullable = false)
    public String code;
    @Column(name = "client_key", nullable = false)
    public String clientKey;
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
