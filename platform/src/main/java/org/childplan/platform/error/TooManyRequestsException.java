package org.childplan.platform.error;

import java.time.Duration;

/** 429: the caller has sent more of these requests than it may in the current window; Retry-After says when it may again. */
public class TooManyRequestsException extends ProblemException {

    public TooManyRequestsException(String what, String whatZh, int limit, Duration window, Duration retryAfter) {
        super(Kind.RATE_LIMITED, "too-many-requests", "Too many requests",
                what + " is limited to " + limit + " per " + describe(window) + " from one address; try again in "
                        + seconds(retryAfter) + " s",
                whatZh + "每个地址每" + describeZh(window) + "最多" + limit + "次，请在" + seconds(retryAfter) + "秒后重试",
                null, Duration.ofSeconds(seconds(retryAfter)));
    }

    /** Whole seconds, rounded up and at least one, as Retry-After carries them. */
    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static String describe(Duration window) {
        return window.toMinutes() % 60 == 0 && window.toHours() > 0 ? window.toHours() + " h" : window.toSeconds() + " s";
    }

    private static String describeZh(Duration window) {
        return window.toMinutes() % 60 == 0 && window.toHours() > 0 ? window.toHours() + "小时" : window.toSeconds() + "秒";
    }
}
