package org.childplan.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TooManyRequestsExceptionTest {

    private static TooManyRequestsException after(Duration wait) {
        return new TooManyRequestsException("Feedback without an account", "匿名反馈", 5, Duration.ofHours(1), wait);
    }

    @Test
    void roundsTheWaitUpToWholeSecondsSoARetryIsNeverEarly() {
        assertThat(after(Duration.ofMillis(3_599_100)).retryAfter()).contains(Duration.ofSeconds(3600));
        assertThat(after(Duration.ofSeconds(42)).retryAfter()).contains(Duration.ofSeconds(42));
    }

    @Test
    void waitsAtLeastASecond() {
        assertThat(after(Duration.ZERO).retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(after(Duration.ofMillis(-5)).retryAfter()).contains(Duration.ofSeconds(1));
    }

    @Test
    void saysTheLimitInBothLanguages() {
        TooManyRequestsException e = after(Duration.ofSeconds(42));
        assertThat(e.kind()).isEqualTo(ProblemException.Kind.RATE_LIMITED);
        assertThat(e.type()).isEqualTo("too-many-requests");
        assertThat(e.getMessage()).contains("5 per 1 h", "42 s");
        assertThat(e.detailZh()).contains("每个地址每1小时最多5次", "42秒");
    }
}
