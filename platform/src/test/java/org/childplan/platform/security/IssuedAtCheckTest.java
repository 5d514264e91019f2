package org.childplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class IssuedAtCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:42:23Z");
    private final IssuedAtCheck check = new IssuedAtCheck(Duration.ofSeconds(60), InstantSource.fixed(NOW));

    @Test
    void acceptsTokensIssuedBeforeNowOrWithinTheClockSkew() {
        assertThat(check.refusal(NOW.minusSeconds(3600).getEpochSecond())).isNull();
        assertThat(check.refusal(NOW.getEpochSecond())).isNull();
        assertThat(check.refusal(NOW.plusSeconds(60).getEpochSecond())).isNull();
    }

    @Test
    void refusesTokensIssuedFurtherAheadThanTheClockSkew() {
        assertThat(check.refusal(NOW.plusSeconds(61).getEpochSecond())).contains("2026-12-04T03:43:24Z");
        assertThat(check.refusal(NOW.plusSeconds(3600).getEpochSecond())).isNotNull();
    }

    @Test
    void leavesTokensWithoutAnIssueTimeToTheOtherChecks() {
        assertThat(check.refusal(0)).isNull();
    }
}
