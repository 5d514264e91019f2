package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/**
 * The evaluation group's rewrite of a domain's drafted narrative. Its revision is the evaluation's: an edit bumps the
 * evaluation's, as a change of the findings does, so that one If-Match guards all the text of the report.
 */
@Entity
@Table(name = "narrative_edit")
public class NarrativeEdit extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;
    @Column(name = "domain_code", nullable = false)
    public String domainCode;
    @Column(name = "text_zh", nullable = false)
    public String textZh;
    @Column(name = "edited_by")
    public String editedBy;
    @Column(name = "edited_at", nullable = false)
    public OffsetDateTime editedAt;

    public static List<NarrativeEdit> of(Evaluation evaluation) {
        return list("evaluation = ?1 order by domainCode", evaluation);
    }

    public static Optional<NarrativeEdit> of(Evaluation evaluation, String domainCode) {
        return find("evaluation = ?1 and domainCode = ?2", evaluation, domainCode).firstResultOptional();
    }

    /** The rewritten text by domain code. */
    public static Map<String, String> texts(Evaluation evaluation) {
        Map<String, String> texts = new LinkedHashMap<>();
        of(evaluation).forEach(n -> texts.put(n.domainCode, n.textZh));
        return texts;
    }
}
