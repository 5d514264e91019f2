package org.childplan.evaluation.rest;

import java.util.List;
import java.util.function.UnaryOperator;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;

/**
 * A request body of observation rows, read from JSON, CSV or XLSX by {@link ObservationBodyReader}: the rows that
 * parsed, the CSV or XLSX rows that did not (reported with the batch's other errors), the agency a JSON submission or
 * an XLSX template names, the SHA-256 of the body's bytes, which is what an Idempotency-Key is bound to, and where a
 * row's error points in the body (an XLSX error names its sheet and cell; JSON and CSV keep row and field).
 */
public record ObservationBody(String agencyCode, List<ObservationInput> rows, List<FieldError> errors, String sha256,
                              UnaryOperator<FieldError> locator) {

    public ObservationBody(String agencyCode, List<ObservationInput> rows, List<FieldError> errors, String sha256) {
        this(agencyCode, rows, errors, sha256, UnaryOperator.identity());
    }

    /** The validation failure with each row's errors pointing where they are in this body. */
    public InputValidationException located(InputValidationException e) {
        return new InputValidationException(e.errors().stream().map(locator).toList());
    }

    /** The body of a new submission: JSON {@link SubmissionInput}, CSV or XLSX. */
    public record NewSubmission(ObservationBody body) {
    }

    /** The complete new rows of a draft or returned submission: JSON {@link ObservationsInput}, CSV or XLSX. */
    public record Replacement(ObservationBody body) {
    }
}
