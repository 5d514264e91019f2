package org.childplan.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import org.childplan.platform.time.Timestamps;

/**
 * Writes every point in time in the one form of the API, {@code 2026-12-04T03:42:23.803Z}: UTC, exactly three
 * fractional digits, whatever offset and precision the value carries. Without it, a write response would show the
 * clock's own zone and nanoseconds, and a read of the same object what the database gave back (UTC, microseconds).
 * Local dates ({@code LocalDate}: due dates, days) are not points in time and stay {@code YYYY-MM-DD}.
 */
@Singleton
public class UtcInstants implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** Applied after every other customizer, so no module registered later can put its own date-time writer first. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    public static SimpleModule module() {
        return new SimpleModule("utc-instants")
                .addSerializer(OffsetDateTime.class, new InstantText<>(OffsetDateTime.class))
                .addSerializer(ZonedDateTime.class, new InstantText<>(ZonedDateTime.class))
                .addSerializer(Instant.class, new InstantText<>(Instant.class));
    }

    static final class InstantText<T extends Temporal> extends StdSerializer<T> {

        InstantText(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Timestamps.format(value));
        }
    }
}
