package org.childplan.agency.domain;

/** The kinds of governance body the plan's sections 三 and 四 set up. */
public enum BodyKind {
    /** 市妇儿工委. */
    COMMITTEE,
    /** 市妇儿工委办公室. */
    COMMITTEE_OFFICE,
    /** 监测评估领导小组. */
    LEADING_GROUP,
    /** 监测组, 评估组. */
    WORKING_GROUP
}
