package org.childplan.platform.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one form of a point in time in every service: a UTC instant with exactly millisecond precision, written
 * {@code 2026-12-04T03:42:23.803Z} (docs/api-conventions.md, "Time").
 *
 * <p>Times are also taken at millisecond precision ({@link #now()}), not only written so: PostgreSQL keeps
 * microseconds and rounds what it is given, so a nanosecond clock reading could come back from the database as a
 * different millisecond than the write response showed (…23.8039996 is written .803 but stored .804000).
 */
public final class Timestamps {

    /** What every instant in JSON matches; the contracts carry it as the pattern of each date-time. */
    public static final String PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$";
    public static final String EXAMPLE = "2026-12-04T03:42:23.803Z";

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Now, in UTC, at millisecond precision: what a service stores and answers for "when". */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The instant as the API writes it; anything finer than a millisecond is cut off, not rounded. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Any point in time (an {@link OffsetDateTime}, a {@link java.time.ZonedDateTime}, an {@link Instant}) as the API writes it. */
    public static String format(TemporalAccessor time) {
        return format(Instant.from(time));
    }

    /** The calendar day an instant falls on in a zone, written as Chinese readers expect it: 2026年12月4日. */
    public static String chineseDate(TemporalAccessor time, ZoneId zone) {
        return chineseDate(Instant.from(time).atZone(zone).toLocalDate());
    }

    /** A calendar day in the Chinese form: 2026年12月4日. */
    public static String chineseDate(java.time.LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
