package org.childplan.evaluation.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModifiedZScoreTest {

    @Test
    void takesTheMiddleValueOrTheMeanOfTheTwoMiddleValuesAsMedian() {
        assertThat(ModifiedZScore.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(ModifiedZScore.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(ModifiedZScore.median(List.of(7.0))).isEqualTo(7.0);
        assertThatThrownBy(() -> ModifiedZScore.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresWithTheMedianAbsoluteDeviation() {
        // median 3, |x − 3| = 2,1,0,1,97 → MAD 1; z = 0.6745 · 97 / 1
        ModifiedZScore z = ModifiedZScore.of(List.of(1.0, 2.0, 3.0, 4.0, 100.0), 100.0);

        assertThat(z.score()).isCloseTo(65.4265, within(1e-9));
        assertThat(z.median()).isEqualTo(3.0);
        assertThat(z.spread()).isEqualTo(1.0);
        assertThat(z.meanDeviationFallback()).isFalse();
    }

    @Test
    void givesANegativeScoreBelowTheMedian() {
        ModifiedZScore z = ModifiedZScore.of(List.of(1.0, 2.0, 3.0, 4.0, 100.0), 1.0);

        assertThat(z.score()).isCloseTo(-1.349, within(1e-9));
    }

    @Test
    void fallsBackToTheMeanAbsoluteDeviationWhenTheMadIsZero() {
        // median 0.02, MAD 0, meanAD 0.08/5 = 0.016 → z = 0.08 / (1.253314 · 0.016)
        ModifiedZScore z = ModifiedZScore.of(List.of(0.02, 0.02, 0.02, 0.02, 0.10), 0.10);

        assertThat(z.meanDeviationFallback()).isTrue();
        assertThat(z.spread()).isCloseTo(0.016, within(1e-12));
        assertThat(z.score()).isCloseTo(3.9894, within(0.00005));
    }

    @Test
    void scoresZeroWhenAllValuesAreEqual() {
        ModifiedZScore z = ModifiedZScore.of(List.of(0.05, 0.05, 0.05, 0.05), 0.05);

        assertThat(z.score()).isZero();
        assertThat(z.meanDeviationFallback()).isTrue();
    }

    @Test
    void needsASample() {
        assertThatThrownBy(() -> ModifiedZScore.of(List.of(), 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
