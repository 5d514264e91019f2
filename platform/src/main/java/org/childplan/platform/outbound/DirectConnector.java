package org.childplan.platform.outbound;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Connects a plain socket to the address given, which is already resolved: no name lookup happens here. */
@ApplicationScoped
@DefaultBean
public class DirectConnector implements OutboundConnector {

    @Override
    public Socket connect(String host, InetSocketAddress address, Duration timeout) throws IOException {
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("an outbound call connects to a checked address, not to the name " + address.getHostString());
        }
        Socket socket = new Socket();
        try {
            socket.connect(address, Math.toIntExact(timeout.toMillis()));
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
