package org.childplan.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses it stands for. One seam for every outbound call that is checked by
 * {@link OutboundAddressPolicy}, so tests answer from a table instead of asking real DNS.
 */
public interface HostResolver {

    /** Every address the name resolves to, never empty. */
    List<InetAddress> resolve(String name) throws UnknownHostException;
}
