package org.childplan.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.childplan.indicator.domain.IndicatorVersion;
import org.childplan.indicator.domain.PlanDocument;
import org.childplan.indicator.domain.PlanDomain;
import org.childplan.indicator.domain.ReportingArea;

/** Writes a stored plan back out as a plan document; importing the result changes nothing. */
@ApplicationScoped
public class PlanExporter {

    private final CatalogueService catalogue;

    public PlanExporter(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    public PlanDocument export(String planCode, LocalDate asOf) {
        Catalogue c = catalogue.catalogue(planCode, asOf);
        List<PlanDocument.DomainEntry> domains = c.domains().stream().map(d -> domain(c, d)).toList();
        return new PlanDocument(PlanDocument.FORMAT_VERSION, c.plan().header(),
                c.areas().stream().map(ReportingArea::entry).toList(), domains);
    }

    private static PlanDocument.DomainEntry domain(Catalogue c, PlanDomain d) {
        return new PlanDocument.DomainEntry(d.code, d.ordinal, d.nameZh, d.nameEn, d.leadUnits, d.responsibleUnits,
                c.goals().stream().filter(g -> g.domain == d)
                        .map(g -> new PlanDocument.GoalEntry(g.number, g.textZh, g.textEn)).toList(),
                c.measures().stream().filter(m -> m.domain == d)
                        .map(m -> new PlanDocument.MeasureEntry(m.number, m.titleZh, m.titleEn)).toList(),
                c.indicators().stream().filter(v -> v.indicator.domain == d).map(PlanExporter::indicator).toList());
    }

    private static PlanDocument.IndicatorEntry indicator(IndicatorVersion v) {
        var i = v.indicator;
        return new PlanDocument.IndicatorEntry(i.code,
                i.goal == null ? null : i.goal.number,
                i.measure == null ? null : i.measure.number,
                v.nameZh, v.nameEn, v.unit, v.targetType, v.targetValue, v.targetYear, v.baselineYear, v.baselineValue,
                v.disaggregations, v.dataSource, v.reportingFrequency, v.sourceTextZh, v.note, v.effectiveFrom);
    }
}
