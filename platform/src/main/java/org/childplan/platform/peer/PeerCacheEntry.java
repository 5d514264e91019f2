package org.childplan.platform.peer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The last good answer of a peer service, as JSON, used when the peer is unavailable (see {@link PeerAnswerCache}). */
@Entity
@Table(name = "peer_cache")
public class PeerCacheEntry extends PanacheEntityBase {

    @EmbeddedId
    public Key id;
    @Column(name = "fetched_at", nullable = false)
    public OffsetDateTime fetchedAt;
    @Column(nullable = false)
    public String body;

    @Embeddable
    public record Key(@Column(name = "source") String source, @Column(name = "cache_key") String cacheKey)
            implements Serializable {
    }
}
