package org.childplan.indicator.domain;

/** Where a reporting area sits: the plan's whole jurisdiction, or one of its townships or sub-districts. */
public enum AreaLevel {
    JURISDICTION,
    TOWNSHIP,
    SUBDISTRICT
}
