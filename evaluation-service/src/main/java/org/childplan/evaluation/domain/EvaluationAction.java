package org.childplan.evaluation.domain;

import java.util.Set;

/**
 * The workflow steps of an evaluation, each an action resource (POST …/evaluations/{code}/{path}), and its creation,
 * which begins every evaluation's history (a new evaluation is a DRAFT, so that entry goes from DRAFT to DRAFT) but is
 * no action resource: it is allowed from no state.
 */
public enum EvaluationAction {
    CREATE("create", Set.of(), EvaluationStatus.DRAFT, false),
    APPROVE_PLAN("approve-plan", Set.of(EvaluationStatus.DRAFT), EvaluationStatus.PLAN_APPROVED, false),
    START_COLLECTING("start-collecting", Set.of(EvaluationStatus.PLAN_APPROVED), EvaluationStatus.COLLECTING, false),
    COMPILE("compile", Set.of(EvaluationStatus.COLLECTING), EvaluationStatus.COMPILING, false),
    SUBMIT_FOR_REVIEW("submit-for-review",
            Set.of(EvaluationStatus.COMPILING, EvaluationStatus.RETURNED), EvaluationStatus.UNDER_REVIEW, false),
    APPROVE("approve", Set.of(EvaluationStatus.UNDER_REVIEW), EvaluationStatus.APPROVED, false),
    RETURN("return", Set.of(EvaluationStatus.UNDER_REVIEW), EvaluationStatus.RETURNED, true),
    PUBLISH("publish", Set.of(EvaluationStatus.APPROVED), EvaluationStatus.PUBLISHED, false);

    private final String path;
    private final Set<EvaluationStatus> from;
    private final EvaluationStatus to;
    private final boolean requiresComment;

    EvaluationAction(String path, Set<EvaluationStatus> from, EvaluationStatus to, boolean requiresComment) {
        this.path = path;
        this.from = from;
        this.to = to;
        this.requiresComment = requiresComment;
    }

    public String path() {
        return path;
    }

    public String nameZh() {
        return Labels.zh(this);
    }

    public boolean allowedFrom(EvaluationStatus status) {
        return from.contains(status);
    }

    public EvaluationStatus to() {
        return to;
    }

    public boolean requiresComment() {
        return requiresComment;
    }
}
