package org.childplan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/**
 * An indicator's identity: its code and where in the plan it comes from (a goal or a strategy measure).
 * What it measures and its target live in {@link IndicatorVersion}s.
 */
@Entity
public class Indicator extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    public PlanDomain domain;
    @Column(nullable = false)
    public String code;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public Goal goal;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public StrategyMeasure measure;
    /** The number of the newest version; bumping it also bumps the revision, so the ETag follows new versions. */
    @Column(name = "latest_version", nullable = false)
    public int latestVersion;
    @Version
    public long revision;
    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static Optional<Indicator> findByCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }

    /** With its domain, goal and measure loaded, so it can be shown after the transaction ends. */
    public static Optional<Indicator> findWithOrigin(Plan plan, String code) {
        return find("from Indicator i join fetch i.domain left join fetch i.goal left join fetch i.measure"
                + " where i.plan = ?1 and i.code = ?2", plan, code).firstResultOptional();
    }
}
