package org.childplan.platform.security;

/** The roles a token can carry (the JWT groups claim), the same in every service. */
public final class Roles {

    /** Catalogue and matrix maintenance; reads the audit trail. */
    public static final String ADMIN = "admin";
    /** The monitoring group (statistics bureau): opens and closes cycles, accepts or returns submissions. */
    public static final String STATISTICS = "statistics";
    /** Agency staff, with an agency claim: their own agency's submissions and self-assessments only. */
    public static final String REPORTER = "reporter";
    /** The evaluation group: compiles reports, rates qualitative goals, writes findings. */
    public static final String EVALUATOR = "evaluator";
    /** The leading group: approves evaluation plans and reports. */
    public static final String LEADERSHIP = "leadership";
    /** Read access. */
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
