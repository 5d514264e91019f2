package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.childplan.platform.persistence.IdentifiedEntity;

/** One reported value. Once its cycle is closed it changes only through an {@link ObservationRevision}. */
@Entity
@Table(name = "observation")
public class Observation extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public Submission submission;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    public MonitoringCycle cycle;
    @Column(name = "row_number", nullable = false)
    public int rowNumber;
    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;
    @Column(nullable = false)
    public int year;
    @Column(name = "area_code", nullable = false)
    public String areaCode;
    @Column(nullable = false)
    public String sex;
    @Column(nullable = false)
    public String residence;
    @Column(name = "age_group", nullable = false)
    public String ageGroup;
    @Column(nullable = false)
    public BigDecimal value;
    public BigDecimal numerator;
    public BigDecimal denominator;
    public String source;
    public String note;
    @Column(name = "value_version", nullable = false)
    public int valueVersion = 1;

    public static Observation of(Submission submission, int rowNumber, ObservationInput o) {
        Observation obs = new Observation();
        obs.submission = submission;
        obs.cycle = submission.cycle;
        obs.rowNumber = rowNumber;
        obs.indicatorCode = o.indicatorCode();
        obs.year = o.year();
        obs.areaCode = o.areaCode();
        obs.sex = o.sex();
        obs.residence = o.residence();
        obs.ageGroup = o.ageGroup();
        obs.value = o.value();
        obs.numerator = o.numerator();
        obs.denominator = o.denominator();
        obs.source = o.source();
        obs.note = o.note();
        return obs;
    }

    public ObservationInput input() {
        return new ObservationInput(indicatorCode, year, areaCode, sex, residence, ageGroup, value, numerator, denominator,
                source, note);
    }

    public boolean isTotal(String jurisdictionCode) {
        return areaCode.equals(jurisdictionCode) && ObservationInput.TOTAL.equals(sex)
                && ObservationInput.TOTAL.equals(residence) && ObservationInput.TOTAL.equals(ageGroup);
    }
}
