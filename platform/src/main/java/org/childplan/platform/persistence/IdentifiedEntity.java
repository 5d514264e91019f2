package org.childplan.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MappedSuperclass;

/** Entities with a database-generated id (bigserial in the migrations). Clients never see these ids; they use codes. */
@MappedSuperclass
public abstract class IdentifiedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /**
     * Locks the row until the transaction ends (SELECT … FOR UPDATE) and re-reads it, before a change is checked and
     * made. Two writers that read the same revision are so served one after the other, and the second checks its
     * If-Match and the state against what the first committed: a 412 or 409, not a second write over the first, and
     * not a version clash at commit that the client would see as a failure of the service.
     */
    public void lockForChange() {
        Panache.getEntityManager().refresh(this, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Keeps the row from changing until the transaction ends (SELECT … FOR SHARE) and re-reads it, for a write that
     * depends on this entity's state without changing it: a submission's rows need their cycle open, so closing the
     * cycle waits for that write, or the write sees the cycle closed.
     */
    public void lockAgainstChange() {
        Panache.getEntityManager().refresh(this, LockModeType.PESSIMISTIC_READ);
    }
}
