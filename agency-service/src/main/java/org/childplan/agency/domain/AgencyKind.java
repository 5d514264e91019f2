package org.childplan.agency.domain;

/** What sort of unit an agency is; the plan's headers mix all of these. */
public enum AgencyKind {
    /** 政府工作部门, e.g. 市卫生健康局. */
    GOVERNMENT_BUREAU,
    /** 党委工作部门, e.g. 市委宣传部. */
    PARTY_COMMITTEE_DEPARTMENT,
    /** 人民团体 and similar mass organisations, e.g. 市妇联, 团市委. */
    PEOPLES_ORGANISATION,
    /** 审判机关、检察机关. */
    JUDICIAL_ORGAN,
    /** A local branch of a higher-level bureau, e.g. 衡阳市生态环境局常宁分局. */
    BRANCH_OF_HIGHER_LEVEL_BUREAU,
    /** 事业单位, e.g. 市融媒体中心. */
    PUBLIC_INSTITUTION,
    /** The people's government itself (市人民政府). */
    PEOPLES_GOVERNMENT
}
