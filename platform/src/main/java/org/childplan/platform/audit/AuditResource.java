package org.childplan.platform.audit;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// not served where Hibernate ORM is off (the console): no audit table behind it, an administrator would get 500
@EndpointDisabled(name = "quarkus.hibernate-orm.enabled", stringValue = "false")
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every write and every object-level refusal, for administrators. 审计记录。")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Schema(name = "AuditEvent", description = "Who did what to which resource, when, with the values before and after.")
    public record AuditEventView(OffsetDateTime at, String actor, @Schema(nullable = true) String actorRoles,
                                 @Schema(nullable = true) String actorAgency, String action,
                                 String resourceType, @Schema(nullable = true) String resourceKey,
                                 @Schema(nullable = true) String agencyCode,
                                 @Schema(nullable = true) String requestMethod,
                                 @Schema(nullable = true) String requestPath, @Schema(nullable = true) String requestId,
                                 @Schema(nullable = true) Map<String, Object> before,
                                 @Schema(nullable = true) Map<String, Object> after,
                                 @Schema(nullable = true) String detail) {
        static AuditEventView from(AuditEvent e) {
            return new AuditEventView(e.at, e.actor, e.actorRoles, e.actorAgency, e.action, e.resourceType, e.resourceKey,
                    e.agencyCode, e.requestMethod, e.requestPath, e.requestId, e.before, e.after, e.detail);
        }
    }

    @GET
    @Operation(summary = "Query the audit trail", description = "查询审计记录（仅管理员），可按资源、单位、用户和时间范围筛选，最新的在前。")
    public PageView<AuditEventView> listAuditEvents(
            @Parameter(description = "Resource type (e.g. Indicator) or key (e.g. HEALTH-3a)") @QueryParam("resource") String resource,
            @Parameter(description = "Agency code: the resource's agency or the acting user's") @QueryParam("agency") String agency,
            @Parameter(description = "The acting user") @QueryParam("user") String user,
            @Parameter(description = "From this day (YYYY-MM-DD, inclusive)") @QueryParam("from") String from,
            @Parameter(description = "Up to this day (YYYY-MM-DD, inclusive)") @QueryParam("to") String to,
            @Valid @BeanParam Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String r = QueryParams.text("resource", resource, 200);
        if (r != null) {
            where.append(" and (resourceType = :resource or resourceKey = :resource)");
            params.put("resource", r);
        }
        String a = QueryParams.text("agency", agency, 64);
        if (a != null) {
            where.append(" and (agencyCode = :agency or actorAgency = :agency)");
            params.put("agency", a);
        }
        String u = QueryParams.text("user", user, 200);
        if (u != null) {
            where.append(" and actor = :user");
            params.put("user", u);
        }
        LocalDate fromDay = QueryParams.date("from", from);
        if (fromDay != null) {
            where.append(" and at >= :from");
            params.put("from", fromDay.atStartOfDay().atOffset(ZoneOffset.ofHours(8)));
        }
        LocalDate toDay = QueryParams.date("to", to);
        if (toDay != null) {
            where.append(" and at < :to");
            params.put("to", toDay.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(8)));
        }
        var query = AuditEvent.<AuditEvent>find(where + " order by at desc, id desc", params);
        var request = paging.request();
        return PageView.of(new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(),
                query.count()), AuditEventView::from);
    }
}
