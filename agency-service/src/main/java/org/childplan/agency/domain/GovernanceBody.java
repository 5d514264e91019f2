package org.childplan.agency.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childplan.platform.persistence.RevisedEntity;

/**
 * A body that steers the plan: the women-and-children committee (市妇儿工委), its office, the monitoring and
 * evaluation leading group and its monitoring and evaluation groups. Its lead is an agency or another body.
 */
@Entity
@Table(name = "governance_body")
public class GovernanceBody extends RevisedEntity {

    @Column(nullable = false, unique = true)
    public String code;
    @Column(name = "name_zh", nullable = false)
    public String nameZh;
    @Column(name = "short_name_zh")
    public String shortNameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BodyKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public GovernanceBody parent;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_agency_id")
    public Agency leadAgency;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_body_id")
    public GovernanceBody leadBody;
    @Column(name = "lead_name_zh")
    public String leadNameZh;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "housed_at_agency_id")
    public Agency housedAt;
    @Column(name = "includes_committee_members", nullable = false)
    public boolean includesCommitteeMembers;
    @Column(name = "duties_zh")
    public String dutiesZh;
    @Column(name = "source_zh")
    public String sourceZh;
    public String note;
    @OneToMany(mappedBy = "body", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<GovernanceBodyMember> members = new ArrayList<>();
    public static Optional<GovernanceBody> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Copies the document's own fields of a body (not its relations); true when anything changed. */
    public boolean apply(ResponsibilityDocument.BodyEntry e) {
        boolean includes = Boolean.TRUE.equals(e.includesCommitteeMembers());
        boolean changed = !Objects.equals(nameZh, e.nameZh()) || !Objects.equals(shortNameZh, e.shortNameZh())
                || !Objects.equals(nameEn, e.nameEn()) || kind != e.kind() || includesCommitteeMembers != includes
                || !Objects.equals(dutiesZh, e.dutiesZh()) || !Objects.equals(sourceZh, e.sourceZh())
                || !Objects.equals(note, e.note()) || !Objects.equals(leadNameZh, e.leadUnit());
        if (changed) {
            nameZh = e.nameZh();
            shortNameZh = e.shortNameZh();
            nameEn = e.nameEn();
            kind = e.kind();
            includesCommitteeMembers = includes;
            dutiesZh = e.dutiesZh();
            sourceZh = e.sourceZh();
            note = e.note();
            leadNameZh = e.leadUnit();
        }
        return changed;
    }

    /** The body's relations as codes, to tell whether an import changes them. */
    public List<String> relations() {
        List<String> r = new ArrayList<>();
        r.add("parent:" + (parent == null ? "" : parent.code));
        r.add("leadAgency:" + (leadAgency == null ? "" : leadAgency.code));
        r.add("leadBody:" + (leadBody == null ? "" : leadBody.code));
        r.add("housedAt:" + (housedAt == null ? "" : housedAt.code));
        members.forEach(m -> r.add(m.agency != null ? "agency:" + m.agency.code : "body:" + m.memberBody.code));
        return r;
    }
}
