package org.childplan.evaluation.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TargetTypeTest {

    @Test
    void pointsUpwardsForTargetsToReachOrExceed() {
        assertThat(Arrays.stream(TargetType.values()).filter(t -> t.direction() == 1))
                .containsExactlyInAnyOrder(TargetType.AT_LEAST, TargetType.FULL_COVERAGE, TargetType.MAINTAIN_AT_LEAST,
                        TargetType.INCREASE);
    }

    @Test
    void pointsDownwardsForTargetsToStayBelowOrReduce() {
        assertThat(Arrays.stream(TargetType.values()).filter(t -> t.direction() == -1))
                .containsExactlyInAnyOrder(TargetType.AT_MOST, TargetType.REDUCE_FROM_BASELINE_PCT, TargetType.DECREASE);
    }

    @Test
    void leavesTheDirectionOfApproxAndQualitativeTargetsOpen() {
        assertThat(TargetType.APPROX.direction()).isZero();
        assertThat(TargetType.QUALITATIVE.direction()).isZero();
    }

    @Test
    void measuresOnlyDirectionTargetsWithoutANumber() {
        assertThat(Arrays.stream(TargetType.values()).filter(t -> !t.hasTargetValue()))
                .containsExactlyInAnyOrder(TargetType.INCREASE, TargetType.DECREASE, TargetType.QUALITATIVE);
        assertThat(Arrays.stream(TargetType.values()).filter(t -> !t.isQuantitative()))
                .containsExactly(TargetType.QUALITATIVE);
    }

    @Test
    void gradesOnlyTheCategoriesOfTheMethod() {
        assertThat(Arrays.stream(ProgressStatus.values()).filter(s -> !s.isGraded()))
                .containsExactlyInAnyOrder(ProgressStatus.INSUFFICIENT_DATA, ProgressStatus.NOT_ASSESSED);
        assertThat(ProgressStatus.MODERATE_PROGRESS.labelEn()).isEqualTo("Moderate progress, needs acceleration");
        assertThat(ProgressStatus.DETERIORATION.labelZh()).isEqualTo("出现倒退");
    }
}
