package org.childplan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The HTTP layer's check of request targets: its one-scan path for plain targets agrees with {@link URI}'s parser. */
class RequestTargetTest {

    @Test
    void recognisesPlainPathsAndQueriesWithoutTheParser() {
        assertThat(HttpLayerProblems.isPlainPathAndQuery("/api/v1/plans/CN-430482-CHILDREN-2021-2025/indicators/HEALTH-3a")).isTrue();
        assertThat(HttpLayerProblems.isPlainPathAndQuery("/api/v1/plans/P/progress?year=2023&areaCode=430482%E5%8E%BF")).isTrue();
        assertThat(HttpLayerProblems.isPlainPathAndQuery("/a:b/@c/(d)*e'f!$,;=~?x=/?")).isTrue();
    }

    @Test
    void leavesEverythingElseToTheParser() {
        assertThat(HttpLayerProblems.isPlainPathAndQuery("")).isFalse();
        assertThat(HttpLayerProblems.isPlainPathAndQuery("//host/path")).isFalse();
        assertThat(HttpLayerProblems.isPlainPathAndQuery("http://example.org/")).isFalse();
        assertThat(HttpLayerProblems.isPlainPathAndQuery("/plans?x=[1]")).isFalse();
        assertThat(HttpLayerProblems.isPlainPathAndQuery("/常宁")).isFalse();
        assertThat(HttpLayerProblems.isPlainPathAndQuery("/a#b")).isFalse();
        // and what the parser says of those stands
        assertThat(HttpLayerProblems.isUri("/plans?x=[1]")).isTrue();
        assertThat(HttpLayerProblems.isUri("/a#b")).isTrue();
    }

    @Test
    void refusesTargetsTheParserRefuses() {
        assertThat(HttpLayerProblems.isUri("/a%zz")).isFalse();
        assertThat(HttpLayerProblems.isUri("/a%2")).isFalse();
        assertThat(HttpLayerProblems.isUri("/a b")).isFalse();
        assertThat(HttpLayerProblems.isUri("/a\"b")).isFalse();
        assertThat(HttpLayerProblems.isUri("/a{b}")).isFalse();
        assertThat(HttpLayerProblems.isUri("/a|b")).isFalse();
    }

    @Test
    void agreesWithTheUriParserOnRandomTargets() {
        String alphabet = "/?#%:@[]{}|\\^`\"<> aZ09-._~!$&'()*+,;=fF\u00e9\u5e38\u0001\u007f";
        Random random = new Random(15);
        int plain = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder target = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                target.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = target.toString();
            boolean parses = HttpLayerProblems.parses(t);
            if (HttpLayerProblems.isPlainPathAndQuery(t)) {
                plain++;
                assertThat(parses).as("the scan accepted %s, the parser must too", t).isTrue();
            }
            assertThat(HttpLayerProblems.isUri(t)).as(t).isEqualTo(parses);
        }
        assertThat(plain).as("targets the scan recognised").isGreaterThan(1000);
    }
}
