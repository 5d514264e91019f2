package org.childplan.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.childplan.evaluation.webhook.WebhookAllowedHost;
import org.childplan.evaluation.webhook.WebhookDelivery;
import org.childplan.evaluation.webhook.WebhookEvent;
import org.childplan.evaluation.webhook.WebhookService;
import org.childplan.evaluation.webhook.WebhookSubscription;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "Telling other systems about closed cycles and published reports, to allow-listed hosts"
        + " that resolve to public addresses only. 事件推送。")
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Schema(name = "WebhookAllowedHost")
    public record AllowedHostView(String host, String addedBy, OffsetDateTime addedAt) {
        static AllowedHostView from(WebhookAllowedHost h) {
            return new AllowedHostView(h.host, h.addedBy, h.addedAt);
        }
    }

    @Schema(name = "Webhook", description = "A subscription; the secret signs deliveries (X-ChildPlan-Signature: sha256=HMAC).")
    public record WebhookView(String code, String url, List<WebhookEvent> events, boolean active, String createdBy,
                              OffsetDateTime createdAt,
                              @Schema(nullable = true, description = "Shown only when the subscription is created") String secret) {
        static WebhookView from(WebhookSubscription s, boolean withSecret) {
            return new WebhookView(s.code, s.url, List.copyOf(s.events), s.active, s.createdBy, s.createdAt,
                    withSecret ? s.secret : null);
        }
    }

    @Schema(name = "WebhookInput")
    public record WebhookInput(@NotNull @Size(max = 2000) String url, @NotEmpty List<@NotNull WebhookEvent> events) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(long id, WebhookEvent event, WebhookDelivery.Status status, int attempts,
                               @Schema(nullable = true) Integer lastStatusCode,
                               @Schema(nullable = true) String lastError, OffsetDateTime createdAt,
                               @Schema(nullable = true) OffsetDateTime deliveredAt) {
        static DeliveryView from(WebhookDelivery d) {
            return new DeliveryView(d.id, d.event, d.status, d.attempts, d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt);
        }
    }

    @GET
    @Path("/webhook-allowed-hosts")
    @Operation(summary = "List the hosts webhooks may be sent to", description = "推送白名单：允许接收推送的主机。")
    public PageView<AllowedHostView> listWebhookAllowedHosts(@Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(webhooks.allowedHosts(), paging.request()), AllowedHostView::from);
    }

    @PUT
    @Path("/webhook-allowed-hosts/{host}")
    @Operation(summary = "Allow a host", description = "The host is kept in its canonical form (lower case; an IPv4 address"
            + " written as 0x7f000001 or 2130706433 as its dotted quad). An address no webhook is ever sent to (loopback,"
            + " link-local, cloud metadata, unspecified, multicast, broadcast; private ones unless enabled) and the name"
            + " localhost are refused with 400 webhook-target-refused. 将主机加入推送白名单（管理员）；环回、链路本地、云元数据等地址不能加入。")
    public AllowedHostView allowWebhookHost(@PathParam("host") String host) {
        return AllowedHostView.from(webhooks.allowHost(host));
    }

    @DELETE
    @Path("/webhook-allowed-hosts/{host}")
    @Operation(summary = "Remove a host from the allow-list", description = "从推送白名单中移除主机；此后不再向其推送。")
    @APIResponse(responseCode = "204", description = "Removed")
    // no body to negotiate: a generated client asks for the only media type listed (its problems'), which the class's
    // JSON would refuse with 406
    @Produces(MediaType.WILDCARD)
    public RestResponse<Void> removeWebhookHost(@PathParam("host") String host) {
        webhooks.removeHost(host);
        return RestResponse.noContent();
    }

    @GET
    @Path("/webhooks")
    @Operation(summary = "List webhook subscriptions", description = "列出推送订阅。")
    public PageView<WebhookView> listWebhooks(@Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(webhooks.subscriptions(), paging.request()), s -> WebhookView.from(s, false));
    }

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to events", description = "The URL's host must be on the allow-list and resolve"
            + " only to public addresses (private ones where the operator enables them). Loopback, link-local, cloud"
            + " metadata, unspecified, multicast and broadcast addresses, in any notation, are refused with 400"
            + " webhook-target-refused, whatever the allow-list says; every delivery resolves and checks the host again and"
            + " connects only to the address it checked. Redirects are not followed."
            + " 新增推送订阅：网址的主机必须在推送白名单中，且只解析到公网地址（内网地址须经运维配置允许）；环回、链路本地、云元数据、未指定、组播和广播地址一律拒绝，每次推送都重新解析并核查。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "subscription",
            value = "{\"url\": \"https://data.example.gov.cn/childplan/events\", \"events\": [\"REPORT_PUBLISHED\", \"CYCLE_CLOSED\"]}")))
    @APIResponse(responseCode = "201", description = "Subscribed; the answer shows the signing secret once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> createWebhook(@NotNull @Valid WebhookInput input) {
        WebhookSubscription s = webhooks.subscribe(input.url(), input.events());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, WebhookView.from(s, true))
                .location(URI.create("/api/v1/webhooks/" + s.code)).build();
    }

    @GET
    @Path("/webhooks/{code}")
    @Operation(summary = "Get a webhook subscription", description = "查看推送订阅。")
    public WebhookView getWebhook(@PathParam("code") String code) {
        return WebhookView.from(webhooks.subscription(code), false);
    }

    @POST
    @Path("/webhooks/{code}/deactivate")
    @Operation(summary = "Stop a webhook subscription", description = "停用推送订阅。")
    public WebhookView deactivateWebhook(@PathParam("code") String code) {
        return WebhookView.from(webhooks.deactivate(code), false);
    }

    @GET
    @Path("/webhooks/{code}/deliveries")
    @Operation(summary = "List a subscription's deliveries", description = "查看推送记录。")
    public PageView<DeliveryView> listWebhookDeliveries(@PathParam("code") String code, @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(webhooks.deliveries(code), paging.request()), DeliveryView::from);
    }
}
