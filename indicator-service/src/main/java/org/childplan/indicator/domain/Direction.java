package org.childplan.indicator.domain;

/** Which way an indicator has to move to approach its target. */
public enum Direction {
    INCREASE,
    DECREASE,
    NONE
}
