package org.childplan.evaluation.rest;

import org.childplan.platform.error.PayloadTooLargeException;

/** Bounds on a submission's size, so one request can not exhaust the service. */
final class SubmissionLimits {

    /** Rows in one submission: a year of a plan's indicators by every area and breakdown fits many times over. */
    static final int MAX_ROWS = 200_000;

    private SubmissionLimits() {
    }

    /** A batch over the limit is refused whole with 413 as soon as its rows, counted as they arrive, pass it. */
    static void check(int rows) {
        if (rows > MAX_ROWS) {
            throw new PayloadTooLargeException("The batch", "本批数据", MAX_ROWS, "rows", "行");
        }
    }
}
