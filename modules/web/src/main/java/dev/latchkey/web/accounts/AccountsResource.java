package dev.latchkey.web.accounts;

import dev.latchkey.web.ratelimit.RateLimited;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.boundary.Accounts;
import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.accounts.registration.boundary.Registrations;
import dev.latchkey.kernel.error.ResourceNotFound;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.Conditional;
import dev.latchkey.web.http.NoStore;
import dev.latchkey.web.http.Ids;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static dev.latchkey.kernel.error.ErrorCode.CONFIRMATION_TOKEN_EXPIRED;
import static dev.latchkey.kernel.error.ErrorCode.DUPLICATE_ENTRY;
import static dev.latchkey.kernel.error.ErrorCode.IDEMPOTENCY_KEY_REUSED;
import static dev.latchkey.kernel.error.ErrorCode.INVALID_CONFIRMATION_TOKEN;
import static dev.latchkey.kernel.error.ErrorCode.INVALID_REQUEST;
import static dev.latchkey.kernel.error.ErrorCode.PRECONDITION_FAILED;
import static dev.latchkey.kernel.error.ErrorCode.RESOURCE_NOT_FOUND;
import static dev.latchkey.kernel.error.ErrorCode.VALIDATION_ERROR;

@Path("accounts")
@Area("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountsResource {

    @Inject
    Accounts accounts;
    @Inject
    Registrations registrations;
    @Inject
    CurrentPrincipal caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(value = RateLimitPolicy.AUTH, per = RateLimited.Per.CLIENT)
    @Operation(operationId = "registerAccount", summary = "Register an account",
            description = "Takes email, username, password (12 to 128 characters by default) and an optional displayName. "
                    + "Any other field (status, permissions...) is ignored. The account starts ACTIVE, or PENDING when "
                    + "approval is required, with emailConfirmed false and permissions [read, write].")
    @Success(status = 201, description = "Registered", data = AccountResponse.class, headers = {Success.Header.LOCATION, Success.Header.ETAG})
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, DUPLICATE_ENTRY, IDEMPOTENCY_KEY_REUSED})
    public Response register(RegisterRequest body, @Context UriInfo uri) {
        AccountView account = registrations.register(Bodies.required(body).toRegistration());
        return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
                .tag(Conditional.etag(account.id(), account.version()))
                .entity(Envelope.created(AccountResponse.of(account)))
                .build();
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(value = RateLimitPolicy.AUTH, per = RateLimited.Per.CLIENT)
    @Operation(operationId = "confirmEmail", summary = "Confirm an email address", description = "With the token from the confirmation mail's link; it works once.")
    @Success(description = "The confirmed account", data = AccountResponse.class)
    @ApiErrors({INVALID_REQUEST, INVALID_CONFIRMATION_TOKEN, CONFIRMATION_TOKEN_EXPIRED})
    public Response confirm(ConfirmRequest body) {
        AccountView account = registrations.confirmEmail(Bodies.required(body).token());
        return Response.ok(Envelope.success(AccountResponse.of(account))).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @NoStore
    @Operation(operationId = "getAccount", summary = "Read an account",
            description = "The account a registration's Location names. Only the account itself and administrators may read "
                    + "it; to anyone else it does not exist (RESOURCE_NOT_FOUND), so ids reveal nothing. Answers with the "
                    + "ETag of the account's current version; If-None-Match with it gives 304.")
    @Success(description = "The account", data = AccountResponse.class, conditional = true)
    @ApiErrors({INVALID_REQUEST, RESOURCE_NOT_FOUND, PRECONDITION_FAILED})
    public Response get(@PathParam("id") String id, @Context Request request) {
        UUID wanted = Ids.uuid("id", id);
        UUID callerId = caller.get().accountId();
        if (!wanted.equals(callerId) && !accounts.find(callerId).permissions().contains(Account.ADMIN_PERMISSION)) {
            throw new ResourceNotFound("account", wanted);
        }
        AccountView account = accounts.find(wanted);
        return Conditional.get(request, Conditional.etag(account.id(), account.version()),
                () -> Envelope.success(AccountResponse.of(account)));
    }
}
