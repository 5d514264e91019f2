package org.childplan.platform.outbound;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Opens the TCP connection of a checked outbound call, to the address that was checked, never to a name. A seam so
 * tests can prove where a call would have gone, and refuse anything but loopback.
 */
public interface OutboundConnector {

    /**
     * @param host    the name the call is for (Host header, TLS SNI); not resolved here
     * @param address the checked address to connect to
     */
    Socket connect(String host, InetSocketAddress address, Duration timeout) throws IOException;
}
