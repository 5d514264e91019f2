package org.childplan.agency.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Parses JSON strictly, so that nothing a client sends is silently dropped or reinterpreted:
 * unknown properties, trailing content, duplicate keys and scalar coercions ("1" for 1, 1 for "1", 1.5 for 1)
 * are errors, and so is text PostgreSQL can not store.
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);

        for (LogicalType scalar : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.Enum, LogicalType.DateTime}) {
            var coercion = mapper.coercionConfigFor(scalar);
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString}) {
                if (!acceptsNaturally(scalar, shape)) {
                    coercion.setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableTextDeserializer()));
    }

    private static boolean acceptsNaturally(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            case Enum, DateTime -> shape == CoercionInputShape.String;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            default -> false;
        };
    }

    /** Rejects text PostgreSQL can not store faithfully: NUL characters and unpaired UTF-16 surrogates. */
    static final class StorableTextDeserializer extends StdScalarDeserializer<String> {

        StorableTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null) {
                String problem = unstorable(text);
                if (problem != null) {
                    throw InvalidFormatException.from(p, problem, text, String.class);
                }
            }
            return text;
        }

        static String unstorable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0000') {
                    return "text must not contain the NUL character (U+0000)";
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return "text must not contain an unpaired surrogate (invalid Unicode)";
                }
                if (Character.isLowSurrogate(c)) {
                    return "text must not contain an unpaired surrogate (invalid Unicode)";
                }
            }
            return null;
        }
    }
}
