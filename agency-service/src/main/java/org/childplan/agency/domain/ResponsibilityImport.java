package org.childplan.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.childplan.platform.persistence.IdentifiedEntity;

/** A completed import of a responsibility document: through the API, or by the seeder at first start. */
@Entity
@Table(name = "responsibility_import")
public class ResponsibilityImport extends IdentifiedEntity {

    public static final String SEED = "SEED";
    public static final String API = "API";

    @Column(nullable = false)
    public String origin;
    public String source;
    @Column(name = "document_hash", nullable = false)
    public String documentHash;
    @Column(nullable = false)
    public String outcome;
    @Column(name = "imported_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime importedAt;

    public static boolean seeded(String resource) {
        return count("origin = ?1 and source = ?2", SEED, resource) > 0;
    }
}
