package org.childplan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aNewIdIsAVersion4RandomUuidAndNeverRepeats() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIds.fromHeader(null);
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void keepsASaneCallerIdAndReplacesAnInsaneOne() {
        assertThat(RequestIds.fromHeader("gov-sys:2026-12-04.0001")).isEqualTo("gov-sys:2026-12-04.0001");
        assertThat(RequestIds.fromHeader("含中文的编号")).isNotEqualTo("含中文的编号").matches("[0-9a-f-]{36}");
        assertThat(RequestIds.fromHeader("x".repeat(101))).hasSize(36);
    }
}
