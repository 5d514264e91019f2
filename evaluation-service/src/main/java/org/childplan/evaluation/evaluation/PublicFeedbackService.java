package org.childplan.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.childplan.evaluation.config.PublicFeedbackConfig;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.PublicFeedback;
import org.childplan.evaluation.domain.PublicFeedbackStatus;
import org.childplan.evaluation.report.CanonicalJson;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.error.TooManyRequestsException;
import org.childplan.platform.metrics.BusinessCounters;
import org.childplan.platform.security.CurrentUser;
import org.hibernate.Hibernate;

/**
 * Feedback on published reports from readers without an account: limited per client address, held as PENDING until
 * the committee office (the evaluation group it leads, role evaluator) approves or rejects it, and shown publicly only
 * once approved. Signed-in feedback ({@link FeedbackService}) is separate and unchanged.
 */
@ApplicationScoped
public class PublicFeedbackService {

    private final FeedbackService feedback;
    private final PublicFeedbackConfig config;
    private final Clock clock;
    private final CurrentUser actor;
    private final BusinessCounters counters;

    public PublicFeedbackService(FeedbackService feedback, PublicFeedbackConfig config, Clock clock, CurrentUser actor,
                                 BusinessCounters counters) {
        this.feedback = feedback;
        this.config = config;
        this.clock = clock;
        this.actor = actor;
        this.counters = counters;
    }

    public record NewFeedback(String authorName, String organisation, String contact, String commentZh) {
    }

    /** Stores the feedback as PENDING, unless the report is not published (404) or the address has sent its share (429). */
    @Transactional
    public PublicFeedback leave(String planCode, String code, String clientAddress, NewFeedback input) {
        Evaluation e = feedback.published(planCode, code);
        String clientKey = CanonicalJson.sha256(clientAddress);
        OffsetDateTime now = clock.now();
        // one address at a time, so that concurrent requests from it can not all pass the count before any is stored
        PublicFeedback.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "public-feedback:" + clientKey).getSingleResult();
        OffsetDateTime since = now.minus(config.window());
        List<OffsetDateTime> recent = PublicFeedback.getEntityManager().createQuery(
                        "select f.receivedAt from PublicFeedback f where f.clientKey = ?1 and f.receivedAt > ?2 order by f.receivedAt",
                        OffsetDateTime.class)
                .setParameter(1, clientKey).setParameter(2, since).getResultList();
        if (recent.size() >= config.perAddress()) {
            // free again when enough of the counted ones have left the window
            OffsetDateTime freeAt = recent.get(recent.size() - config.perAddress()).plus(config.window());
            counters.count("childplan.public.feedback.refused", "Public feedback refused for exceeding the limit per address", 1,
                    "plan", planCode);
            throw new TooManyRequestsException("Feedback without an account", "匿名反馈", config.perAddress(), config.window(),
                    Duration.between(now, freeAt));
        }
        PublicFeedback f = new PublicFeedback();
        f.code = "PF-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        f.evaluation = e;
        f.receivedAt = now;
        f.clientKey = clientKey;
        f.authorName = input.authorName();
        f.organisation = input.organisation();
        f.contact = input.contact();
        f.commentZh = input.commentZh();
        f.status = PublicFeedbackStatus.PENDING;
        f.persist();
        counters.count("childplan.public.feedback", "Feedback received from readers without an account, held for moderation", 1,
                "plan", planCode);
        return f;
    }

    /** What public readers see: the approved feedback on a published report. */
    public List<PublicFeedback> approved(String planCode, String code) {
        Evaluation e = feedback.published(planCode, code);
        return PublicFeedback.list("evaluation = ?1 and status = ?2 order by receivedAt, id", e, PublicFeedbackStatus.APPROVED);
    }

    /** The moderators' view, oldest first: by default every status; the queue is status PENDING. */
    public List<PublicFeedback> forModeration(PublicFeedbackStatus status, String planCode, String evaluationCode) {
        // with its evaluation, which every entry names
        StringBuilder query = new StringBuilder("from PublicFeedback f join fetch f.evaluation e where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (status != null) {
            parameters.add(status);
            query.append(" and f.status = ?").append(parameters.size());
        }
        if (planCode != null) {
            parameters.add(planCode);
            query.append(" and e.planCode = ?").append(parameters.size());
        }
        if (evaluationCode != null) {
            parameters.add(evaluationCode);
            query.append(" and e.code = ?").append(parameters.size());
        }
        return PublicFeedback.list(query + " order by f.receivedAt, f.id", parameters.toArray());
    }

    public PublicFeedback get(String feedbackCode) {
        return PublicFeedback.<PublicFeedback>find("from PublicFeedback f join fetch f.evaluation where f.code = ?1", feedbackCode)
                .firstResultOptional().orElseThrow(() -> notFound(feedbackCode));
    }

    /** Approves or rejects PENDING feedback; a decision once taken stands (409). */
    @Transactional
    public PublicFeedback moderate(String feedbackCode, PublicFeedbackStatus decision, String note) {
        PublicFeedback f = PublicFeedback.<PublicFeedback>find("code", feedbackCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElseThrow(() -> notFound(feedbackCode));
        if (f.status != PublicFeedbackStatus.PENDING) {
            throw new ConflictException("Feedback " + feedbackCode + " is already " + f.status + "; only PENDING feedback is moderated",
                    "反馈" + feedbackCode + "已审核（" + f.status.nameZh() + "），只能审核待审核的反馈");
        }
        f.status = decision;
        f.moderatedAt = clock.now();
        f.moderatedBy = actor.name();
        f.moderationNote = note;
        f.flush();
        // the answer names the report, and is written after the transaction has ended
        Hibernate.initialize(f.evaluation);
        return f;
    }

    private static ResourceNotFoundException notFound(String feedbackCode) {
        return new ResourceNotFoundException("No public feedback " + feedbackCode, "公众反馈" + feedbackCode + "不存在");
    }
}
