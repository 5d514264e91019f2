package org.childplan.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every way of writing a host is turned into the one address (or name) it means before anything is decided. */
class OutboundHostTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // dotted decimal, and the forms resolvers (inet_aton) and browsers (WHATWG) also accept
            "127.0.0.1, 127.0.0.1",
            "2130706433, 127.0.0.1",
            "0x7f000001, 127.0.0.1",
            "0X7F000001, 127.0.0.1",
            "0x7F.0.0.1, 127.0.0.1",
            "0x7f.0x0.0x0.0x1, 127.0.0.1",
            "0177.0.0.1, 127.0.0.1",
            "0177.0000.0000.0001, 127.0.0.1",
            "017700000001, 127.0.0.1",
            "127.1, 127.0.0.1",
            "127.0.0.0x, 127.0.0.0",
            "1.2.3., 1.2.0.3",
            "127.0.1, 127.0.0.1",
            "127.0.0.1., 127.0.0.1",
            "0, 0.0.0.0",
            "0x, 0.0.0.0",
            "0.0.0.0, 0.0.0.0",
            "169.254.43518, 169.254.169.254",
            "2852039166, 169.254.169.254",
            "0xa9fea9fe, 169.254.169.254",
            "0251.0376.0251.0376, 169.254.169.254",
            "10.1, 10.0.0.1",
            "167772161, 10.0.0.1",
            "4294967295, 255.255.255.255",
            "8.8.8.8, 8.8.8.8",
    })
    void readsEveryIpv4FormAsTheAddressItMeans(String written, String address) throws Exception {
        OutboundHost host = OutboundHost.of(written);
        assertThat(host.canonical()).isEqualTo(address);
        assertThat(host.literal()).get().isInstanceOf(Inet4Address.class);
        assertThat(host.isName()).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "[::1], ::1",
            "::1, ::1",
            "[0:0:0:0:0:0:0:1], ::1",
            "[0000:0000:0000:0000:0000:0000:0000:0001], ::1",
            "[::], ::",
            "[FE80::1], fe80::1",
            "[fd00:ec2::254], fd00:ec2::254",
            "[fd00:0ec2:0:0:0:0:0:0254], fd00:ec2::254",
            "[2001:db8:0:0:1:0:0:1], 2001:db8::1:0:0:1",
            "[64:ff9b::127.0.0.1], 64:ff9b::7f00:1",
            "[2002:7f00:1::], 2002:7f00:1::",
            "[::127.0.0.1], ::7f00:1",
            "[ff02::1], ff02::1",
    })
    void readsIpv6InItsCanonicalForm(String written, String canonical) throws Exception {
        OutboundHost host = OutboundHost.of(written);
        assertThat(host.canonical()).isEqualTo(canonical);
        assertThat(host.literal()).isPresent();
    }

    @ParameterizedTest(name = "{0} is the IPv4 address {1}")
    @CsvSource({
            "[::ffff:127.0.0.1], 127.0.0.1",
            "[::ffff:7f00:1], 127.0.0.1",
            "[0:0:0:0:0:ffff:169.254.169.254], 169.254.169.254",
            "[::FFFF:10.0.0.1], 10.0.0.1",
    })
    void readsIpv4MappedIpv6AsTheIpv4Address(String written, String address) throws Exception {
        assertThat(OutboundHost.of(written).canonical()).isEqualTo(address);
    }

    @ParameterizedTest(name = "{0} is the name {1}")
    @CsvSource({
            "data.example.gov.cn, data.example.gov.cn",
            "DATA.Example.GOV.cn, data.example.gov.cn",
            "data.example.gov.cn., data.example.gov.cn",
            "LOCALHOST., localhost",
            "metadata.google.internal, metadata.google.internal",
            "0x7f000001.example.com, 0x7f000001.example.com",
            "1.2.3.4.example.com, 1.2.3.4.example.com",
    })
    void keepsNamesAsLowerCaseNamesWithoutTheTrailingDot(String written, String name) throws Exception {
        OutboundHost host = OutboundHost.of(written);
        assertThat(host.canonical()).isEqualTo(name);
        assertThat(host.isName()).isTrue();
    }

    @Test
    void knowsTheNamesReservedForThisMachine() throws Exception {
        assertThat(OutboundHost.of("localhost").namesLoopback()).isTrue();
        assertThat(OutboundHost.of("Api.LocalHost.").namesLoopback()).isTrue();
        assertThat(OutboundHost.of("localhost.example.gov.cn").namesLoopback()).isFalse();
        assertThat(OutboundHost.of("127.0.0.1").namesLoopback()).isFalse();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            // numbers in the last label that no IPv4 form allows: resolvers disagree on these, so none is guessed
            "1.2.3.256", "256.0.0.1", "1.2.3.4.5", "4294967296", "0x100000000", "08.0.0.1", "0x7g.0.0.1", "1.2.3.4..",
            "1..2.3", "example.123", "foo.0x10",
            // names that are not names
            "bad_host!", "exa mple.com", "-leading.example.com", "trailing-.example.com", "a..b", ".", "",
            "[::1", "[::1]:80", "::1::", "1:2:3:4:5:6:7:8:9", "[fe80::1%25eth0]", "fe80::1%eth0", "[12345::]",
            "[::ffff:127.0.0.01]", "[::ffff:0x7f.0.0.1]", "[::1.2.3]"})
    void refusesHostsThatAreNeitherAValidNameNorAValidAddress(String written) {
        assertThatThrownBy(() -> OutboundHost.of(written)).isInstanceOf(OutboundRefusedException.class)
                .satisfies(e -> assertThat(((OutboundRefusedException) e).addressClass()).isEmpty())
                .satisfies(e -> assertThat(((OutboundRefusedException) e).messageZh()).contains("主机"));
    }
}
