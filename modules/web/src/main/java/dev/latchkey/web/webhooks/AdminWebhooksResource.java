package dev.latchkey.web.webhooks;

import dev.latchkey.platform.webhooks.Webhooks;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.RequiresPermission;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.DuringMaintenance;
import dev.latchkey.web.http.Ids;
import dev.latchkey.web.http.NoStore;
import dev.latchkey.web.http.Paging;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** Administrators' webhook subscriptions and what became of their deliveries. */
@Path("admin/webhooks")
@Area("admin")
@Authenticated
@RequiresPermission("admin")
@DuringMaintenance
@NoStore
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class AdminWebhooksResource {

    static final String DELIVERY = "Each event is POSTed as {id, type, occurredAt, data} with X-Webhook-Id (the event id: the same on "
            + "every attempt, to tell repeats apart), X-Webhook-Timestamp (epoch seconds) and X-Webhook-Signature: sha256=<hex>, the "
            + "HMAC-SHA256 of <timestamp>.<body> with the subscription's secret. Events are queued in the transaction that causes "
            + "them and delivered at least once, in order per subscription: anything but a 2xx within webhooks.timeout (10 s) is "
            + "retried after webhooks.retry-initial (10 s), doubling up to an hour, for 24 h; later events wait for it. data holds "
            + "ids and states only, never a secret, password, token or code.";

    @Inject
    Webhooks webhooks;

    @POST
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe a URL to events",
            description = "The answer carries the secret, shown this once. A URL that is not absolute http(s), or whose host is "
                    + "loopback, private, link-local or unresolvable (unless webhooks.allow-private-targets), is VALIDATION_ERROR on "
                    + "url; an unknown event type VALIDATION_ERROR on events. " + DELIVERY)
    @Success(status = 201, description = "Subscribed; the secret is shown this once", data = Webhooks.Created.class,
            headers = Success.Header.LOCATION)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response subscribe(WebhookRequests.Subscribe body, @Context UriInfo uri) {
        Bodies.required(body);
        Webhooks.Created created = webhooks.subscribe(body.url(), body.events());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(Envelope.created(created)).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The subscriptions, without their secrets", description = DELIVERY)
    @Success(description = "The subscriptions, oldest first, on one page", data = Webhooks.Subscription.class, page = true)
    @ApiErrors({ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response list() {
        java.util.List<Webhooks.Subscription> list = webhooks.list();
        return Response.ok(Envelope.page(list, 1, Math.max(1, list.size()), list.size())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "unsubscribeWebhook", summary = "Unsubscribe", description = "Deliveries still pending are cancelled.")
    @Success(status = 204, description = "Unsubscribed")
    @ApiErrors({INVALID_REQUEST, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response unsubscribe(@PathParam("id") String id) {
        webhooks.unsubscribe(Ids.uuid("id", id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Recent deliveries of a subscription, newest first",
            description = "Each: event id and type, state (pending, delivered, failed: given up after 24 h, cancelled), attempts, "
                    + "the last HTTP status and error, the next attempt while pending. Paged.")
    @Success(description = "A page of deliveries", data = Webhooks.Delivery.class, page = true)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response deliveries(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Webhooks.DeliveryPage result = webhooks.deliveries(Ids.uuid("id", id), paging.page(), paging.size());
        return Response.ok(Envelope.page(result.items(), result.page(), result.size(), result.total())).build();
    }
}
