package org.childplan.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.childplan.evaluation.domain.EvaluationAction;
import org.childplan.evaluation.domain.ReviewOutcome;
import org.junit.jupiter.api.Test;

class ReportReviewsTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2024, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static ReportReviews.Step step(EvaluationAction action, int minute, String comment) {
        return new ReportReviews.Step(action, T0.plusMinutes(minute), "someone", comment);
    }

    private static ReportReviews.Sealed sealed(int version, int minute) {
        return new ReportReviews.Sealed(version, T0.plusMinutes(minute), "checksum-" + version);
    }

    @Test
    void givesEachVersionTheReviewThatFollowedItsSubmission() {
        List<ReportReviews.Step> history = List.of(step(EvaluationAction.APPROVE_PLAN, 0, null),
                step(EvaluationAction.COMPILE, 1, null),
                step(EvaluationAction.SUBMIT_FOR_REVIEW, 2, "初稿"),
                step(EvaluationAction.RETURN, 3, "请补充留守儿童内容"),
                step(EvaluationAction.SUBMIT_FOR_REVIEW, 4, "已修改"),
                step(EvaluationAction.APPROVE, 5, "同意"),
                step(EvaluationAction.PUBLISH, 6, "发布"));
        List<ReportReviews.Reviewed> reviewed = ReportReviews.of(List.of(sealed(2, 4), sealed(1, 2)), history);

        assertThat(reviewed).extracting(r -> r.sealed().version()).containsExactly(1, 2);
        assertThat(reviewed.get(0).outcome()).isEqualTo(ReviewOutcome.RETURNED);
        assertThat(reviewed.get(0).steps()).extracting(ReportReviews.Step::comment).containsExactly("初稿", "请补充留守儿童内容");
        assertThat(reviewed.get(1).outcome()).isEqualTo(ReviewOutcome.PUBLISHED);
        assertThat(reviewed.get(1).steps()).extracting(ReportReviews.Step::action).containsExactly(
                EvaluationAction.SUBMIT_FOR_REVIEW, EvaluationAction.APPROVE, EvaluationAction.PUBLISH);
    }

    @Test
    void aVersionNotYetDecidedIsUnderReview() {
        List<ReportReviews.Reviewed> reviewed = ReportReviews.of(List.of(sealed(1, 2)),
                List.of(step(EvaluationAction.SUBMIT_FOR_REVIEW, 2, null)));
        assertThat(reviewed.get(0).outcome()).isEqualTo(ReviewOutcome.UNDER_REVIEW);
        assertThat(reviewed.get(0).steps()).hasSize(1);
    }

    @Test
    void approvedButNotPublishedIsApproved() {
        List<ReportReviews.Reviewed> reviewed = ReportReviews.of(List.of(sealed(1, 2)),
                List.of(step(EvaluationAction.SUBMIT_FOR_REVIEW, 2, null), step(EvaluationAction.APPROVE, 3, null)));
        assertThat(reviewed.get(0).outcome()).isEqualTo(ReviewOutcome.APPROVED);
    }

    @Test
    void sealsNothingWithoutVersions() {
        assertThat(ReportReviews.of(List.of(), List.of(step(EvaluationAction.COMPILE, 1, null)))).isEmpty();
    }

    @Test
    void sealingLeavesOutTheReviewAndTheVersionsSoTheSealedJsonIsAsBefore() {
        EvaluationReport report = new EvaluationReport("P", "MIDTERM-2023", "MIDTERM", "中期评估报告", null, null, null, null,
                null, null, null, 2021, 2025, 2023, false, 1, T0, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), null, null);
        String sealed = CanonicalJson.write(report);
        assertThat(sealed).doesNotContain("\"review\"").doesNotContain("\"versions\"");
        String read = CanonicalJson.write(report.withReviewAndVersions("abc", null, List.of()));
        assertThat(read).contains("\"versions\":[]").contains("\"reportChecksum\":\"abc\"");
    }
}
