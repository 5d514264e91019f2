package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/** A correction of a locked value, keeping the value it replaced. Never updated. */
@Entity
@Immutable
@Table(name = "observation_revision")
public class ObservationRevision extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observation_id")
    public Observation observation;
    @Column(name = "value_version", nullable = false)
    public int valueVersion;
    @Column(name = "old_value", nullable = false)
    public BigDecimal oldValue;
    @Column(name = "old_numerator")
    public BigDecimal oldNumerator;
    @Column(name = "old_denominator")
    public BigDecimal oldDenominator;
    @Column(name = "new_value", nullable = false)
    public BigDecimal newValue;
    @Column(name = "new_numerator")
    public BigDecimal newNumerator;
    @Column(name = "new_denominator")
    public BigDecimal newDenominator;
    @Column(nullable = false)
    public String reason;
    @Column(name = "revised_at", nullable = false)
    public OffsetDateTime revisedAt;
    @Column(name = "revised_by")
    public String revisedBy;
}
