package org.childplan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final ClientAddress NO_PROXIES = ClientAddress.trusting(List.of());
    private static final ClientAddress BEHIND_PROXY = ClientAddress.trusting(List.of("10.0.0.0/8", "fd00::/8", "192.0.2.7"));

    @Test
    void ignoresForwardedForWhenNoProxyIsTrusted() {
        assertThat(NO_PROXIES.of("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNotATrustedProxy() {
        assertThat(BEHIND_PROXY.of("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void takesTheAddressTheTrustedProxySaw() {
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(BEHIND_PROXY.of("192.0.2.7", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void doesNotBelieveWhatTheClientWroteBeforeTheProxies() {
        // the client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended what it saw
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("1.1.1.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("1.1.1.1", "203.0.113.9, 10.9.9.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void stopsAtAnEntryThatIsNotAnAddress() {
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("unknown"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("203.0.113.9, 10.2.2.2, example.org"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("0x7f000001"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("2130706433"))).isEqualTo("10.1.2.3");
    }

    @Test
    void writesIpv6CanonicallyAndFoldsMappedIpv4() {
        assertThat(NO_PROXIES.of("0:0:0:0:0:0:0:1", List.of())).isEqualTo(NO_PROXIES.of("::1", List.of()));
        assertThat(NO_PROXIES.of("::ffff:198.51.100.4", List.of())).isEqualTo("198.51.100.4");
        assertThat(BEHIND_PROXY.of("fd00::1", List.of("[2001:db8::5]"))).isEqualTo(NO_PROXIES.of("2001:db8::5", List.of()));
    }

    @Test
    void refusesATrustedProxyThatIsNotAnAddressOrRange() {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyHopTrustedLeavesTheFarthestOne() {
        assertThat(BEHIND_PROXY.of("10.1.2.3", List.of("10.4.4.4, 10.5.5.5"))).isEqualTo("10.4.4.4");
    }
}
