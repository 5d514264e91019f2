package org.childplan.evaluation.domain;

/** A body of the plan's governance (市妇儿工委, its leading group, the monitoring and evaluation groups), from agency-service. */
public record GovernanceBody(String code, String nameZh, String nameEn, String parentCode) {
}
