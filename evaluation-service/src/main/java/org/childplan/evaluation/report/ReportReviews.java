package org.childplan.evaluation.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.EvaluationAction;
import org.childplan.evaluation.domain.ReviewOutcome;

/**
 * Which review belongs to which sealed version. Every submit-for-review seals the next version in the same
 * transaction as its workflow step, so the n-th submission sealed version n, and the return, approval and publication
 * that follow it, up to the next submission, are that version's review.
 */
public final class ReportReviews {

    private ReportReviews() {
    }

    /** A sealed version as stored. */
    public record Sealed(int version, OffsetDateTime sealedAt, String checksum) {
    }

    /** A workflow step as recorded in the evaluation's history. */
    public record Step(EvaluationAction action, OffsetDateTime at, String actor, String comment) {
    }

    /** A version with its outcome and the steps of its review, its submission first. */
    public record Reviewed(Sealed sealed, ReviewOutcome outcome, List<Step> steps) {
    }

    /** Every sealed version, in order, with its review; {@code history} is the evaluation's steps in the order taken. */
    public static List<Reviewed> of(List<Sealed> versions, List<Step> history) {
        Map<Integer, List<Step>> steps = new LinkedHashMap<>();
        int submissions = 0;
        for (Step step : history) {
            switch (step.action()) {
                case SUBMIT_FOR_REVIEW -> {
                    submissions++;
                    steps.computeIfAbsent(submissions, n -> new ArrayList<>()).add(step);
                }
                case RETURN, APPROVE, PUBLISH -> {
                    if (submissions > 0) {
                        steps.computeIfAbsent(submissions, n -> new ArrayList<>()).add(step);
                    }
                }
                default -> {
                }
            }
        }
        return versions.stream().sorted(Comparator.comparingInt(Sealed::version)).map(v -> {
            List<Step> own = steps.getOrDefault(v.version(), List.of());
            return new Reviewed(v, outcome(own), List.copyOf(own));
        }).toList();
    }

    private static ReviewOutcome outcome(List<Step> steps) {
        ReviewOutcome outcome = ReviewOutcome.UNDER_REVIEW;
        for (Step step : steps) {
            outcome = switch (step.action()) {
                case RETURN -> ReviewOutcome.RETURNED;
                case APPROVE -> ReviewOutcome.APPROVED;
                case PUBLISH -> ReviewOutcome.PUBLISHED;
                default -> outcome;
            };
        }
        return outcome;
    }
}
