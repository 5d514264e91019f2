package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.ExpectedReport;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.Observation;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.platform.audit.AuditLog;
import org.childplan.platform.error.AccessDeniedException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.security.CurrentUser;
import org.childplan.platform.security.Roles;

/**
 * The Excel template an agency fills in for a cycle: exactly what the cycle expects of it (its expected reports, as
 * recorded when the cycle opened, broken down as the catalogue in force that year asks), with last year's accepted
 * values beside the cells to fill.
 */
@ApplicationScoped
public class SubmissionTemplateService {

    private final MonitoringService monitoring;
    private final PeerData peers;
    private final CurrentUser user;
    private final AuditLog audit;

    public SubmissionTemplateService(MonitoringService monitoring, PeerData peers, CurrentUser user, AuditLog audit) {
        this.monitoring = monitoring;
        this.peers = peers;
        this.user = user;
        this.audit = audit;
    }

    /**
     * The agency's template: for its own reporters, the statistics bureau and admin (403 for another agency's staff);
     * 404 when the cycle does not exist, or when the agency owes nothing in it (an agency the plan's matrix does not
     * name, or one it gives no annual indicator), since an empty template would only invite an empty upload.
     */
    public SubmissionTemplate.Content template(String planCode, int year, String agencyCode) {
        if (!user.hasRole(Roles.STATISTICS) && !user.hasRole(Roles.ADMIN) && !agencyCode.equals(user.agency())) {
            audit.refusal("SubmissionTemplate", planCode + "/" + year + "/" + agencyCode, agencyCode,
                    user.name() + " (agency " + user.agency() + ") reached for the template of agency " + agencyCode);
            throw new AccessDeniedException("Only staff of agency " + agencyCode + ", the statistics bureau and admin may "
                    + "download its template; your token is for " + (user.agency() == null ? "no agency" : user.agency()),
                    "只有" + agencyCode + "的工作人员、统计部门和系统管理员可以下载该单位的填报模板，您的令牌所属单位为"
                            + (user.agency() == null ? "空" : user.agency()));
        }
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        List<ExpectedReport> expected = ExpectedReport.list("cycle = ?1 and agencyCode = ?2 order by indicatorCode",
                cycle, agencyCode);
        if (expected.isEmpty()) {
            throw new ResourceNotFoundException("Agency " + agencyCode + " owes no data in monitoring cycle " + year
                    + " of plan " + planCode + ": the responsibility matrix in force when the cycle opened does not make it"
                    + " the data provider (or lead) of any annual indicator; see …/expected-reports",
                    "按本周期开启时的职责分工，" + agencyCode + "在规划" + planCode + "的" + year
                            + "年度监测周期中不负责报送任何年度指标，没有填报模板；应报情况见 expected-reports");
        }
        CatalogueSnapshot catalogue = peers.catalogueForYear(planCode, year);
        List<String> codes = expected.stream().map(e -> e.indicatorCode).toList();
        return new SubmissionTemplate.Content(catalogue, year, agencyCode, expected.get(0).agencyNameZh,
                SubmissionTemplate.owed(catalogue, codes, previousValues(planCode, year - 1, codes)));
    }

    /** Last year's accepted values of the indicators, by {@link SubmissionTemplate.OwedRow#key()}. */
    private static Map<String, BigDecimal> previousValues(String planCode, int year, List<String> codes) {
        List<Observation> accepted = Observation.list("cycle.planCode = ?1 and cycle.year = ?2 and submission.status = ?3 "
                + "and indicatorCode in ?4", planCode, year, SubmissionStatus.ACCEPTED, codes);
        Map<String, BigDecimal> values = new HashMap<>();
        for (Observation o : accepted) {
            values.put(o.indicatorCode + "|" + o.areaCode + "|" + o.sex + "|" + o.residence + "|" + o.ageGroup, o.value);
        }
        return values;
    }
}
