package org.childplan.platform.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sent a request, for limits per client: the address of the direct peer, or, only when that peer is a proxy the
 * operator names as trusted, the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy.
 * A client can write anything into {@code X-Forwarded-For}, so the header counts only as far back as trusted proxies
 * vouch for it; with no trusted proxies configured it is ignored.
 *
 * <p>Only IP literals are accepted, in their plain forms (dotted-quad IPv4, IPv6), and nothing is ever resolved: a
 * host name or an odd numeric form in the header is not an address, and the walk stops at the last hop known good.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = trusted;
    }

    /**
     * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}) of the proxies in front of
     *                       the service; an entry that is neither is refused, so a typo can not silently trust nothing
     */
    public static ClientAddress trusting(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            ranges.add(Range.parse(entry.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "trusted proxy '" + entry + "' is neither an IP address nor a CIDR range")));
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    /**
     * The client's address in canonical text form.
     *
     * @param peer          the address of the direct peer of the connection
     * @param forwardedFor  every {@code X-Forwarded-For} header line, in the order received (may be empty)
     */
    public String of(String peer, List<String> forwardedFor) {
        Optional<byte[]> direct = literal(peer);
        if (direct.isEmpty()) {
            // a Unix socket or something unexpected: one bucket for all of them, never a value the client chose
            return String.valueOf(peer);
        }
        byte[] current = direct.get();
        if (!isTrusted(current) || forwardedFor == null || forwardedFor.isEmpty()) {
            return text(current);
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                hops.add(hop.strip());
            }
        }
        // right to left: the rightmost entry was written by the trusted peer itself
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return text(current);
            }
            current = hop.get();
            if (!isTrusted(current)) {
                return text(current);
            }
        }
        return text(current);
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of an IP literal, without any name lookup; empty for anything else. */
    static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean v4 = IPV4.matcher(s).matches();
        boolean v6 = !v4 && s.indexOf(':') >= 0 && IPV6.matcher(s).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // a literal of either form is parsed, never looked up
            byte[] bytes = InetAddress.getByName(s).getAddress();
            return Optional.of(v4to6mapped(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** ::ffff:a.b.c.d is the IPv4 address a.b.c.d: one client, one bucket. */
    private static byte[] v4to6mapped(byte[] bytes) {
        if (bytes.length == 16) {
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            mapped &= bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            if (mapped) {
                return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
            }
        }
        return bytes;
    }

    private record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String text) {
            int slash = text.indexOf('/');
            Optional<byte[]> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int bits = address.get().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bits) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(address.get(), prefix));
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = prefix == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(bits - prefix);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
