package org.childplan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    @Test
    void onlyARequestThatAnnouncesABodyMayHaveItsConnectionClosedWhenAnsweredEarly() {
        assertThat(BodyLimits.announcesBody(null, null)).isFalse();
        assertThat(BodyLimits.announcesBody("0", null)).isFalse();
        assertThat(BodyLimits.announcesBody(" 0 ", null)).isFalse();
        assertThat(BodyLimits.announcesBody("12", null)).isTrue();
        assertThat(BodyLimits.announcesBody("garbage", null)).isTrue();
        assertThat(BodyLimits.announcesBody(null, "chunked")).isTrue();
        assertThat(BodyLimits.announcesBody("0", "chunked")).isTrue();
    }
}
