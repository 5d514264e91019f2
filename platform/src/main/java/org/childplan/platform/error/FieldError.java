package org.childplan.platform.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong with a request, located by a field path (and, for batches, a row number),
 * explained in English and in Chinese.
 */
public record FieldError(@Schema(nullable = true) Integer row, String field, String message, String messageZh) {

    public static FieldError of(String field, String message, String messageZh) {
        return new FieldError(null, field, message, messageZh);
    }

    public FieldError under(String parentPath) {
        String path = field == null || field.isEmpty() ? parentPath
                : field.startsWith("[") ? parentPath + field : parentPath + "." + field;
        return new FieldError(row, path, message, messageZh);
    }
}
