package org.childplan.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.childplan.platform.persistence.IdentifiedEntity;

/** A mid-term or final evaluation of a plan (中期、终期评估). */
@Entity
@Table(name = "evaluation")
public class Evaluation extends IdentifiedEntity {

    @Column(name = "plan_code", nullable = false)
    public String planCode;
    /** Readable and stable, e.g. MIDTERM-2023. */
    @Column(nullable = false)
    public String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationType type;
    @Column(name = "reference_year", nullable = false)
    public int referenceYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationStatus status;
    @Column(name = "plan_text_zh", nullable = false)
    public String planTextZh;
    @Column(name = "plan_text_en")
    public String planTextEn;
    @Column(name = "self_assessment_due_on", nullable = false)
    public LocalDate selfAssessmentDueOn;
    @Column(name = "report_due_on", nullable = false)
    public LocalDate reportDueOn;
    @Column(name = "findings_zh")
    public String findingsZh;
    @Column(name = "findings_en")
    public String findingsEn;
    @Column(name = "recommendations_zh")
    public String recommendationsZh;
    @Column(name = "recommendations_en")
    public String recommendationsEn;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long revision;

    public static Optional<Evaluation> find(String planCode, String code) {
        return find("planCode = ?1 and code = ?2", planCode, code).firstResultOptional();
    }
}
