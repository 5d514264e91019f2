package org.childplan.indicator.rest;

/** The shapes of codes in this API (a body's code is checked against its path by BodyChecks). */
final class Codes {

    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    static final String DOMAIN_CODE = "^[A-Z][A-Z0-9_]{0,31}$";

    private Codes() {
    }
}
