package org.childplan.agency.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.childplan.agency.domain.CatalogueSnapshot;
import org.childplan.agency.domain.PlanCatalogue;

/** The stored copy of each plan's catalogue mapping: replaced on every successful fetch, read when the fetch fails. */
@ApplicationScoped
public class CatalogueSnapshots {

    public record Stored(PlanCatalogue catalogue, OffsetDateTime fetchedAt) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public CatalogueSnapshots(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** In its own transaction, so a fetch is kept even when the request that made it fails or is a dry run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(PlanCatalogue catalogue, OffsetDateTime fetchedAt) {
        String content = write(catalogue);
        // an upsert, because two requests may refresh the same plan at once
        em.createNativeQuery("""
                        insert into catalogue_snapshot (plan_code, fetched_at, catalogue_as_of, content_hash, content)
                        values (:plan, :fetchedAt, :asOf, :hash, :content)
                        on conflict (plan_code) do update set fetched_at = excluded.fetched_at,
                            catalogue_as_of = excluded.catalogue_as_of, content_hash = excluded.content_hash,
                            content = excluded.content
                        """)
                .setParameter("plan", catalogue.planCode())
                .setParameter("fetchedAt", fetchedAt)
                .setParameter("asOf", catalogue.asOf())
                .setParameter("hash", sha256(content))
                .setParameter("content", content)
                .executeUpdate();
    }

    @Transactional
    public Optional<Stored> load(String planCode) {
        CatalogueSnapshot snapshot = em.find(CatalogueSnapshot.class, planCode);
        if (snapshot == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stored(mapper.readValue(snapshot.content, PlanCatalogue.class), snapshot.fetchedAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored catalogue of " + planCode + " can not be read", e);
        }
    }

    private String write(PlanCatalogue catalogue) {
        try {
            return mapper.writeValueAsString(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalogue could not be serialised", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
