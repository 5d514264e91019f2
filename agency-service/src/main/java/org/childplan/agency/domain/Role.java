package org.childplan.agency.domain;

/** What an agency does for a scope. The order is the precedence when one cell of the matrix holds several. */
public enum Role {
    /** 牵头单位. */
    LEAD("牵头单位"),
    /** 责任单位. */
    RESPONSIBLE("责任单位"),
    /** 数据报送单位: reports the data for the annual monitoring. */
    DATA_PROVIDER("数据报送单位");

    private final String nameZh;

    Role(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
