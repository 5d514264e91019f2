package org.childplan.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.childplan.platform.time.Timestamps;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {

    record Stamped(OffsetDateTime at, ZonedDateTime zoned, Instant instant, LocalDate dueOn) {
    }

    /** As Quarkus builds it: the Java time module first, then the customizers. */
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    {
        new JsonStrictness().customize(mapper);
        new UtcInstants().customize(mapper);
    }

    @Test
    void writesEveryInstantAsUtcWithExactlyMilliseconds() throws Exception {
        // what a write response used to show: the clock's zone and nanoseconds
        OffsetDateTime shanghai = OffsetDateTime.parse("2026-12-04T11:42:23.803932878+08:00");
        String json = mapper.writeValueAsString(new Stamped(shanghai, shanghai.atZoneSameInstant(ZoneId.of("Asia/Shanghai")),
                shanghai.toInstant(), LocalDate.of(2026, 12, 31)));
        assertThat(json).isEqualTo("{\"at\":\"2026-12-04T03:42:23.803Z\",\"zoned\":\"2026-12-04T03:42:23.803Z\","
                + "\"instant\":\"2026-12-04T03:42:23.803Z\",\"dueOn\":\"2026-12-31\"}");
    }

    @Test
    void writesTheSameTextForAValueAndWhatTheDatabaseGivesBackForIt() throws Exception {
        // written: nanoseconds in +08:00; read back: microseconds in UTC (PostgreSQL's timestamptz)
        OffsetDateTime written = OffsetDateTime.parse("2026-12-04T11:42:23.803932878+08:00");
        OffsetDateTime stored = OffsetDateTime.parse("2026-12-04T03:42:23.803933Z");
        assertThat(mapper.writeValueAsString(written)).isEqualTo(mapper.writeValueAsString(stored));
    }

    @Test
    void keepsThreeDigitsEvenWhenTheyAreZeros() throws Exception {
        assertThat(mapper.writeValueAsString(OffsetDateTime.parse("2026-12-04T00:00:00+08:00")))
                .isEqualTo("\"2026-12-03T16:00:00.000Z\"");
        assertThat(mapper.writeValueAsString(Instant.parse("2026-12-04T03:42:23.800Z"))).isEqualTo("\"2026-12-04T03:42:23.800Z\"");
    }

    @Test
    void takesTimeAtMillisecondPrecisionInUtcSoTheDatabaseKeepsItExactly() {
        OffsetDateTime now = Timestamps.now();
        assertThat(now.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(now.getNano() % 1_000_000).isZero();
        assertThat(now).isEqualTo(now.truncatedTo(ChronoUnit.MILLIS));
        assertThat(Timestamps.format(now)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void writesChineseLocalDatesInThePlansZone() {
        // 20:00 UTC on 3 December is already 4 December in Changning
        assertThat(Timestamps.chineseDate(OffsetDateTime.parse("2026-12-03T20:00:00Z"), ZoneId.of("Asia/Shanghai")))
                .isEqualTo("2026年12月4日");
        assertThat(Timestamps.chineseDate(LocalDate.of(2026, 1, 9))).isEqualTo("2026年1月9日");
    }
}
