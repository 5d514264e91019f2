package org.childplan.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parses JSON strictly, so that nothing a client sends is silently dropped or reinterpreted:
 * unknown properties, trailing content, duplicate keys and scalar coercions ("1" for 1, 1 for "1", 1.5 for 1)
 * are errors, and so is text PostgreSQL can not store. Writes leave out a property that has no value rather than
 * writing null, so that every property the contract types is either absent or of its type (docs/api-conventions.md).
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
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
    public static final class StorableTextDeserializer extends StdScalarDeserializer<String> {

        StorableTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null) {
                String problem = unstorable(text);
                if (problem != null) {
                    throw new UnstorableTextException(p, problem, text);
                }
            }
            return text;
        }

        static String unstorable(String text) {
            return JsonStrictness.unstorable(text);
        }
    }

    /** Text PostgreSQL can not store (see {@link #unstorable}); its message is meant for the client. */
    public static final class UnstorableTextException extends InvalidFormatException {

        UnstorableTextException(JsonParser p, String message, String text) {
            super(p, message, text, String.class);
        }
    }

    /** Why PostgreSQL can not store the text faithfully (a NUL character, an unpaired surrogate), or null when it can. */
    public static String unstorable(String text) {
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

    /**
     * What a value that could not be read should have been, in the API's terms (English and Chinese), never naming
     * the Java types behind it: "an integer", "a date in the form YYYY-MM-DD", "one of: A, B".
     */
    public static String[] expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null && e.getCause() instanceof InputCoercionException coercion) {
            type = coercion.getTargetType();
        }
        if (type == null) {
            return new String[] {"a value of the documented type", "文档规定类型的值"};
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return new String[] {"text", "文本"};
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == BigInteger.class) {
            String range = type == Integer.class || type == int.class ? " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : "";
            return new String[] {"an integer" + range, "整数" + (range.isEmpty() ? "" : "（" + Integer.MIN_VALUE + "～" + Integer.MAX_VALUE + "）")};
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return new String[] {"a finite number", "有限的数字"};
        }
        if (type == Boolean.class || type == boolean.class) {
            return new String[] {"true or false", "true 或 false"};
        }
        if (type == LocalDate.class) {
            return new String[] {"a date in the form YYYY-MM-DD", "YYYY-MM-DD 格式的日期"};
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return new String[] {"an ISO-8601 date-time", "ISO-8601 格式的日期时间"};
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return new String[] {"one of: " + allowed, "以下取值之一：" + allowed};
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new String[] {"an array", "数组"};
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || JsonNode.class.isAssignableFrom(type)
                || type.getName().startsWith("org.childplan.")) {
            return new String[] {"a JSON object", "JSON 对象"};
        }
        return new String[] {"a value of the documented type", "文档规定类型的值"};
    }

    /** Where in the document a value could not be read, as a JSONPath ({@code $.plan.code}, {@code $.indicators[3].unit}). */
    public static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /**
     * The JSONPaths of numbers in a tree that are not finite: a binary double can not hold 1e400, so it was read as
     * infinity, which neither validation nor the database can handle.
     */
    public static List<String> nonFiniteNumbers(JsonNode root) {
        List<String> paths = new ArrayList<>();
        collectNonFinite(root, "$", paths);
        return paths;
    }

    private static void collectNonFinite(JsonNode node, String path, List<String> paths) {
        if (node == null) {
            return;
        }
        if (node.isDouble() || node.isFloat()) {
            if (!Double.isFinite(node.doubleValue())) {
                paths.add(path);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNonFinite(node.get(i), path + "[" + i + "]", paths);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> collectNonFinite(field.getValue(), path + "." + field.getKey(), paths));
        }
    }
}
