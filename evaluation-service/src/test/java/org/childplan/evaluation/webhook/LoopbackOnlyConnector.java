package org.childplan.evaluation.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.childplan.platform.outbound.DirectConnector;
import org.childplan.platform.outbound.OutboundConnector;

/**
 * The connector of every test of this service: it records each connection a delivery asks for, and opens only those
 * to loopback. Whatever a test gets wrong, no packet of a delivery leaves this machine.
 */
@ApplicationScoped
public class LoopbackOnlyConnector implements OutboundConnector {

    private final Map<String, List<InetSocketAddress>> attempts = new ConcurrentHashMap<>();
    private final DirectConnector direct = new DirectConnector();

    /** Every connection asked for on behalf of the host name, in order. */
    public List<InetSocketAddress> attempts(String host) {
        return List.copyOf(attempts.getOrDefault(host, List.of()));
    }

    @Override
    public Socket connect(String host, InetSocketAddress address, Duration timeout) throws IOException {
        attempts.computeIfAbsent(host, h -> new CopyOnWriteArrayList<>()).add(address);
        if (address.isUnresolved() || !address.getAddress().isLoopbackAddress()) {
            throw new ConnectException("tests connect to loopback only; refused " + address);
        }
        return direct.connect(host, address, timeout);
    }
}
