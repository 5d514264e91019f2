package org.childplan.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Where a call to an address an outsider chose (a webhook target) may go. Only public addresses, and private ones
 * where the operator enables them for an intranet deployment; never loopback, link-local, cloud metadata, unspecified,
 * multicast, broadcast or reserved addresses, whatever an allow-list says. A name is judged by every address it
 * resolves to, at the moment of the call: the caller then connects to an address it checked, so a second DNS answer
 * (rebinding) can not send it elsewhere.
 *
 * <p>IPv6 addresses that carry an IPv4 address (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96,
 * 6to4 2002::/16) are judged by the IPv4 address they lead to; the local-use NAT64 prefix 64:ff9b:1::/48 is private.
 *
 * @param allowPrivate         call private ranges too (intranet deployments; off by default)
 * @param allowLoopbackInTests call loopback too; only for a test that runs its receiver on this machine, never in
 *                           production (the service decides that from its launch mode, not from configuration alone)
 */
public record OutboundAddressPolicy(boolean allowPrivate, boolean allowLoopbackInTests) {

    /** Public addresses only. */
    public static OutboundAddressPolicy publicOnly() {
        return new OutboundAddressPolicy(false, false);
    }

    /** Whether the policy lets a call go to an address of this class. */
    public boolean permits(AddressClass c) {
        return switch (c) {
            case PUBLIC -> true;
            case PRIVATE -> allowPrivate;
            case LOOPBACK -> allowLoopbackInTests;
            default -> false;
        };
    }

    /** Refuses an address the policy does not permit; {@code host} is what the caller asked for, for the message. */
    public void check(String host, InetAddress address) throws OutboundRefusedException {
        AddressClass c = classify(address);
        if (!permits(c)) {
            throw OutboundRefusedException.refused(host, address, c);
        }
    }

    /**
     * What can be checked without resolving: a literal address, or a name reserved for this machine. A name is
     * otherwise only checked by {@link #resolveAndCheck}.
     */
    public void checkWithoutResolving(OutboundHost host) throws OutboundRefusedException {
        if (host.namesLoopback() && !allowLoopbackInTests) {
            throw OutboundRefusedException.namedLoopback(host.canonical());
        }
        if (host.literal().isPresent()) {
            check(host.canonical(), host.literal().get());
        }
    }

    /**
     * The addresses to connect to: the literal itself, or every address the name resolves to now, each checked. One
     * refused address refuses them all, so which answer a client would pick can not matter.
     */
    public List<InetAddress> resolveAndCheck(OutboundHost host, HostResolver resolver)
            throws OutboundRefusedException, UnknownHostException {
        checkWithoutResolving(host);
        if (host.literal().isPresent()) {
            return List.of(host.literal().get());
        }
        List<InetAddress> addresses = resolver.resolve(host.canonical());
        if (addresses == null || addresses.isEmpty()) {
            throw new UnknownHostException(host.canonical());
        }
        for (InetAddress address : addresses) {
            check(host.canonical(), address);
        }
        return List.copyOf(addresses);
    }

    /** The class of an address, from its bytes alone. */
    public static AddressClass classify(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? classifyIpv4(b) : classifyIpv6(b);
    }

    private static AddressClass classifyIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        int a3 = b[3] & 0xff;
        long v = ((long) a0 << 24) | (a1 << 16) | (a2 << 8) | a3;
        if (isMetadata4(v)) {
            return AddressClass.METADATA;
        }
        if (a0 == 0) {
            // 0.0.0.0/8, "this network": Linux connects 0.0.0.0 to the local host
            return AddressClass.UNSPECIFIED;
        }
        if (a0 == 127) {
            return AddressClass.LOOPBACK;
        }
        if (a0 == 169 && a1 == 254) {
            return AddressClass.LINK_LOCAL;
        }
        if (a0 >= 224 && a0 <= 239) {
            return AddressClass.MULTICAST;
        }
        if (v == 0xffffffffL) {
            return AddressClass.BROADCAST;
        }
        if (a0 >= 240) {
            return AddressClass.RESERVED;
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return AddressClass.RESERVED;
        }
        if (a0 == 10
                || (a0 == 172 && a1 >= 16 && a1 <= 31)
                || (a0 == 192 && a1 == 168)
                || (a0 == 100 && a1 >= 64 && a1 <= 127)
                || (a0 == 198 && (a1 == 18 || a1 == 19))) {
            return AddressClass.PRIVATE;
        }
        return AddressClass.PUBLIC;
    }

    /**
     * 169.254.169.254 (AWS, GCP, Azure, Oracle, OpenStack, Huawei), 169.254.170.2 (AWS ECS task credentials),
     * 100.100.100.200 (Alibaba Cloud) and 168.63.129.16 (Azure's host endpoint). The last two lie outside link-local,
     * and one inside a range that an intranet deployment may enable, so they are named.
     */
    private static boolean isMetadata4(long v) {
        return v == 0xa9fea9feL || v == 0xa9feaa02L || v == 0x646464c8L || v == 0xa83f8110L;
    }

    private static AddressClass classifyIpv6(byte[] b) {
        if (isZero(b, 0, 16)) {
            return AddressClass.UNSPECIFIED;
        }
        if (isZero(b, 0, 15) && b[15] == 1) {
            return AddressClass.LOOPBACK;
        }
        // IPv4-mapped ::ffff:a.b.c.d (Java usually hands these over as IPv4 already) and IPv4-compatible ::a.b.c.d
        if (isZero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || b[10] == 0 && b[11] == 0)) {
            return classifyIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        int g0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int g1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        // NAT64: the well-known 64:ff9b::/96 reaches the IPv4 address in its last 32 bits; the local-use
        // 64:ff9b:1::/48 (RFC 8215) stays inside the operator's network
        if (g0 == 0x64 && g1 == 0xff9b) {
            if (isZero(b, 4, 12)) {
                return classifyIpv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[4] == 0 && b[5] == 1) {
                return AddressClass.PRIVATE;
            }
        }
        // 6to4: 2002:AABB:CCDD::/48 tunnels to the IPv4 address AA.BB.CC.DD
        if (g0 == 0x2002) {
            return classifyIpv4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        if (isAwsMetadata6(b)) {
            return AddressClass.METADATA;
        }
        if ((b[0] & 0xff) == 0xff) {
            return AddressClass.MULTICAST;
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return AddressClass.LINK_LOCAL;
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            // site-local fec0::/10, deprecated but still routed inside some networks
            return AddressClass.PRIVATE;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return AddressClass.PRIVATE;
        }
        if (g0 == 0x0100 && isZero(b, 2, 8)) {
            // 100::/64, discard-only
            return AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    /** fd00:ec2::254, the AWS metadata service over IPv6 (inside fc00::/7, which an intranet deployment may enable). */
    private static boolean isAwsMetadata6(byte[] b) {
        return (b[0] & 0xff) == 0xfd && b[1] == 0 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2 && isZero(b, 4, 14)
                && b[14] == 0x02 && (b[15] & 0xff) == 0x54;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
