package org.childplan.evaluation.domain;

/** A monitoring cycle collects data while OPEN; CLOSED locks its accepted values (only corrections remain). */
public enum CycleStatus {
    OPEN,
    CLOSED
}
