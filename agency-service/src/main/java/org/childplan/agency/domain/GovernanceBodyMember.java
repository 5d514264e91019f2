package org.childplan.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.childplan.platform.persistence.IdentifiedEntity;

/** A member of a governance body: an agency, or another body (the leading group has the committee in it). */
@Entity
@Table(name = "governance_body_member")
public class GovernanceBodyMember extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    public GovernanceBody body;
    @Column(nullable = false)
    public int position;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public Agency agency;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_body_id")
    public GovernanceBody memberBody;
}
