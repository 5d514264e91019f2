package org.childplan.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.EvaluationStatus;
import org.childplan.evaluation.domain.ReportFeedback;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.metrics.BusinessCounters;

/** Readers' feedback on published reports (建立监测评估报告交流、反馈和发布机制). */
@ApplicationScoped
public class FeedbackService {

    private final EvaluationService evaluations;
    private final Clock clock;
    private final BusinessCounters counters;

    public FeedbackService(EvaluationService evaluations, Clock clock, BusinessCounters counters) {
        this.evaluations = evaluations;
        this.clock = clock;
        this.counters = counters;
    }

    public record NewFeedback(String authorName, String organisation, String contact, String commentZh) {
    }

    @Transactional
    public ReportFeedback leave(String planCode, String code, NewFeedback input) {
        Evaluation e = published(planCode, code);
        ReportFeedback f = new ReportFeedback();
        f.evaluation = e;
        f.receivedAt = clock.now();
        f.authorName = input.authorName();
        f.organisation = input.organisation();
        f.contact = input.contact();
        f.commentZh = input.commentZh();
        f.persist();
        counters.count("childplan.report.feedback", "Readers' feedback received on published reports", 1, "plan", planCode);
        return f;
    }

    public List<ReportFeedback> list(String planCode, String code) {
        return ReportFeedback.list("evaluation = ?1 order by receivedAt, id", evaluations.evaluation(planCode, code));
    }

    /** Only published reports are open to readers; anything else answers as if it did not exist. */
    public Evaluation published(String planCode, String code) {
        Evaluation e = evaluations.evaluation(planCode, code);
        if (e.status != EvaluationStatus.PUBLISHED) {
            throw new ResourceNotFoundException("No published report " + code + " in plan " + planCode,
                    "规划" + planCode + "没有已发布的评估报告" + code);
        }
        return e;
    }
}
