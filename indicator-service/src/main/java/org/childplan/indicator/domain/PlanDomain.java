package org.childplan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One development domain of a plan (儿童与健康, 儿童与安全, …) with the units the document names for it. */
@Entity
@Table(name = "plan_domain")
public class PlanDomain extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public int ordinal;
    @Column(name = "name_zh", nullable = false)
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_units", nullable = false)
    public List<String> leadUnits = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "responsible_units", nullable = false)
    public List<String> responsibleUnits = new ArrayList<>();
    @Version
    public long revision;

    public static List<PlanDomain> listByPlan(Plan plan) {
        return list("plan = ?1 order by ordinal, code", plan);
    }

    public static Optional<PlanDomain> findByCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }

    /** Copies the domain's own fields (not its goals, measures or indicators); true when anything changed. */
    public boolean apply(int ordinal, String nameZh, String nameEn, List<String> leadUnits, List<String> responsibleUnits) {
        boolean changed = this.ordinal != ordinal || !Objects.equals(this.nameZh, nameZh) || !Objects.equals(this.nameEn, nameEn)
                || !Objects.equals(this.leadUnits, leadUnits) || !Objects.equals(this.responsibleUnits, responsibleUnits);
        if (changed) {
            this.ordinal = ordinal;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.leadUnits = new ArrayList<>(leadUnits);
            this.responsibleUnits = new ArrayList<>(responsibleUnits);
        }
        return changed;
    }
}
