package dev.latchkey.web.admin;

import dev.latchkey.accounts.administration.boundary.AccountPage;
import dev.latchkey.accounts.administration.boundary.Administration;
import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.entity.AccountStatus;
import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.web.accounts.AccountResponse;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.CurrentPrincipal;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** Administrators' view of accounts: list, status life cycle, unlock, permissions, group. */
@Path("admin/accounts")
@Area("admin")
@Authenticated
@RequiresPermission("admin")
@DuringMaintenance
@NoStore
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminAccountsResource {

    static final Set<String> PERMISSIONS = Set.of("read", "write", "admin");
    static final String TRANSITIONS = "A transition the account's status does not allow is VALIDATION_ERROR on status "
            + "(type format, with current and required); concurrent administrators take turns on the account's row, so one "
            + "changes the status and the others see the new one. Each change made is recorded once with who made it.";

    @Inject
    Administration administration;
    @Inject
    CurrentPrincipal caller;

    @GET
    @Operation(operationId = "listAccounts", summary = "All accounts, oldest first",
            description = "Filter with ?status= (PENDING, ACTIVE, DECLINED, DEACTIVATED; anything else is INVALID_REQUEST). Paged.")
    @Success(description = "A page of accounts", data = AccountResponse.class, page = true)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        AccountPage result = administration.list(status(status), paging.page(), paging.size());
        return Response.ok(Envelope.page(result.items().stream().map(AccountResponse::of).toList(), result.page(), result.size(),
                result.total())).build();
    }

    @POST
    @Path("{id}/approve")
    @Operation(operationId = "approveAccount", summary = "Approve a PENDING account", description = TRANSITIONS)
    @Success(description = "The account, now ACTIVE", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response approve(@PathParam("id") String id) {
        return transition(id, administration::approve);
    }

    @POST
    @Path("{id}/decline")
    @Operation(operationId = "declineAccount", summary = "Decline a PENDING account", description = TRANSITIONS)
    @Success(description = "The account, now DECLINED", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response decline(@PathParam("id") String id) {
        return transition(id, administration::decline);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(operationId = "deactivateAccount", summary = "Deactivate an ACTIVE account",
            description = "Its sessions end at once and its API keys stop working. " + TRANSITIONS)
    @Success(description = "The account, now DEACTIVATED", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response deactivate(@PathParam("id") String id) {
        return transition(id, administration::deactivate);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(operationId = "reactivateAccount", summary = "Reactivate a DEACTIVATED account", description = TRANSITIONS)
    @Success(description = "The account, ACTIVE again", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response reactivate(@PathParam("id") String id) {
        return transition(id, administration::reactivate);
    }

    @POST
    @Path("{id}/unlock")
    @Operation(operationId = "unlockAccount", summary = "Lift a sign-in lockout at once",
            description = "The failed-login count starts again from zero.")
    @Success(description = "The account", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response unlock(@PathParam("id") String id) {
        return Response.ok(Envelope.success(AccountResponse.of(administration.unlock(Ids.uuid("id", id))))).build();
    }

    @PUT
    @Path("{id}/permissions")
    @Operation(operationId = "setAccountPermissions", summary = "Replace an account's permissions",
            description = "Any of read, write, admin (another value is INVALID_REQUEST). The account's open sessions see the "
                    + "change on their next request. The last administrator keeps admin (VALIDATION_ERROR on permissions).")
    @Success(description = "The account with its new permissions", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response permissions(@PathParam("id") String id, AdminRequests.Permissions body) {
        if (Bodies.required(body).permissions() == null) {
            throw new InvalidRequest("permissions", "must be an array of read, write, admin");
        }
        for (String permission : body.permissions()) {
            if (!PERMISSIONS.contains(permission)) {
                throw new InvalidRequest("permissions", "must be one of: admin, read, write");
            }
        }
        AccountView account = administration.setPermissions(Ids.uuid("id", id), new TreeSet<>(body.permissions()));
        return Response.ok(Envelope.success(AccountResponse.of(account))).build();
    }

    @PUT
    @Path("{id}/group")
    @Operation(operationId = "setAccountGroup", summary = "Move an account into a group",
            description = "The group must exist and not be deleted (RESOURCE_NOT_FOUND with resource_type group).")
    @Success(description = "The account in its group", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, RESOURCE_NOT_FOUND, ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response group(@PathParam("id") String id, AdminRequests.Membership body) {
        UUID account = Ids.uuid("id", id);
        UUID group = Ids.uuid("groupId", Bodies.required(body).groupId());
        return Response.ok(Envelope.success(AccountResponse.of(administration.moveToGroup(account, group)))).build();
    }

    private Response transition(String id, BiFunction<UUID, UUID, AccountView> change) {
        AccountView account = change.apply(Ids.uuid("id", id), caller.get().accountId());
        return Response.ok(Envelope.success(AccountResponse.of(account))).build();
    }

    private static Optional<AccountStatus> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(AccountStatus.values()).filter(s -> s.name().equals(value.strip())).findFirst()
                .or(() -> {
                    throw new InvalidRequest("status", "must be one of: PENDING, ACTIVE, DECLINED, DEACTIVATED");
                });
    }
}
