package org.childplan.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.childplan.platform.error.FieldError;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/** Bean-validation violations as the field errors of a problem, explained in English and in Chinese. */
public final class Violations {

    private static final ResourceBundleMessageInterpolator INTERPOLATOR = new ResourceBundleMessageInterpolator();

    private Violations() {
    }

    /** The violation as a field error, its field the property path inside the body, or the parameter's name. */
    public static FieldError fieldError(ConstraintViolation<?> v) {
        return FieldError.of(field(v.getPropertyPath()), v.getMessage(), chinese(v));
    }

    /** The field as the client knows it: the property path inside the body, or the parameter name. */
    private static String field(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                properties.add(node.getIndex() != null ? "[" + node.getIndex() + "]" + (name.isEmpty() ? "" : "." + name)
                        : name);
            }
        }
        if (properties.isEmpty()) {
            return parameter == null ? path.toString() : parameter;
        }
        return properties.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String chinese(ConstraintViolation<?> v) {
        try {
            return INTERPOLATOR.interpolate(v.getMessageTemplate(), new jakarta.validation.MessageInterpolator.Context() {
                @Override
                public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("unwrap not supported");
                }
            }, Locale.SIMPLIFIED_CHINESE);
        } catch (RuntimeException e) {
            return v.getMessage();
        }
    }
}
