package org.childplan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One definition of an indicator, in force from its effective date until the next version's. Never updated. */
@Entity
@Immutable
@Table(name = "indicator_version")
public class IndicatorVersion extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    @Column(nullable = false)
    public int version;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "name_zh", nullable = false)
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public Unit unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    public TargetType targetType;
    @Column(name = "target_value")
    public BigDecimal targetValue;
    @Column(name = "target_year")
    public Integer targetYear;
    @Column(name = "baseline_year")
    public Integer baselineYear;
    @Column(name = "baseline_value")
    public BigDecimal baselineValue;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Dimension> disaggregations = new ArrayList<>();
    @Column(name = "data_source")
    public String dataSource;
    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_frequency", nullable = false)
    public ReportingFrequency reportingFrequency;
    @Column(name = "source_text_zh")
    public String sourceTextZh;
    public String note;
    @Column(name = "change_reason")
    public String changeReason;
    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static IndicatorVersion of(Indicator indicator, int version, LocalDate effectiveFrom,
                                      IndicatorDefinition d, String changeReason) {
        IndicatorVersion v = new IndicatorVersion();
        v.indicator = indicator;
        v.version = version;
        v.effectiveFrom = effectiveFrom;
        v.nameZh = d.nameZh();
        v.nameEn = d.nameEn();
        v.unit = d.unit();
        v.targetType = d.targetType();
        v.targetValue = d.targetValue();
        v.targetYear = d.targetYear();
        v.baselineYear = d.baselineYear();
        v.baselineValue = d.baselineValue();
        v.disaggregations = new ArrayList<>(d.disaggregations());
        v.dataSource = d.dataSource();
        v.reportingFrequency = d.reportingFrequency();
        v.sourceTextZh = d.sourceTextZh();
        v.note = d.note();
        v.changeReason = changeReason;
        return v;
    }

    public IndicatorDefinition definition() {
        return new IndicatorDefinition(nameZh, nameEn, unit, targetType, targetValue, targetYear, baselineYear,
                baselineValue, disaggregations, dataSource, reportingFrequency, sourceTextZh, note);
    }
}
