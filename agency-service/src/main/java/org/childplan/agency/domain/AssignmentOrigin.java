package org.childplan.agency.domain;

/** Where an assignment came from. */
public enum AssignmentOrigin {
    /** A responsibility document (including the seed). */
    IMPORT,
    /** Created through the assignments API. */
    API
}
