package org.childplan.console.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments as the people of the plan read them: in the plan's own time zone (China Standard Time), to the minute —
 * "2026-12-05 03:48", not the API's "2026-12-04T19:48:42.816Z". In templates: {@code {s.submittedAt.local}}.
 */
@TemplateExtension
public final class LocalTimes {

    static final ZoneId PLAN_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LocalTimes() {
    }

    static String local(OffsetDateTime at) {
        return at == null ? "" : SHOWN.format(at.atZoneSameInstant(PLAN_ZONE));
    }
}
