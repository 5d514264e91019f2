package org.childplan.evaluation.webhook;

/** What a webhook can be told about. */
public enum WebhookEvent {
    /** A monitoring cycle was closed: its accepted data is final. */
    CYCLE_CLOSED,
    /** An evaluation report was published. */
    REPORT_PUBLISHED,
    /** A draft or returned submission was withdrawn because its cycle was closed with force; it is kept, read-only. */
    SUBMISSION_WITHDRAWN
}
