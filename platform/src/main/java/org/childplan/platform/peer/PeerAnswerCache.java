package org.childplan.platform.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.ref.WeakReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The last good answer of each peer, by source (what was asked, e.g. {@code catalogue}) and key (for what, e.g. a plan
 * and a date), so that reads can go on while the peer is down. Every good answer replaces the one kept before.
 */
@ApplicationScoped
public class PeerAnswerCache {

    private static final Logger LOG = Logger.getLogger(PeerAnswerCache.class);

    /** A kept answer and when the peer gave it. */
    public record Kept<T>(T answer, OffsetDateTime fetchedAt) {
    }

    /** How long an answer kept by this process is not written again while the peer keeps giving the same one. */
    private static final Duration UNCHANGED_KEPT_FOR = Duration.ofSeconds(60);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    /** What was last written for a key: its JSON's hash, when, and the answer itself (weakly, to spot it again). */
    private record Written(int bodyHash, long atNanos, WeakReference<Object> answer) {
    }

    public PeerAnswerCache(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Keeps an answer, in a transaction of its own, so that it is kept even when the request that fetched it fails or
     * is a dry run. An upsert, because two requests may keep the same answer at once. An answer this process kept
     * unchanged within the last minute is not written again: a burst of requests (fifty writers of one submission)
     * would otherwise write it once each, every write on a connection of its own while the request holds another, and
     * could leave the pool with none to give. Such a return touches no connection. The very object kept last (a peer
     * answer revalidated with 304, see {@link ConditionalPeerReads}) is not even written as JSON again: for a
     * catalogue that was most of the cost of keeping it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(String source, String key, Object answer, OffsetDateTime fetchedAt) {
        String writtenKey = source + "\u0000" + key;
        Written last = written.get(writtenKey);
        if (last != null && last.answer().get() == answer && System.nanoTime() - last.atNanos() < UNCHANGED_KEPT_FOR.toNanos()) {
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not keep the " + source + " answer", e);
        }
        Written now = new Written(body.hashCode(), System.nanoTime(), new WeakReference<>(answer));
        Written kept = written.merge(writtenKey, now, (before, fresh) -> before.bodyHash() == fresh.bodyHash()
                && fresh.atNanos() - before.atNanos() < UNCHANGED_KEPT_FOR.toNanos() ? before : fresh);
        if (kept != now) {
            return;
        }
        try {
            em.createNativeQuery("""
                            insert into peer_cache (source, cache_key, fetched_at, body) values (:source, :key, :fetchedAt, :body)
                            on conflict (source, cache_key) do update set fetched_at = excluded.fetched_at, body = excluded.body
                            """)
                    .setParameter("source", source)
                    .setParameter("key", key)
                    .setParameter("fetchedAt", fetchedAt)
                    .setParameter("body", body)
                    .executeUpdate();
        } catch (RuntimeException e) {
            written.remove(writtenKey, now);
            throw e;
        }
    }

    /** The answer kept for this source and key; empty when there is none, or when it can no longer be read. */
    public <T> Optional<Kept<T>> recall(String source, String key, Class<T> type) {
        PeerCacheEntry entry = em.find(PeerCacheEntry.class, new PeerCacheEntry.Key(source, key));
        if (entry == null) {
            return Optional.empty();
        }
        LOG.warnf("Using the %s kept from %s for %s: the peer service is unavailable", source, entry.fetchedAt, key);
        try {
            return Optional.of(new Kept<>(mapper.readValue(entry.body, type), entry.fetchedAt));
        } catch (JsonProcessingException e) {
            LOG.warnf("The kept %s for %s can not be read; ignoring it", source, key);
            return Optional.empty();
        }
    }
}
