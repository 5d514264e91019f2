package org.childplan.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host as the URL and the resolver will understand it, canonicalised before anything is decided about it: lower
 * case, without a trailing dot or IPv6 brackets, and every IPv4 form that resolvers accept ({@code 2130706433},
 * {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}) turned into the address it means. Otherwise a check of the
 * text could pass what the resolver later reads as loopback. A name whose last label is a number but no valid IPv4
 * form ({@code 1.2.3.256}, {@code 08.1}) is refused, as the WHATWG URL standard does, since resolvers disagree on it.
 *
 * <p>Parsing never touches the network: literals are decoded here, names are only validated.
 *
 * @param canonical the canonical text: a lower-case name, dotted-quad IPv4, or RFC 5952 IPv6 without brackets
 * @param literal   the address, when the host is an IP literal; empty for a name
 */
public record OutboundHost(String canonical, Optional<InetAddress> literal) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-f]*");

    /** Parses a host as written in a URL ({@code [::1]}) or on its own ({@code ::1}, {@code Example.GOV.cn.}). */
    public static OutboundHost of(String raw) throws OutboundRefusedException {
        if (raw == null || raw.isBlank()) {
            throw OutboundRefusedException.malformed("", "is empty; a host name or IP address is needed", "为空，须为主机名或IP地址");
        }
        String host = raw.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") || host.indexOf(':') >= 0) {
            String inner = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            byte[] bytes = ipv6(inner);
            if (bytes == null) {
                throw OutboundRefusedException.malformed(raw, "is not a valid IPv6 address (zone ids are not allowed)",
                        "不是有效的IPv6地址（不允许带区域标识）");
            }
            InetAddress address = address(bytes);
            return new OutboundHost(text(address), Optional.of(address));
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > 253) {
            throw OutboundRefusedException.malformed(raw, "is not a valid host name", "不是有效的主机名");
        }
        String[] labels = host.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (DECIMAL.matcher(last).matches() || HEX.matcher(last).matches()) {
            byte[] bytes = ipv4(labels);
            if (bytes == null) {
                throw OutboundRefusedException.malformed(raw, "ends in a number but is not a valid IPv4 address",
                        "以数字结尾，但不是有效的IPv4地址");
            }
            InetAddress address = address(bytes);
            return new OutboundHost(text(address), Optional.of(address));
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw OutboundRefusedException.malformed(raw, "is not a valid host name (letters, digits and hyphens, in"
                        + " labels separated by dots)", "不是有效的主机名（由点分隔的字母、数字和连字符）");
            }
        }
        return new OutboundHost(host, Optional.empty());
    }

    /** Whether the host is a name rather than an address. */
    public boolean isName() {
        return literal.isEmpty();
    }

    /** {@code localhost} and names under it, which RFC 6761 reserves for this machine, whatever DNS says. */
    public boolean namesLoopback() {
        return isName() && (canonical.equals("localhost") || canonical.endsWith(".localhost"));
    }

    /** An address as canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as ::). */
    public static String text(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            s.append(Integer.toHexString(groups[i]));
            if (i < 7) {
                s.append(':');
            }
        }
        return s.toString();
    }

    /**
     * The WHATWG URL IPv4 parser, which is also what inet_aton accepts: one to four parts, each decimal, octal
     * (leading 0) or hexadecimal (0x); every part but the last is one byte, the last fills the remaining bytes.
     */
    static byte[] ipv4(String[] parts) {
        if (parts.length > 4) {
            return null;
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long n = number(parts[i]);
            if (n == null) {
                return null;
            }
            numbers[i] = n;
        }
        for (int i = 0; i < numbers.length - 1; i++) {
            if (numbers[i] > 255) {
                return null;
            }
        }
        long last = numbers[numbers.length - 1];
        if (last >= 1L << (8 * (5 - numbers.length))) {
            return null;
        }
        long value = last;
        for (int i = 0; i < numbers.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static Long number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return 0L; // "0x" is zero, as in WHATWG and inet_aton
        }
        // more digits than any 32-bit value needs are refused before they could overflow
        if (digits.length() > 32) {
            return null;
        }
        try {
            long n = Long.parseLong(digits, radix);
            return n > 0xffffffffL ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** RFC 4291 text form, with an optional dotted IPv4 tail; no zone id. Null when it is not one. */
    static byte[] ipv6(String text) {
        if (text.isEmpty() || !text.matches("[0-9a-f:.]+")) {
            return null;
        }
        int compress = text.indexOf("::");
        if (compress >= 0 && text.indexOf("::", compress + 1) >= 0) {
            return null;
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        if (compress >= 0) {
            if (!groups(text.substring(0, compress), head, false) || !groups(text.substring(compress + 2), tail, true)) {
                return null;
            }
            if (head.size() + tail.size() > 7) {
                return null;
            }
        } else {
            if (!groups(text, head, true) || head.size() != 8) {
                return null;
            }
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < head.size(); i++) {
            bytes[2 * i] = (byte) (head.get(i) >>> 8);
            bytes[2 * i + 1] = (byte) (int) head.get(i);
        }
        int offset = 8 - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            bytes[2 * (offset + i)] = (byte) (tail.get(i) >>> 8);
            bytes[2 * (offset + i) + 1] = (byte) (int) tail.get(i);
        }
        return bytes;
    }

    /** Hex groups separated by ':', the last of which may be a dotted-quad IPv4 address (two groups). */
    private static boolean groups(String text, List<Integer> out, boolean ipv4TailAllowed) {
        if (text.isEmpty()) {
            return true;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && ipv4TailAllowed && part.indexOf('.') >= 0) {
                String[] quad = part.split("\\.", -1);
                if (quad.length != 4) {
                    return false;
                }
                int[] b = new int[4];
                for (int q = 0; q < 4; q++) {
                    // strict dotted decimal here: RFC 4291 allows nothing else in an IPv6 address
                    if (!quad[q].matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(quad[q]) > 255) {
                        return false;
                    }
                    b[q] = Integer.parseInt(quad[q]);
                }
                out.add((b[0] << 8) | b[1]);
                out.add((b[2] << 8) | b[3]);
                continue;
            }
            if (!part.matches("[0-9a-f]{1,4}")) {
                return false;
            }
            out.add(Integer.parseInt(part, 16));
        }
        return true;
    }

    private static InetAddress address(byte[] bytes) {
        try {
            // from raw bytes: no lookup. Java turns IPv4-mapped IPv6 (::ffff:a.b.c.d) into an Inet4Address here.
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four or sixteen bytes are always an address", e);
        }
    }
}
