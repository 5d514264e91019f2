package org.childplan.agency.rest;

/** The shapes of codes in this API (a body's code is checked against its path by BodyChecks). */
final class Codes {

    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    /** Agency and governance body codes: readable kebab-case English, e.g. health-bureau. */
    static final String KEBAB = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Codes() {
    }
}
