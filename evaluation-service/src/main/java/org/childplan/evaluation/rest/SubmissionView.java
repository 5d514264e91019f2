package org.childplan.evaluation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.childplan.evaluation.domain.Submission;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.domain.SubmissionTimeliness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "An agency's data submission and where it is in review. 数据报送。")
public record SubmissionView(
        @Schema(examples = "2023-health-bureau-1") String code,
        @Schema(examples = "CN-430482-CHILDREN-2021-2025") String planCode,
        @Schema(examples = "2023") int year,
        @Schema(examples = "health-bureau") String agencyCode,
        SubmissionStatus status,
        @Schema(examples = "已提交") String statusZh,
        long observationCount,
        OffsetDateTime createdAt,
        String createdBy,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) String submittedBy,
        @Schema(nullable = true, description = "Whether it was submitted by the cycle's due date; null until submitted."
                + " A back-filled submission is not on time either: see timeliness") Boolean onTime,
        @Schema(nullable = true, description = "ON_TIME (by the due date), LATE (after it), or BACKFILLED (after it, in a cycle"
                + " opened only after its own due date, i.e. a past year loaded later: not counted as late); null until submitted")
        SubmissionTimeliness timeliness,
        @Schema(nullable = true, examples = "补报") String timelinessZh,
        @Schema(nullable = true) OffsetDateTime reviewedAt,
        @Schema(nullable = true) String reviewedBy,
        @Schema(nullable = true, description = "Why the statistics bureau returned it") String returnReason,
        @Schema(nullable = true, description = "When a forced close of the cycle withdrew this draft") OffsetDateTime withdrawnAt,
        @Schema(nullable = true) String withdrawnBy,
        @Schema(nullable = true, description = "The reason given for the forced close") String withdrawReason,
        @Schema(description = "The workflow actions allowed now: submit, accept, return (none once WITHDRAWN)") List<String> allowedActions) {

    static SubmissionView from(Submission s, long observationCount, Boolean onTime, SubmissionTimeliness timeliness) {
        return new SubmissionView(s.code, s.cycle.planCode, s.cycle.year, s.agencyCode, s.status, s.status.nameZh(), observationCount,
                s.createdAt, s.createdBy, s.submittedAt, s.submittedBy, onTime, timeliness,
                timeliness == null ? null : timeliness.nameZh(), s.reviewedAt, s.reviewedBy, s.returnReason,
                s.withdrawnAt, s.withdrawnBy, s.withdrawReason,
                s.status.allowedActions().stream().map(SubmissionStatus.Action::nameEn).toList());
    }
}
