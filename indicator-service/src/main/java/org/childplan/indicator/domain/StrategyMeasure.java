package org.childplan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/** A numbered strategy measure (策略措施) of a domain, identified by its title. */
@Entity
@Table(name = "strategy_measure")
public class StrategyMeasure extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    public PlanDomain domain;
    @Column(nullable = false)
    public int number;
    @Column(name = "title_zh", nullable = false)
    public String titleZh;
    @Column(name = "title_en")
    public String titleEn;
    @Version
    public long revision;

    /** The measure's stable code, e.g. HEALTH-M1 for strategy measure (1) of the health domain. */
    public String code() {
        return domain.code + "-M" + number;
    }

    public static Optional<StrategyMeasure> findByNumber(PlanDomain domain, int number) {
        return find("domain = ?1 and number = ?2", domain, number).firstResultOptional();
    }

    /** Sets the measure's title; true when it changed. */
    public boolean apply(String titleZh, String titleEn) {
        boolean changed = !Objects.equals(this.titleZh, titleZh) || !Objects.equals(this.titleEn, titleEn);
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        return changed;
    }
}
