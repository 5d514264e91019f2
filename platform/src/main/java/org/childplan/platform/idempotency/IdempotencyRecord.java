package org.childplan.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The stored answer to a POST sent with an Idempotency-Key, replayed when the same request comes again. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key id;
    @Column(name = "request_hash", nullable = false)
    public String requestHash;
    @Column(nullable = false)
    public int status;
    public String location;
    @Column(nullable = false)
    public String body;
    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Embeddable
    public record Key(@Column(name = "operation") String operation,
                      @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }

    public static Optional<IdempotencyRecord> find(String operation, String key) {
        return findByIdOptional(new Key(operation, key));
    }
}
