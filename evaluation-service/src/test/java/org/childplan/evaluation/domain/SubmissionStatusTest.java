package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.evaluation.domain.SubmissionStatus.Action.ACCEPT;
import static org.childplan.evaluation.domain.SubmissionStatus.Action.RETURN;
import static org.childplan.evaluation.domain.SubmissionStatus.Action.SUBMIT;

import org.junit.jupiter.api.Test;

class SubmissionStatusTest {

    @Test
    void followsTheReviewWorkflow() {
        assertThat(SubmissionStatus.DRAFT.after(SUBMIT)).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(SubmissionStatus.SUBMITTED.after(ACCEPT)).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(SubmissionStatus.SUBMITTED.after(RETURN)).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(SubmissionStatus.RETURNED.after(SUBMIT)).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void refusesIllegalTransitions() {
        assertThat(SubmissionStatus.DRAFT.after(ACCEPT)).isNull();
        assertThat(SubmissionStatus.DRAFT.after(RETURN)).isNull();
        assertThat(SubmissionStatus.SUBMITTED.after(SUBMIT)).isNull();
        assertThat(SubmissionStatus.ACCEPTED.after(SUBMIT)).isNull();
        assertThat(SubmissionStatus.ACCEPTED.after(RETURN)).isNull();
        assertThat(SubmissionStatus.RETURNED.after(ACCEPT)).isNull();
    }

    @Test
    void onlyDraftsAndReturnedSubmissionsAreEditable() {
        assertThat(SubmissionStatus.DRAFT.editable()).isTrue();
        assertThat(SubmissionStatus.RETURNED.editable()).isTrue();
        assertThat(SubmissionStatus.SUBMITTED.editable()).isFalse();
        assertThat(SubmissionStatus.ACCEPTED.editable()).isFalse();
        assertThat(SubmissionStatus.ACCEPTED.allowedActions()).isEmpty();
        assertThat(SubmissionStatus.SUBMITTED.allowedActions()).containsExactlyInAnyOrder(ACCEPT, RETURN);
    }

    @Test
    void allowsNothingOnceWithdrawn() {
        assertThat(SubmissionStatus.WITHDRAWN.allowedActions()).isEmpty();
        assertThat(SubmissionStatus.WITHDRAWN.editable()).isFalse();
    }
}
