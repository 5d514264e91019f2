package org.childplan.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.childplan.platform.persistence.IdentifiedEntity;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the audit trail: who did what to which resource, when, with the values before and after. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends IdentifiedEntity {

    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String actor;
    @Column(name = "actor_roles")
    public String actorRoles;
    @Column(name = "actor_agency")
    public String actorAgency;
    /** CREATE, UPDATE, DELETE, BULK_INSERT, BULK_DELETE, or REFUSE for an object-level refusal. */
    @Column(nullable = false)
    public String action;
    @Column(name = "resource_type", nullable = false)
    public String resourceType;
    @Column(name = "resource_key")
    public String resourceKey;
    /** The agency the resource belongs to, when it belongs to one. */
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "request_method")
    public String requestMethod;
    @Column(name = "request_path")
    public String requestPath;
    @Column(name = "request_id")
    public String requestId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> before;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> after;
    public String detail;
}
