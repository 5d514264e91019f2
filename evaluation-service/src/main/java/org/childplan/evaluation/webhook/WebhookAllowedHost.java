package org.childplan.evaluation.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A host webhooks may be sent to, as administrators allowed it. */
@Entity
@Table(name = "webhook_allowed_host")
public class WebhookAllowedHost extends PanacheEntityBase {

    @Id
    public String host;
    @Column(name = "added_by")
    public String addedBy;
    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;
}
