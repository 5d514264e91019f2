package org.childplan.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.childplan.platform.persistence.IdentifiedEntity;

/** Another spelling of an agency's name as some plan writes it, e.g. 民政局 for 市民政局. */
@Entity
@Table(name = "agency_alias")
public class AgencyAlias extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String alias;
    @Column(name = "alias_key", nullable = false, unique = true)
    public String aliasKey;
}
