package org.childplan.evaluation.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import org.childplan.platform.time.Timestamps;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dates as a printed report shows them to its Chinese readers: the day in the plan's time zone, written 2026年12月4日.
 * The API keeps instants in UTC (docs/api-conventions.md); a reader of the PDF wants the local day, not an instant.
 */
final class ReportDates {

    private static final String DEFAULT_ZONE = "Asia/Shanghai";

    private ReportDates() {
    }

    /** A point in time as the day it falls on in the plan's zone, or a calendar day as it is; empty for none. */
    static String of(TemporalAccessor time) {
        if (time == null) {
            return "";
        }
        if (time instanceof LocalDate day) {
            return Timestamps.chineseDate(day);
        }
        return Timestamps.chineseDate(time, zone());
    }

    /** A point in time as its day and minute in the plan's zone: 2026年12月4日 12:01（北京时间 where the zone is Shanghai）. */
    static String dateTime(java.time.OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        ZoneId zone = zone();
        var local = time.atZoneSameInstant(zone);
        return Timestamps.chineseDate(local.toLocalDate()) + " " + String.format("%02d:%02d", local.getHour(), local.getMinute())
                + (zone.getId().equals(DEFAULT_ZONE) ? "（北京时间）" : "（" + zone.getId() + "）");
    }

    /** The plan's zone (childplan.evaluation.zone, as the Clock uses it); templates and workbooks have no injection. */
    static ZoneId zone() {
        return ZoneId.of(ConfigProvider.getConfig().getOptionalValue("childplan.evaluation.zone", String.class).orElse(DEFAULT_ZONE));
    }
}
