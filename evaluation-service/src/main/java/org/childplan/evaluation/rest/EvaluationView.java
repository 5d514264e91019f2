package org.childplan.evaluation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.EvaluationAction;
import org.childplan.evaluation.domain.EvaluationStatus;
import org.childplan.evaluation.domain.EvaluationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation", description = "A mid-term or final evaluation and where it is in its workflow. 中期/终期评估。")
public record EvaluationView(
        @Schema(examples = "MIDTERM-2023") String code,
        String planCode,
        EvaluationType type,
        @Schema(examples = "中期评估") String typeZh,
        @Schema(examples = "2023") int referenceYear,
        EvaluationStatus status,
        String statusZh,
        @Schema(description = "The evaluation plan (评估方案)") String planTextZh,
        @Schema(nullable = true) String planTextEn,
        LocalDate selfAssessmentDueOn,
        LocalDate reportDueOn,
        EvaluationFindingsView findings,
        OffsetDateTime createdAt,
        String createdBy,
        @Schema(description = "The workflow actions allowed now") List<String> allowedActions) {

    @Schema(name = "EvaluationFindingsText")
    public record EvaluationFindingsView(@Schema(nullable = true) String findingsZh,
                                         @Schema(nullable = true) String findingsEn,
                                         @Schema(nullable = true) String recommendationsZh,
                                         @Schema(nullable = true) String recommendationsEn) {
    }

    static EvaluationView from(Evaluation e) {
        return new EvaluationView(e.code, e.planCode, e.type, e.type.nameZh(), e.referenceYear, e.status, e.status.nameZh(),
                e.planTextZh, e.planTextEn, e.selfAssessmentDueOn, e.reportDueOn,
                new EvaluationFindingsView(e.findingsZh, e.findingsEn, e.recommendationsZh, e.recommendationsEn),
                e.createdAt, e.createdBy,
                Arrays.stream(EvaluationAction.values()).filter(a -> a.allowedFrom(e.status)).map(EvaluationAction::path).toList());
    }
}
