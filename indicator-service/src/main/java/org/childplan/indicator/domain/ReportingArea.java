package org.childplan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/** An area data is reported for: the plan's jurisdiction, or a township or sub-district within it. */
@Entity
@Table(name = "reporting_area")
public class ReportingArea extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;
    @Column(nullable = false)
    public String code;
    @Column(name = "name_zh", nullable = false)
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaLevel level;
    @Column(name = "parent_code")
    public String parentCode;
    @Version
    public long revision;

    public static List<ReportingArea> listByPlan(Plan plan) {
        return list("plan = ?1 order by case when level = ?2 then 0 else 1 end, code", plan, AreaLevel.JURISDICTION);
    }

    public static Optional<ReportingArea> findByCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }

    /** Copies the entry onto this area; true when anything changed. */
    public boolean apply(PlanDocument.AreaEntry e) {
        boolean changed = !Objects.equals(nameZh, e.nameZh()) || !Objects.equals(nameEn, e.nameEn())
                || level != e.level() || !Objects.equals(parentCode, e.parentCode());
        nameZh = e.nameZh();
        nameEn = e.nameEn();
        level = e.level();
        parentCode = e.parentCode();
        return changed;
    }

    public PlanDocument.AreaEntry entry() {
        return new PlanDocument.AreaEntry(code, nameZh, nameEn, level, parentCode);
    }
}
