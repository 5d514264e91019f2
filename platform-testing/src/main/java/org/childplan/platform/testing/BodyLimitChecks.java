package org.childplan.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The body limits every service shares (platform BodyLimits and BodyCap), checked against one of its write
 * operations: a body over the limit, declared or chunked, and JSON that breaks off early, are each answered at once
 * with a problem, and the connection is closed rather than the rest of the body read.
 */
public final class BodyLimitChecks {

    private BodyLimitChecks() {
    }

    /**
     * @param port     the service's HTTP port
     * @param path     a JSON write operation the token may call
     * @param token    a bearer token allowed to call it
     * @param property a text property of its body, so that only the limit can stop a body that is valid so far
     * @param limit    the service's childplan.limits.max-body-bytes
     */
    public static void refuseOversizedBodiesWithoutReadingThem(int port, String path, String token, String property,
                                                               long limit) throws Exception {
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token);

        // declared: refused before a byte of it is read, also above the HTTP layer's own (empty-bodied) backstop
        for (long declared : new long[] {limit + 1, 8 * limit}) {
            RawHttp.Answer answer = RawHttp.send(port, "POST", path, headers, new ByteArrayInputStream(new byte[0]), declared);
            assertThat(answer.status()).as("declared %d bytes", declared).isEqualTo(413);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
            assertThat(answer.body()).contains(String.valueOf(limit)).contains("请求体超过上限");
            assertThat(answer.closedByServer()).isTrue();
        }

        // chunked, valid JSON as far as it goes (one string that never ends): refused once past the limit
        long items = 8 * limit / 1000;
        RawHttp.Answer chunked = RawHttp.send(port, "POST", path, headers,
                RawHttp.generated("{\"" + property + "\":\"", i -> "x".repeat(1000), "", items, "\"}"), -1);
        assertThat(chunked.status()).isIn(400, 413);
        assertThat(chunked.header("content-type")).startsWith("application/problem+json");
        assertThat(chunked.bodyComplete()).as("the whole body was read").isFalse();
        assertThat(chunked.bodyBytesSent()).isLessThan(4 * limit);
        assertThat(chunked.closedByServer()).isTrue();

        // chunked, broken at once: the 400 comes without the rest of the body being read
        RawHttp.Answer broken = RawHttp.send(port, "POST", path, headers,
                RawHttp.generated("{\"" + property + "\": nonsense", i -> "x".repeat(1000), "", items, "}"), -1);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.header("content-type")).startsWith("application/problem+json");
        assertThat(broken.bodyComplete()).as("the whole body was read").isFalse();
        assertThat(broken.closedByServer()).isTrue();
    }
}
