package org.childplan.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogValuesTest {

    @Test
    void recordsAVeryLongTextByItsSha256AndLengthInsteadOfCopyingIt() throws Exception {
        String snapshot = "{\"指标\":\"" + "儿童".repeat(AuditLog.LARGEST_TEXT_COPIED) + "\"}";

        Map<String, Object> values = AuditLog.values(new String[] {"checksum", "content"}, new Object[] {"abc", snapshot});

        byte[] utf8 = snapshot.getBytes(StandardCharsets.UTF_8);
        assertThat(values.get("checksum")).isEqualTo("abc");
        assertThat(values.get("content")).isEqualTo(Map.of(
                "sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8)),
                "characters", snapshot.length(), "bytes", utf8.length));
    }

    @Test
    void copiesATextUpToTheLimitAsItIs() {
        String longest = "评".repeat(AuditLog.LARGEST_TEXT_COPIED);

        assertThat(AuditLog.values(new String[] {"progressZh"}, new Object[] {longest}).get("progressZh")).isEqualTo(longest);
    }

    @Test
    void tellsAChangeOfAVeryLongTextByItsDigest() {
        String before = "a".repeat(AuditLog.LARGEST_TEXT_COPIED + 1);
        String after = "a".repeat(AuditLog.LARGEST_TEXT_COPIED) + "b";

        Map<String, Object>[] unchanged = AuditLog.changed(new String[] {"content"}, new Object[] {before}, new Object[] {before});
        Map<String, Object>[] changed = AuditLog.changed(new String[] {"content"}, new Object[] {before}, new Object[] {after});

        assertThat(unchanged[1]).isEmpty();
        assertThat(changed[0].get("content")).isNotEqualTo(changed[1].get("content"));
        assertThat(((Map<?, ?>) changed[1].get("content")).get("characters")).isEqualTo(after.length());
    }
}
