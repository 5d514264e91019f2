package org.childplan.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of address, in every way of writing it, against the three policies a deployment can have. No test
 * here touches the network: literals are decoded from text, and names resolve through a table.
 */
class OutboundAddressPolicyTest {

    private static final OutboundAddressPolicy PUBLIC_ONLY = OutboundAddressPolicy.publicOnly();
    private static final OutboundAddressPolicy INTRANET = new OutboundAddressPolicy(true, false);
    private static final OutboundAddressPolicy LOOPBACK_TEST = new OutboundAddressPolicy(false, true);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // loopback, in every form
            "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "2130706433, LOOPBACK", "0x7f000001, LOOPBACK",
            "0177.0.0.1, LOOPBACK", "127.1, LOOPBACK", "127.0.0.1., LOOPBACK", "[::1], LOOPBACK",
            "[::ffff:127.0.0.1], LOOPBACK", "[::ffff:7f00:1], LOOPBACK", "[::127.0.0.1], LOOPBACK",
            "[64:ff9b::127.0.0.1], LOOPBACK", "[2002:7f00:1::], LOOPBACK",
            // link-local
            "169.254.0.1, LINK_LOCAL", "169.254.0.23, LINK_LOCAL", "[fe80::1], LINK_LOCAL", "[febf::1], LINK_LOCAL",
            "[::ffff:169.254.1.1], LINK_LOCAL",
            // cloud metadata
            "169.254.169.254, METADATA", "2852039166, METADATA", "0xa9fea9fe, METADATA", "0251.0376.0251.0376, METADATA",
            "169.254.43518, METADATA", "[::ffff:169.254.169.254], METADATA", "[fd00:ec2::254], METADATA",
            "169.254.170.2, METADATA", "100.100.100.200, METADATA", "168.63.129.16, METADATA",
            "[64:ff9b::a9fe:a9fe], METADATA",
            // unspecified
            "0.0.0.0, UNSPECIFIED", "0, UNSPECIFIED", "0x0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED", "[::], UNSPECIFIED",
            "[::ffff:0.0.0.0], UNSPECIFIED",
            // multicast and broadcast
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "0xe0000001, MULTICAST", "[ff02::1], MULTICAST",
            "[ff05::1:3], MULTICAST", "255.255.255.255, BROADCAST", "4294967295, BROADCAST", "0xffffffff, BROADCAST",
            // reserved
            "240.0.0.1, RESERVED", "192.0.0.8, RESERVED", "[100::1], RESERVED",
            // private ranges
            "10.0.0.1, PRIVATE", "10.255.255.255, PRIVATE", "012.0.0.1, PRIVATE", "167772161, PRIVATE", "0xa000001, PRIVATE",
            "10.1, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.0.1, PRIVATE",
            "3232235521, PRIVATE", "100.64.0.1, PRIVATE", "100.127.255.255, PRIVATE", "198.18.0.1, PRIVATE",
            "[fc00::1], PRIVATE", "[fd12:3456::1], PRIVATE", "[fec0::1], PRIVATE", "[::ffff:192.168.1.1], PRIVATE",
            "[64:ff9b:1::a00:1], PRIVATE", "[2002:c0a8:101::], PRIVATE",
            // public, including the neighbours of every range above
            "8.8.8.8, PUBLIC", "1.1.1.1, PUBLIC", "126.255.255.255, PUBLIC", "128.0.0.1, PUBLIC", "169.253.255.255, PUBLIC",
            "169.255.0.1, PUBLIC", "172.15.255.255, PUBLIC", "172.32.0.1, PUBLIC", "192.167.255.255, PUBLIC",
            "192.169.0.1, PUBLIC", "100.63.255.255, PUBLIC", "100.128.0.1, PUBLIC", "9.255.255.255, PUBLIC",
            "11.0.0.1, PUBLIC", "223.255.255.255, PUBLIC", "203.0.113.7, PUBLIC", "[2001:4860:4860::8888], PUBLIC",
            "[2400:3200::1], PUBLIC", "[::ffff:8.8.8.8], PUBLIC", "[64:ff9b::808:808], PUBLIC", "[2002:808:808::], PUBLIC",
            "[fd00:ec2::253], PRIVATE",
    })
    void classifiesEveryAddressFromItsCanonicalForm(String written, AddressClass expected) throws Exception {
        InetAddress address = OutboundHost.of(written).literal().orElseThrow();
        assertThat(OutboundAddressPolicy.classify(address)).isEqualTo(expected);
        assertThat(PUBLIC_ONLY.permits(expected)).isEqualTo(expected == AddressClass.PUBLIC);
        assertThat(INTRANET.permits(expected)).isEqualTo(expected == AddressClass.PUBLIC || expected == AddressClass.PRIVATE);
        assertThat(LOOPBACK_TEST.permits(expected)).isEqualTo(expected == AddressClass.PUBLIC || expected == AddressClass.LOOPBACK);
    }

    @Test
    void refusesWhatNoAllowListCanMakeSafeEvenForAnIntranet() throws Exception {
        for (String written : List.of("127.0.0.1", "2130706433", "0x7f000001", "[::1]", "[::ffff:127.0.0.1]",
                "169.254.169.254", "[fd00:ec2::254]", "100.100.100.200", "[fe80::1]", "0.0.0.0", "[::]", "224.0.0.1",
                "[ff02::1]", "255.255.255.255")) {
            OutboundHost host = OutboundHost.of(written);
            assertThatThrownBy(() -> INTRANET.checkWithoutResolving(host)).as(written)
                    .isInstanceOf(OutboundRefusedException.class)
                    .hasMessageContaining(host.canonical())
                    .hasMessageContaining("never calls");
        }
    }

    @Test
    void refusesPrivateAddressesUnlessTheOperatorEnablesThem() throws Exception {
        OutboundHost host = OutboundHost.of("192.168.10.20");
        assertThatThrownBy(() -> PUBLIC_ONLY.checkWithoutResolving(host)).isInstanceOf(OutboundRefusedException.class)
                .hasMessageContaining("private")
                .hasMessageContaining("intranet")
                .satisfies(e -> assertThat(((OutboundRefusedException) e).messageZh()).contains("内网地址"));
        INTRANET.checkWithoutResolving(host);
        assertThat(INTRANET.resolveAndCheck(host, Table.empty())).extracting(OutboundHost::text).containsExactly("192.168.10.20");
    }

    @Test
    void refusesLocalhostByNameWithoutAskingTheResolver() throws Exception {
        Table table = Table.of(Map.of());
        for (String written : List.of("localhost", "LOCALHOST.", "api.localhost")) {
            assertThatThrownBy(() -> INTRANET.resolveAndCheck(OutboundHost.of(written), table)).as(written)
                    .isInstanceOf(OutboundRefusedException.class)
                    .satisfies(e -> assertThat(((OutboundRefusedException) e).addressClass()).contains(AddressClass.LOOPBACK))
                    .satisfies(e -> assertThat(((OutboundRefusedException) e).messageZh()).contains("环回"));
        }
        assertThat(table.asked).isEmpty();
    }

    @Test
    void judgesANameByEveryAddressItResolvesTo() throws Exception {
        Table table = Table.of(Map.of(
                "hooks.example.gov.cn", List.of("203.0.113.7", "2001:db8::7"),
                "metadata.google.internal", List.of("169.254.169.254"),
                "mixed.example.gov.cn", List.of("203.0.113.8", "10.0.0.8"),
                "mapped.example.gov.cn", List.of("::ffff:127.0.0.1"),
                "intranet.example.gov.cn", List.of("172.20.1.1")));
        assertThat(PUBLIC_ONLY.resolveAndCheck(OutboundHost.of("Hooks.Example.GOV.cn."), table))
                .extracting(OutboundHost::text).containsExactly("203.0.113.7", "2001:db8::7");
        assertThat(table.asked).containsExactly("hooks.example.gov.cn");

        assertThatThrownBy(() -> PUBLIC_ONLY.resolveAndCheck(OutboundHost.of("metadata.google.internal"), table))
                .isInstanceOf(OutboundRefusedException.class)
                .hasMessage("host 'metadata.google.internal' resolves to 169.254.169.254, a cloud metadata address, which this"
                        + " service never calls")
                .satisfies(e -> assertThat(((OutboundRefusedException) e).messageZh())
                        .isEqualTo("主机“metadata.google.internal”解析为 169.254.169.254，属于云平台元数据地址，本服务不会向其发送请求"));
        // one refused answer refuses the name, whichever answer a client would have used
        assertThatThrownBy(() -> PUBLIC_ONLY.resolveAndCheck(OutboundHost.of("mixed.example.gov.cn"), table))
                .isInstanceOf(OutboundRefusedException.class).hasMessageContaining("10.0.0.8");
        assertThatThrownBy(() -> INTRANET.resolveAndCheck(OutboundHost.of("mapped.example.gov.cn"), table))
                .isInstanceOf(OutboundRefusedException.class).hasMessageContaining("127.0.0.1").hasMessageContaining("loopback");
        assertThatThrownBy(() -> PUBLIC_ONLY.resolveAndCheck(OutboundHost.of("intranet.example.gov.cn"), table))
                .isInstanceOf(OutboundRefusedException.class).hasMessageContaining("private");
        assertThat(INTRANET.resolveAndCheck(OutboundHost.of("intranet.example.gov.cn"), table))
                .extracting(OutboundHost::text).containsExactly("172.20.1.1");
        assertThatThrownBy(() -> PUBLIC_ONLY.resolveAndCheck(OutboundHost.of("unknown.example.gov.cn"), table))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void letsATestReceiverOnThisMachineBeCalledOnlyWhenTheTestSaysSo() throws Exception {
        Table table = Table.of(Map.of("receiver.example.gov.cn", List.of("127.0.0.1")));
        assertThatThrownBy(() -> PUBLIC_ONLY.resolveAndCheck(OutboundHost.of("receiver.example.gov.cn"), table))
                .isInstanceOf(OutboundRefusedException.class).hasMessageContaining("loopback");
        assertThat(LOOPBACK_TEST.resolveAndCheck(OutboundHost.of("receiver.example.gov.cn"), table))
                .extracting(OutboundHost::text).containsExactly("127.0.0.1");
        // loopback for a test receiver opens nothing else
        assertThatThrownBy(() -> LOOPBACK_TEST.checkWithoutResolving(OutboundHost.of("169.254.169.254")))
                .isInstanceOf(OutboundRefusedException.class);
        assertThatThrownBy(() -> LOOPBACK_TEST.checkWithoutResolving(OutboundHost.of("10.0.0.1")))
                .isInstanceOf(OutboundRefusedException.class);
    }

    /** A resolver that answers from a table of literals and records what it was asked. */
    static final class Table implements HostResolver {
        private final Map<String, List<String>> answers;
        final List<String> asked = new ArrayList<>();

        private Table(Map<String, List<String>> answers) {
            this.answers = answers;
        }

        static Table of(Map<String, List<String>> answers) {
            return new Table(answers);
        }

        static Table empty() {
            return new Table(Map.of());
        }

        @Override
        public List<InetAddress> resolve(String name) throws UnknownHostException {
            asked.add(name);
            List<String> literals = answers.get(name);
            if (literals == null) {
                throw new UnknownHostException(name);
            }
            List<InetAddress> addresses = new ArrayList<>();
            for (String literal : literals) {
                try {
                    addresses.add(OutboundHost.of(literal).literal().orElseThrow());
                } catch (OutboundRefusedException e) {
                    throw new IllegalArgumentException(literal, e);
                }
            }
            return addresses;
        }
    }
}
