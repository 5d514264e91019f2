package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.childplan.platform.persistence.IdentifiedEntity;

/** An indicator an agency owes in a cycle, as derived from the matrix and the catalogue when the cycle opened. */
@Entity
@Table(name = "expected_report")
public class ExpectedReport extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    public MonitoringCycle cycle;
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;
    @Column(name = "agency_name_zh", nullable = false)
    public String agencyNameZh;
    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;
    @Column(name = "domain_code", nullable = false)
    public String domainCode;
}
