package org.childplan.platform.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.childplan.platform.error.InputValidationException;

/**
 * Parses typed query parameters from their text, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it can not convert).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw InputValidationException.single(name, "unknown value '" + raw + "'; allowed: " + allowed,
                    "取值“" + raw + "”无效，可选值：" + allowed);
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw InputValidationException.single(name, "must be a date in the form YYYY-MM-DD", "日期格式必须为 YYYY-MM-DD");
        }
    }

    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InputValidationException.single(name, "must be true or false", "取值必须为 true 或 false");
        };
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw InputValidationException.single(name, "must be at most " + maxLength + " characters", "长度不能超过" + maxLength + "个字符");
        }
        return raw.strip();
    }
}
