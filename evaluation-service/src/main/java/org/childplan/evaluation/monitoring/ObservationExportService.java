package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Observation;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.service.Clock;

/** Accepted observations of a plan, for export (JSON pages, or SDMX-CSV 2.0 for statistical systems). */
@ApplicationScoped
public class ObservationExportService {

    private final PeerData peers;
    private final Clock clock;

    public ObservationExportService(PeerData peers, Clock clock) {
        this.peers = peers;
        this.clock = clock;
    }

    public List<Observation> accepted(String planCode, Integer year, String indicatorCode) {
        StringBuilder query = new StringBuilder("from Observation o join fetch o.submission s join fetch o.cycle c "
                + "where c.planCode = :plan and s.status = :accepted");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("plan", planCode, "accepted", SubmissionStatus.ACCEPTED));
        if (year != null) {
            query.append(" and o.year = :year");
            params.put("year", year);
        }
        if (indicatorCode != null) {
            query.append(" and o.indicatorCode = :indicator");
            params.put("indicator", indicatorCode);
        }
        query.append(" order by o.indicatorCode, o.year, o.areaCode, o.sex, o.residence, o.ageGroup");
        return Observation.list(query.toString(), params);
    }

    /** The catalogue in force today, for units and names of every exported indicator. */
    public CatalogueSnapshot catalogue(String planCode) {
        return peers.catalogue(planCode, clock.today());
    }
}
