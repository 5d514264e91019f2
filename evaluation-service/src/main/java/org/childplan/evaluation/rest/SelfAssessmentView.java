package org.childplan.evaluation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.childplan.evaluation.domain.Evidence;
import org.childplan.evaluation.domain.GoalRatingValue;
import org.childplan.evaluation.domain.SelfAssessment;
import org.childplan.evaluation.domain.SelfAssessmentItem;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SelfAssessment", description = "An agency's self-assessment for an evaluation, goal by goal. 单位自评报告。")
public record SelfAssessmentView(
        String evaluationCode,
        @Schema(examples = "health-bureau") String agencyCode,
        @Schema(examples = "市卫生健康局") String agencyNameZh,
        SelfAssessmentStatus status,
        @Schema(examples = "已提交") String statusZh,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) String submittedBy,
        @Schema(description = "Submitted after the due date, or still not submitted once it has passed") boolean late,
        @Schema(nullable = true) String returnReason,
        List<ItemView> items) {

    @Schema(name = "SelfAssessmentItem")
    public record ItemView(@Schema(examples = "HEALTH-4") String goalCode, String domainCode,
                           @Schema(description = "Whether the goal is rated (qualitative) rather than measured") boolean qualitative,
                           @Schema(nullable = true) String progressZh, @Schema(nullable = true) String problemsZh,
                           @Schema(nullable = true) String nextStepsZh, @Schema(nullable = true) GoalRatingValue rating,
                           List<Evidence> evidence) {
        static ItemView from(SelfAssessmentItem i) {
            return new ItemView(i.goalCode, i.domainCode, i.qualitative, i.progressZh, i.problemsZh, i.nextStepsZh, i.rating,
                    List.copyOf(i.evidence));
        }
    }

    static SelfAssessmentView from(SelfAssessment sa, boolean late, List<SelfAssessmentItem> items) {
        return new SelfAssessmentView(sa.evaluation.code, sa.agencyCode, sa.agencyNameZh, sa.status, sa.status.nameZh(), sa.submittedAt,
                sa.submittedBy, late, sa.returnReason, items.stream().map(ItemView::from).toList());
    }
}
