package org.childplan.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.childplan.platform.time.Timestamps;

/**
 * Entities that are edited in place: a revision that each change increments (the ETag that If-Match names), when the
 * row was created (set by the database) and when it was last changed.
 */
@MappedSuperclass
public abstract class RevisedEntity extends IdentifiedEntity {

    @Version
    public long revision;
    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = Timestamps.now();

    @PreUpdate
    void touch() {
        updatedAt = Timestamps.now();
    }
}
