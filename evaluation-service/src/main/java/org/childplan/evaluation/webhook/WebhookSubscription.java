package org.childplan.evaluation.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A system to tell about events, at a URL whose host is on the allow-list. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends IdentifiedEntity {

    @Column(nullable = false, unique = true)
    public String code;
    @Column(nullable = false)
    public String url;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<WebhookEvent> events = new ArrayList<>();
    /** Signs each delivery (HMAC-SHA256), so the receiver can tell it came from here. */
    @Column(nullable = false)
    public String secret;
    @Column(nullable = false)
    public boolean active;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Version
    public long revision;
}
