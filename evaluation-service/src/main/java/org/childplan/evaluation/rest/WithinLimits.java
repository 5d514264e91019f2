package org.childplan.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a record is within every limit its bean-validation annotations set, read from those annotations once:
 * {@code @Size(max)} on texts and {@code @DecimalMin}/{@code @DecimalMax} on numbers, the same comparisons bean
 * validation makes. A record that passes needs no validation; one that does not is validated, so that the errors
 * are bean validation's own. Validating each of 100,000 rows of a JSON submission was a large part of its ingest
 * (bench/reports/bulk-ingest.md). A record with any other constraint is never passed: it is always validated.
 */
final class WithinLimits<T extends Record> {

    private record Limit(Method accessor, Integer maxLength, BigDecimal min, boolean minInclusive, BigDecimal max,
                         boolean maxInclusive) {

        boolean holds(Object value) {
            if (value == null) {
                return true;
            }
            if (maxLength != null) {
                return value instanceof CharSequence text && text.length() <= maxLength;
            }
            if (!(value instanceof BigDecimal number)) {
                return false;
            }
            if (min != null && (minInclusive ? number.compareTo(min) < 0 : number.compareTo(min) <= 0)) {
                return false;
            }
            return max == null || (maxInclusive ? number.compareTo(max) <= 0 : number.compareTo(max) < 0);
        }
    }

    private final List<Limit> limits;
    private final boolean screenable;

    private WithinLimits(List<Limit> limits, boolean screenable) {
        this.limits = limits;
        this.screenable = screenable;
    }

    static <T extends Record> WithinLimits<T> of(Class<T> type) {
        List<Limit> limits = new ArrayList<>();
        boolean screenable = true;
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
                screenable = false;
            }
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Integer maxLength = null;
            BigDecimal min = null;
            BigDecimal max = null;
            boolean minInclusive = true;
            boolean maxInclusive = true;
            for (Annotation annotation : component.getAccessor().getAnnotations()) {
                if (annotation instanceof Size size && size.min() == 0 && size.groups().length == 0) {
                    maxLength = size.max();
                } else if (annotation instanceof DecimalMin decimal && decimal.groups().length == 0) {
                    min = new BigDecimal(decimal.value());
                    minInclusive = decimal.inclusive();
                } else if (annotation instanceof DecimalMax decimal && decimal.groups().length == 0) {
                    max = new BigDecimal(decimal.value());
                    maxInclusive = decimal.inclusive();
                } else if (annotation.annotationType().getPackageName().startsWith("jakarta.validation")
                        || annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
                    screenable = false;
                }
            }
            if (maxLength != null && (min != null || max != null)) {
                screenable = false;
            } else if (maxLength != null || min != null || max != null) {
                limits.add(new Limit(component.getAccessor(), maxLength, min, minInclusive, max, maxInclusive));
            }
        }
        return new WithinLimits<>(List.copyOf(limits), screenable);
    }

    /** True only when bean validation would find nothing wrong with the record. */
    boolean holdFor(T record) {
        if (!screenable) {
            return false;
        }
        for (Limit limit : limits) {
            try {
                if (!limit.holds(limit.accessor().invoke(record))) {
                    return false;
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                return false;
            }
        }
        return true;
    }

    boolean screenable() {
        return screenable;
    }
}
