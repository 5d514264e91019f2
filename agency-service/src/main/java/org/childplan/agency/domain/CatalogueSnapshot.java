package org.childplan.agency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The stored copy of a plan's catalogue mapping, as last fetched from indicator-service. */
@Entity
@Table(name = "catalogue_snapshot")
public class CatalogueSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "plan_code")
    public String planCode;
    @Column(name = "fetched_at", nullable = false)
    public OffsetDateTime fetchedAt;
    @Column(name = "catalogue_as_of")
    public LocalDate catalogueAsOf;
    @Column(name = "content_hash", nullable = false)
    public String contentHash;
    @Column(nullable = false)
    public String content;
}
