package dev.latchkey.web.apikeys;

import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.sessions.apikeys.boundary.ApiKeyView;
import dev.latchkey.sessions.apikeys.boundary.ApiKeys;
import dev.latchkey.sessions.apikeys.boundary.NewApiKey;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.BearerOnly;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.Ids;
import dev.latchkey.web.http.NoStore;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.TreeSet;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** A person's API keys: made, listed without secrets, revoked. Bearer only: a key cannot make keys. */
@Path("api-keys")
@Authenticated
@BearerOnly
@NoStore
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
public class ApiKeysResource {

    @Schema(name = "ApiKeyRequest")
    public record NewKeyRequest(@Schema(required = true, maxLength = 100) String name,
                                @Schema(required = true, description = "accounts:read, accounts:write, devices:read, devices:write, "
                                        + "sessions:read, sessions:write, 2fa:write, admin") List<String> scopes) {
    }

    @Inject
    ApiKeys keys;
    @Inject
    CurrentPrincipal caller;

    @POST
    @Operation(operationId = "createApiKey", summary = "Make an API key",
            description = "The key acts for your account with its scopes (GET needs <area>:read, other methods <area>:write, "
                    + "admin routes admin and an account holding admin); send it as X-API-Key. It is shown this once and kept "
                    + "as its SHA-256. Names are unique among your live keys.")
    @Success(status = 201, description = "The key, with its secret shown this once", data = NewApiKey.class,
            headers = Success.Header.LOCATION)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, DUPLICATE_ENTRY})
    public Response create(NewKeyRequest body, @Context UriInfo uri) {
        Bodies.required(body);
        if (body.scopes() == null || body.scopes().isEmpty()) {
            throw new ValidationFailed(Violation.required("scopes"));
        }
        for (String scope : body.scopes()) {
            if (!ApiKeys.SCOPES.contains(scope)) {
                throw new InvalidRequest("scopes", "must be any of: " + String.join(", ", new TreeSet<>(ApiKeys.SCOPES)));
            }
        }
        NewApiKey key = keys.create(caller.get().accountId(), body.name(), body.scopes());
        return Response.created(uri.getAbsolutePathBuilder().path(key.id().toString()).build()).entity(Envelope.created(key)).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "Your API keys, without secrets", description = "Revoked ones included, with revokedAt.")
    @Success(description = "Your keys", data = ApiKeyView.class, page = true)
    @ApiErrors({})
    public Response list() {
        List<ApiKeyView> list = keys.list(caller.get().accountId());
        return Response.ok(Envelope.page(list, 1, Math.max(1, list.size()), list.size())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "It stops working at once. "
            + "Another account's key, an unknown or a revoked one is RESOURCE_NOT_FOUND.")
    @Success(status = 204, description = "Revoked")
    @ApiErrors({INVALID_REQUEST, RESOURCE_NOT_FOUND})
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(caller.get().accountId(), Ids.uuid("id", id));
        return Response.noContent().build();
    }
}
