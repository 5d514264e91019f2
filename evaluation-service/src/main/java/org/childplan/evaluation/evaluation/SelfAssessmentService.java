package org.childplan.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.EvaluationStatus;
import org.childplan.evaluation.domain.Evidence;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.childplan.evaluation.domain.SelfAssessment;
import org.childplan.evaluation.domain.SelfAssessmentItem;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.service.AgencyScope;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.CurrentUser;

/** Agencies' self-assessments: written goal by goal, submitted, returned by the evaluation group, submitted again. */
@ApplicationScoped
public class SelfAssessmentService {

    private final EvaluationService evaluations;
    private final CurrentUser actor;
    private final AgencyScope scope;
    private final Clock clock;

    public SelfAssessmentService(EvaluationService evaluations, CurrentUser actor, AgencyScope scope, Clock clock) {
        this.evaluations = evaluations;
        this.actor = actor;
        this.scope = scope;
        this.clock = clock;
    }

    public record ItemInput(String progressZh, String problemsZh, String nextStepsZh, GoalRatingValue rating,
                            List<Evidence> evidence) {
    }

    public List<SelfAssessment> list(String planCode, String code, SelfAssessmentStatus status) {
        Evaluation e = evaluations.evaluation(planCode, code);
        List<SelfAssessment> all = status == null ? SelfAssessment.list("evaluation = ?1 order by agencyCode", e)
                : SelfAssessment.list("evaluation = ?1 and status = ?2 order by agencyCode", e, status);
        return all.stream().filter(sa -> scope.sees(sa.agencyCode)).toList();
    }

    public SelfAssessment get(String planCode, String code, String agencyCode) {
        Evaluation e = evaluations.evaluation(planCode, code);
        SelfAssessment sa = SelfAssessment.find(e, agencyCode).orElseThrow(() -> new ResourceNotFoundException(
                "Agency " + agencyCode + " has no self-assessment in evaluation " + code,
                "单位" + agencyCode + "在评估" + code + "中没有自评任务"));
        scope.requireVisible("SelfAssessment", code + "/" + agencyCode, agencyCode);
        return sa;
    }

    public List<SelfAssessmentItem> items(SelfAssessment sa) {
        return SelfAssessmentItem.list("selfAssessment = ?1 order by id", sa);
    }

    @Transactional
    public SelfAssessmentItem writeItem(String planCode, String code, String agencyCode, String goalCode, ItemInput input,
                                        ExpectedRevision expected) {
        SelfAssessment sa = editable(planCode, code, agencyCode, expected);
        SelfAssessmentItem item = SelfAssessmentItem.<SelfAssessmentItem>find("selfAssessment = ?1 and goalCode = ?2", sa, goalCode)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("Goal " + goalCode + " is not in " + agencyCode
                        + "'s responsibility for this evaluation", "目标" + goalCode + "不在" + agencyCode + "的自评范围内"));
        if (input.rating() != null && !item.qualitative) {
            throw InputValidationException.single("rating", "only qualitative goals are rated; " + goalCode
                    + " is assessed from its data", "只有定性目标需要评定等级；目标" + goalCode + "按监测数据评价");
        }
        item.progressZh = input.progressZh();
        item.problemsZh = input.problemsZh();
        item.nextStepsZh = input.nextStepsZh();
        item.rating = input.rating();
        item.evidence = input.evidence() == null ? new ArrayList<>() : new ArrayList<>(input.evidence());
        // a changed item gives the self-assessment a new ETag
        // (pessimistically: the row is already locked for this change, and a weaker lock mode would be ignored)
        SelfAssessment.getEntityManager().lock(sa, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        item.flush();
        return item;
    }

    @Transactional
    public SelfAssessment submit(String planCode, String code, String agencyCode, ExpectedRevision expected) {
        SelfAssessment sa = editable(planCode, code, agencyCode, expected);
        List<String> unanswered = items(sa).stream().filter(i -> !i.answered()).map(i -> i.goalCode).toList();
        List<String> unrated = items(sa).stream().filter(i -> i.qualitative && i.rating == null).map(i -> i.goalCode).toList();
        if (!unanswered.isEmpty() || !unrated.isEmpty()) {
            List<org.childplan.platform.error.FieldError> errors = new ArrayList<>();
            unanswered.forEach(g -> errors.add(org.childplan.platform.error.FieldError.of("items." + g + ".progressZh",
                    "describe the progress on this goal", "请填写该目标的进展情况")));
            unrated.forEach(g -> errors.add(org.childplan.platform.error.FieldError.of("items." + g + ".rating",
                    "rate this qualitative goal", "请对该定性目标评定等级")));
            throw new InputValidationException(errors);
        }
        sa.status = SelfAssessmentStatus.SUBMITTED;
        sa.submittedAt = clock.now();
        sa.submittedBy = actor.name();
        sa.flush();
        return sa;
    }

    @Transactional
    public SelfAssessment returnForRevision(String planCode, String code, String agencyCode, String reason, ExpectedRevision expected) {
        Evaluation e = collecting(planCode, code);
        SelfAssessment sa = get(planCode, code, agencyCode);
        sa.lockForChange();
        expected.check(sa.revision);
        if (sa.status != SelfAssessmentStatus.SUBMITTED) {
            throw new ConflictException("Only a submitted self-assessment can be returned; " + agencyCode + "'s is " + sa.status,
                    "只能退回已提交的自评报告，" + agencyCode + "的自评报告当前状态为" + sa.status.nameZh());
        }
        sa.status = SelfAssessmentStatus.RETURNED;
        sa.returnedAt = clock.now();
        sa.returnReason = reason;
        sa.flush();
        return sa;
    }

    public boolean late(SelfAssessment sa) {
        return evaluations.late(sa, sa.evaluation);
    }

    private SelfAssessment editable(String planCode, String code, String agencyCode, ExpectedRevision expected) {
        collecting(planCode, code);
        SelfAssessment sa = get(planCode, code, agencyCode);
        scope.requireOwn("SelfAssessment", code + "/" + agencyCode, agencyCode);
        sa.lockForChange();
        expected.check(sa.revision);
        if (!sa.status.editable()) {
            throw new ConflictException(agencyCode + "'s self-assessment is " + sa.status + "; it can change only while DRAFT or RETURNED",
                    agencyCode + "的自评报告当前状态为" + sa.status.nameZh() + "，只有草稿或已退回的自评报告可以修改");
        }
        return sa;
    }

    /** The evaluation, kept COLLECTING until this write commits: compiling waits for it, so the snapshot has it. */
    private Evaluation collecting(String planCode, String code) {
        Evaluation e = evaluations.evaluation(planCode, code);
        e.lockAgainstChange();
        if (e.status != EvaluationStatus.COLLECTING) {
            throw new ConflictException("Self-assessments are written while the evaluation is COLLECTING; it is " + e.status,
                    "自评报告只能在自评收集阶段填写，评估当前状态为" + e.status.nameZh());
        }
        return e;
    }
}
