package org.childplan.evaluation.rest;

import java.util.List;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.platform.error.FieldError;

/**
 * A request body of observation rows, read from JSON or CSV by {@link ObservationBodyReader}: the rows that parsed, the
 * CSV rows that did not (reported with the batch's other errors), the agency a JSON submission names, and the SHA-256
 * of the body's bytes, which is what an Idempotency-Key is bound to.
 */
public record ObservationBody(String agencyCode, List<ObservationInput> rows, List<FieldError> errors, String sha256) {

    /** The body of a new submission: JSON {@link SubmissionInput}, or CSV. */
    public record NewSubmission(ObservationBody body) {
    }

    /** The complete new rows of a draft or returned submission: JSON {@link ObservationsInput}, or CSV. */
    public record Replacement(ObservationBody body) {
    }
}
