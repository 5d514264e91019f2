package org.childplan.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childplan.platform.persistence.RevisedEntity;

@Entity
public class Plan extends RevisedEntity {

    @Column(nullable = false, unique = true)
    public String code;
    @Column(name = "title_zh", nullable = false)
    public String titleZh;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "jurisdiction_code", nullable = false)
    public String jurisdictionCode;
    @Column(name = "jurisdiction_zh", nullable = false)
    public String jurisdictionZh;
    @Column(name = "jurisdiction_en")
    public String jurisdictionEn;
    @Column(name = "period_start", nullable = false)
    public int periodStart;
    @Column(name = "period_end", nullable = false)
    public int periodEnd;
    @Column(name = "baseline_year")
    public Integer baselineYear;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "issuer_zh")
    public String issuerZh;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    public static Optional<Plan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The date the plan's first targets take effect: the first day of its period. */
    public LocalDate periodStartDate() {
        return LocalDate.of(periodStart, 1, 1);
    }

    /** Copies the header onto this plan; true when anything changed. */
    public boolean apply(PlanDocument.Header h) {
        boolean changed = !Objects.equals(titleZh, h.titleZh()) || !Objects.equals(titleEn, h.titleEn())
                || !Objects.equals(jurisdictionCode, h.jurisdictionCode()) || !Objects.equals(jurisdictionZh, h.jurisdictionZh())
                || !Objects.equals(jurisdictionEn, h.jurisdictionEn()) || periodStart != h.periodStart()
                || periodEnd != h.periodEnd() || !Objects.equals(baselineYear, h.baselineYear())
                || !Objects.equals(documentNumber, h.documentNumber()) || !Objects.equals(issuerZh, h.issuerZh())
                || !Objects.equals(issuedOn, h.issuedOn());
        if (changed) {
            titleZh = h.titleZh();
            titleEn = h.titleEn();
            jurisdictionCode = h.jurisdictionCode();
            jurisdictionZh = h.jurisdictionZh();
            jurisdictionEn = h.jurisdictionEn();
            periodStart = h.periodStart();
            periodEnd = h.periodEnd();
            baselineYear = h.baselineYear();
            documentNumber = h.documentNumber();
            issuerZh = h.issuerZh();
            issuedOn = h.issuedOn();
        }
        return changed;
    }

    public PlanDocument.Header header() {
        return new PlanDocument.Header(code, titleZh, titleEn, jurisdictionCode, jurisdictionZh, jurisdictionEn,
                periodStart, periodEnd, baselineYear, documentNumber, issuerZh, issuedOn);
    }
}
