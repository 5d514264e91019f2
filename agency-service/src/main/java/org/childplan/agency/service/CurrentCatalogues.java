package org.childplan.agency.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.childplan.agency.config.AgencyConfig;

/**
 * The catalogue that prepared reads (the matrix, indicator-responsibilities) are made from, per plan. Those reads
 * depend on indicator-service's data, which this service's database notifications do not cover, so the catalogue is
 * checked with indicator-service again once it is older than {@code childplan.agency.catalogue-revalidate-after}
 * (one request per plan and period, however many reads come in). A check that finds the same mapping keeps the
 * earlier {@link Checked#stamp() stamp}, and with it the prepared representations and their ETags; a changed mapping,
 * or the stored copy while indicator-service is unavailable, gets a new stamp, and the reads are prepared again.
 * While one request checks, the others go on with the catalogue checked last.
 */
@ApplicationScoped
public class CurrentCatalogues {

    /** A catalogue read, the stamp that keys what is prepared from it, and when it was last confirmed. */
    public record Checked(CatalogueService.Read read, long stamp, long checkedAtNanos) {
    }

    private final CatalogueService catalogues;
    private final long revalidateAfterNanos;
    private final ConcurrentHashMap<String, Checked> current = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> checking = new ConcurrentHashMap<>();
    private final AtomicLong stamps = new AtomicLong();

    public CurrentCatalogues(CatalogueService catalogues, AgencyConfig config) {
        this.catalogues = catalogues;
        this.revalidateAfterNanos = config.catalogueRevalidateAfter().toNanos();
    }

    /** The plan's catalogue for a read: as last checked, or checked now; 404 / 503 as {@link CatalogueService#forReading}. */
    public Checked forReading(String planCode) {
        Checked last = current.get(planCode);
        long now = System.nanoTime();
        if (last != null && now - last.checkedAtNanos() < revalidateAfterNanos) {
            return last;
        }
        if (last != null && checking.putIfAbsent(planCode, Boolean.TRUE) != null) {
            // another request is checking it right now
            return last;
        }
        try {
            CatalogueService.Read read = catalogues.forReading(planCode);
            Checked previous = current.get(planCode);
            Checked next = previous != null && same(previous.read(), read)
                    ? new Checked(previous.read(), previous.stamp(), System.nanoTime())
                    : new Checked(read, stamps.incrementAndGet(), System.nanoTime());
            current.put(planCode, next);
            return next;
        } finally {
            if (last != null) {
                checking.remove(planCode);
            }
        }
    }

    /** The same mapping from the same source: a fresh fetch of an unchanged catalogue keeps the time it was first fetched. */
    static boolean same(CatalogueService.Read a, CatalogueService.Read b) {
        return a.source() == b.source() && a.catalogue().equals(b.catalogue())
                && (a.source() == CatalogueService.Source.FRESH || Objects.equals(a.fetchedAt(), b.fetchedAt()));
    }
}
