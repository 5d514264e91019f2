package org.childplan.platform.peer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last answer of each peer read that came with an ETag, by request URI (query included, so every {@code asOf} is
 * an entry of its own), kept in memory so that the next read of the same URI can revalidate it with
 * {@code If-None-Match} instead of fetching it again ({@link PeerCall#conditional}). Bounded: the least recently used
 * entry goes first. Unlike {@link PeerAnswerCache} (the database copy for outages) an entry here is only ever used
 * once the peer has confirmed it unchanged.
 */
public final class KeptPeerAnswers {

    /**
     * A kept answer: the peer's ETag and the domain object made of the answer, so that an unchanged answer is neither
     * read, parsed nor converted again. The object is shared by every read it is confirmed for: it must be immutable.
     */
    public record Entry(String etag, Object answer) {
    }

    private final Map<String, Entry> entries;

    public KeptPeerAnswers(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must not be negative: " + maxEntries);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public synchronized Entry get(String uri) {
        return entries.get(uri);
    }

    public synchronized void put(String uri, Entry entry) {
        entries.put(uri, entry);
    }

    public synchronized void remove(String uri) {
        entries.remove(uri);
    }

    public synchronized int size() {
        return entries.size();
    }
}
