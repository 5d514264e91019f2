package org.childplan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/** A numbered main goal (主要目标) of a domain, in the document's exact words. */
@Entity
public class Goal extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    public PlanDomain domain;
    @Column(nullable = false)
    public int number;
    @Column(name = "text_zh", nullable = false)
    public String textZh;
    @Column(name = "text_en")
    public String textEn;
    @Version
    public long revision;

    /** The goal's stable code, e.g. HEALTH-3 for goal (3) of the health domain. */
    public String code() {
        return domain.code + "-" + number;
    }

    public static Optional<Goal> findByNumber(PlanDomain domain, int number) {
        return find("domain = ?1 and number = ?2", domain, number).firstResultOptional();
    }

    /** Sets the goal's text; true when it changed. */
    public boolean apply(String textZh, String textEn) {
        boolean changed = !Objects.equals(this.textZh, textZh) || !Objects.equals(this.textEn, textEn);
        this.textZh = textZh;
        this.textEn = textEn;
        return changed;
    }
}
