package org.childplan.platform.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = EntityTags.strong(null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aStrongTagIsAQuotedDigestOfTheBytesWithTheRevisionInFrontWhenGiven() {
        assertThat(TAG).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(EntityTags.strong(null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(TAG);
        assertThat(EntityTags.strong(null, "{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
        assertThat(EntityTags.strong("7", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\"7." + TAG.substring(1));
    }

    @Test
    void ifNoneMatchHitsTheCurrentTagAloneInAListWeaklyOrByWildcard() {
        assertThat(EntityTags.noneMatchHits(TAG, TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("*", TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(" * ", TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("W/" + TAG, TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(TAG, "W/" + TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"x\", " + TAG, TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"x\",W/" + TAG + ",\"y\"", TAG)).isTrue();
        // a comma inside an opaque tag is part of it, not a separator
        assertThat(EntityTags.noneMatchHits("\"a,b\"", "\"a,b\"")).isTrue();
        assertThat(EntityTags.noneMatchHits("\"a,b\"", "\"b\"")).isFalse();
    }

    @Test
    void anythingElseMissesAndNothingThrows() {
        assertThat(EntityTags.noneMatchHits(null, TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("", TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("\"other\"", TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits(TAG.replace("\"", ""), TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("W/", TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("\"unterminated", TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("\"x\" garbage " + TAG, TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits(TAG.substring(0, TAG.length() - 2) + "\"", TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("*, \"x\"", TAG)).isFalse();
    }
}
