package org.childplan.platform.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
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

    private final EntityManager em;
    private final ObjectMapper mapper;

    public PeerAnswerCache(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Keeps an answer, in a transaction of its own, so that it is kept even when the request that fetched it fails or
     * is a dry run. An upsert, because two requests may keep the same answer at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(String source, String key, Object answer, OffsetDateTime fetchedAt) {
        String body;
        try {
            body = mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not keep the " + source + " answer", e);
        }
        em.createNativeQuery("""
                        insert into peer_cache (source, cache_key, fetched_at, body) values (:source, :key, :fetchedAt, :body)
                        on conflict (source, cache_key) do update set fetched_at = excluded.fetched_at, body = excluded.body
                        """)
                .setParameter("source", source)
                .setParameter("key", key)
                .setParameter("fetchedAt", fetchedAt)
                .setParameter("body", body)
                .executeUpdate();
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
