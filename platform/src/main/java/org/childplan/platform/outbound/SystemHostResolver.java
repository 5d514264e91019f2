package org.childplan.platform.outbound;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The operating system's resolver (DNS, /etc/hosts); a test replaces it with a bean of its own. */
@ApplicationScoped
@DefaultBean
public class SystemHostResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String name) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(name));
    }
}
