package org.childplan.evaluation.repository;

import java.math.BigDecimal;

/**
 * One line of PostgreSQL's COPY text format (the default format of {@code COPY … FROM STDIN}): columns separated by
 * tabs, {@code \N} for NULL, and in a value every backslash, tab, newline and carriage return written as a backslash
 * escape, so that the server reads back exactly the characters given. Nothing else is special in this format (a
 * lone {@code \.} can only appear escaped, so it never ends the data early).
 */
final class CopyText {

    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    /** Starts a new line. */
    CopyText start() {
        line.setLength(0);
        first = true;
        return this;
    }

    CopyText text(String value) {
        separate();
        if (value == null) {
            line.append("\\N");
            return this;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    /** A number as PgJDBC sends {@code setBigDecimal} (its {@code toString()}), so the stored scale is the same. */
    CopyText number(BigDecimal value) {
        separate();
        if (value == null) {
            line.append("\\N");
        } else {
            line.append(value);
        }
        return this;
    }

    /** Text that needs no escaping (an id written by this service). */
    CopyText raw(String value) {
        separate();
        line.append(value);
        return this;
    }

    CopyText number(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** The line, ended. */
    String end() {
        return line.append('\n').toString();
    }

    private void separate() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }
}
