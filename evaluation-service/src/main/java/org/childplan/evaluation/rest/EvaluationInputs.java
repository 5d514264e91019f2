package org.childplan.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.domain.Evidence;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the evaluation workflow. */
public final class EvaluationInputs {

    private EvaluationInputs() {
    }

    @Schema(name = "EvaluationInput", description = "A new evaluation with its plan (评估方案) and due dates.")
    public record NewEvaluation(
            @NotNull EvaluationType type,
            @NotNull @Min(1949) @Max(2100) @Schema(description = "The last year of data to assess", examples = "2023") Integer referenceYear,
            @NotBlank @Size(max = 20_000) String planTextZh,
            @Size(max = 40_000) String planTextEn,
            @NotNull LocalDate selfAssessmentDueOn,
            @NotNull LocalDate reportDueOn) {
    }

    @Schema(name = "EvaluationPlanInput", description = "The changed evaluation plan of a DRAFT evaluation.")
    public record PlanChange(
            @NotBlank @Size(max = 20_000) String planTextZh,
            @Size(max = 40_000) String planTextEn,
            @NotNull LocalDate selfAssessmentDueOn,
            @NotNull LocalDate reportDueOn) {
    }

    @Schema(name = "WorkflowActionInput", description = "Why the step is taken; required when returning a report.")
    public record Action(@Size(max = 4000) String comment) {
    }

    @Schema(name = "EvidenceInput")
    public record EvidenceRow(
            @NotBlank @Size(max = 400) @Schema(examples = "2023年儿童健康工作总结") String titleZh,
            @Size(max = 1000) @Schema(description = "A document number or URL", examples = "常卫发〔2024〕3号") String reference,
            @Size(max = 255) String fileName,
            @Size(max = 100) String mediaType,
            @PositiveOrZero Long sizeBytes,
            @Pattern(regexp = "^[0-9a-f]{64}$") String sha256) {

        Evidence evidence() {
            return new Evidence(titleZh, reference, fileName, mediaType, sizeBytes, sha256);
        }
    }

    @Schema(name = "SelfAssessmentItemInput", description = "An agency's account of one goal.")
    public record Item(
            @NotBlank @Size(max = 20_000) @Schema(description = "进展情况") String progressZh,
            @Size(max = 20_000) @Schema(description = "存在问题") String problemsZh,
            @Size(max = 20_000) @Schema(description = "下一步措施") String nextStepsZh,
            @Schema(description = "For qualitative goals only") GoalRatingValue rating,
            @Size(max = 50) List<@NotNull @Valid EvidenceRow> evidence) {
    }

    @Schema(name = "GoalRatingInput", description = "The evaluation group's rating of a qualitative goal.")
    public record Rating(@NotNull GoalRatingValue rating,
                  @NotBlank @Size(max = 10_000) String rationaleZh,
                  @Size(max = 20_000) String rationaleEn) {
    }

    @Schema(name = "FindingsInput", description = "The evaluation group's findings and recommendations. 评估发现与建议。")
    public record Findings(@Size(max = 50_000) String findingsZh, @Size(max = 100_000) String findingsEn,
                    @Size(max = 50_000) String recommendationsZh, @Size(max = 100_000) String recommendationsEn) {
    }

    @Schema(name = "NarrativeInput", description = "The evaluation group's text for a domain. 分领域评估情况（文字）。")
    public record NarrativeText(@NotBlank @Size(max = 20_000) String textZh) {
    }

    @Schema(name = "FeedbackInput", description = "A reader's feedback on a published report. 读者反馈。")
    public record Feedback(@Size(max = 200) String authorName, @Size(max = 200) String organisation, @Size(max = 200) String contact,
                    @NotBlank @Size(max = 10_000) String commentZh) {
    }

    @Schema(name = "ReturnSelfAssessmentInput")
    public record ReturnReason(@NotBlank @Size(max = 4000) String reason) {
    }
}
