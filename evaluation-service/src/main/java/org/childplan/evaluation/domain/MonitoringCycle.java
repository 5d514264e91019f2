package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/** One year's annual monitoring of a plan (年度监测). */
@Entity
@Table(name = "monitoring_cycle")
public class MonitoringCycle extends IdentifiedEntity {

    @Column(name = "plan_code", nullable = false)
    public String planCode;
    @Column(nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CycleStatus status;
    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;
    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;
    @Column(name = "opened_by")
    public String openedBy;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    /** Why the cycle was closed with force, withdrawing the drafts still open in it; null for an ordinary close. */
    @Column(name = "close_reason")
    public String closeReason;
    @Version
    public long revision;

    public static Optional<MonitoringCycle> find(String planCode, int year) {
        return find("planCode = ?1 and year = ?2", planCode, year).firstResultOptional();
    }
}
