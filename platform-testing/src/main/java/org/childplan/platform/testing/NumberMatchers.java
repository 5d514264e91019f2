package org.childplan.platform.testing;

import java.math.BigDecimal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Compares JSON numbers by value, whether they came back as 20, 20.0 or 20.00. */
public final class NumberMatchers {

    private NumberMatchers() {
    }

    public static Matcher<Number> numberEqualTo(String expected) {
        BigDecimal want = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Number actual) {
                return new BigDecimal(actual.toString()).compareTo(want) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to ").appendValue(want);
            }
        };
    }

    /** Matches a number within {@code error} of {@code expected}, whatever numeric type JSON parsing produced. */
    public static Matcher<Number> numberCloseTo(double expected, double error) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Number actual) {
                return Math.abs(actual.doubleValue() - expected) <= error;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number within ").appendValue(error).appendText(" of ").appendValue(expected);
            }
        };
    }
}
