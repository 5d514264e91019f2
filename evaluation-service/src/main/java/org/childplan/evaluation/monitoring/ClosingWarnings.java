package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childplan.platform.metrics.BusinessCounters;
import org.jboss.logging.Logger;

/**
 * Counts and logs the early warnings a monitoring cycle closes with. Warnings are computed from accepted values
 * whenever someone asks; closing is the moment a year's values become final, so that is when its warnings count
 * as raised (childplan_warnings_raised_total).
 */
@ApplicationScoped
public class ClosingWarnings {

    private static final Logger LOG = Logger.getLogger(ClosingWarnings.class);

    private final ProgressService progress;
    private final BusinessCounters counters;

    public ClosingWarnings(ProgressService progress, BusinessCounters counters) {
        this.progress = progress;
        this.counters = counters;
    }

    /** Runs after the close has committed: failing here must not turn a closed cycle into an error answer. */
    public void record(String planCode, int year) {
        List<ProgressService.RaisedWarning> raised;
        try {
            raised = progress.warnings(progress.assess(planCode, year));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Monitoring cycle %d of plan %s is closed, but its early warnings could not be counted", year, planCode);
            return;
        }
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (ProgressService.RaisedWarning r : raised) {
            counters.count("childplan.warnings.raised", "Early warnings standing when a monitoring cycle closed, by severity and rule",
                    1, "plan", planCode, "severity", r.warning().severity().name(), "rule", r.warning().rule().name());
            bySeverity.merge(r.warning().severity().name(), 1, Integer::sum);
        }
        LOG.infof("Monitoring cycle %d of plan %s closed with %d early warning(s) %s", year, planCode, raised.size(), bySeverity);
    }
}
