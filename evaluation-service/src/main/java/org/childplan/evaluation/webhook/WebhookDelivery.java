package org.childplan.evaluation.webhook;

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

/** One event sent (or being sent) to one subscription. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends IdentifiedEntity {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    public WebhookSubscription subscription;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookEvent event;
    @Column(nullable = false)
    public String payload;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
