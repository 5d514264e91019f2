package org.childplan.indicator.rest;

import org.childplan.indicator.domain.Goal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal", description = "A numbered main goal of a domain, in the plan's exact words. 主要目标。")
public record GoalView(
        @Schema(description = "Domain code and goal number", examples = "HEALTH-3") String code,
        @Schema(examples = "HEALTH") String domainCode,
        @Schema(examples = "3") int number,
        @Schema(examples = "新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.0‰、5.0‰和6.0‰以下。逐步缩小城乡区域差距。") String textZh,
        @Schema(nullable = true) String textEn) {

    static GoalView from(Goal g) {
        return new GoalView(g.code(), g.domain.code, g.number, g.textZh, g.textEn);
    }
}
