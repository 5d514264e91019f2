package org.childplan.evaluation.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.childplan.platform.outbound.HostResolver;
import org.childplan.platform.outbound.OutboundHost;
import org.childplan.platform.outbound.OutboundRefusedException;

/**
 * The resolver of every test of this service, in place of DNS: tests never send a lookup anywhere. A test gives the
 * answers for names of its own, one answer after another (the last one repeats), which is how a rebinding DNS server
 * behaves; a name without answers does not resolve.
 */
@ApplicationScoped
public class StubHostResolver implements HostResolver {

    private final Map<String, List<List<InetAddress>>> answers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lookups = new ConcurrentHashMap<>();

    /** From now on the name resolves to these answers in turn, each a list of IP literals. */
    @SafeVarargs
    public final void answer(String name, List<String>... inTurn) {
        List<List<InetAddress>> parsed = new CopyOnWriteArrayList<>();
        for (List<String> literals : inTurn) {
            List<InetAddress> addresses = new ArrayList<>();
            for (String literal : literals) {
                try {
                    addresses.add(OutboundHost.of(literal).literal().orElseThrow());
                } catch (OutboundRefusedException e) {
                    throw new IllegalArgumentException(literal + " is not an IP literal", e);
                }
            }
            parsed.add(addresses);
        }
        answers.put(name, parsed);
    }

    /** Every lookup of the name so far, as the first address answered (or "unknown"). */
    public List<String> lookups(String name) {
        return List.copyOf(lookups.getOrDefault(name, List.of()));
    }

    @Override
    public List<InetAddress> resolve(String name) throws UnknownHostException {
        List<List<InetAddress>> inTurn = answers.get(name);
        List<String> seen = lookups.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
        if (inTurn == null || inTurn.isEmpty()) {
            seen.add("unknown");
            throw new UnknownHostException(name + " (the tests' resolver has no answer for it; tests never ask real DNS)");
        }
        List<InetAddress> answer = inTurn.size() > 1 ? inTurn.remove(0) : inTurn.get(0);
        seen.add(OutboundHost.text(answer.get(0)));
        return answer;
    }
}
