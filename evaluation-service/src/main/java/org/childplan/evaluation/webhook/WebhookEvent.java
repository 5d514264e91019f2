package org.childplan.evaluation.webhook;

/** What a webhook can be told about. */
public enum WebhookEvent {
    /** A monitoring cycle was closed: its accepted data is final. */
    CYCLE_CLOSED,
    /** An evaluation report was published. */
    REPORT_PUBLISHED
}
