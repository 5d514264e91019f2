package org.childplan.evaluation.rest;

/** Bounds on a submission's size, so one request can not exhaust the service. */
final class SubmissionLimits {

    /** Rows in one submission: a year of a plan's indicators by every area and breakdown fits many times over. */
    static final int MAX_ROWS = 200_000;

    private SubmissionLimits() {
    }

    /** A batch over the limit is refused whole with 413, before any of it is checked. */
    static void check(int rows) {
        if (rows > MAX_ROWS) {
            throw new org.childplan.platform.error.PayloadTooLargeException("The batch", MAX_ROWS, "rows", "行");
        }
    }
}
