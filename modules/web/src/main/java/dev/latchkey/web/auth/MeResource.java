package dev.latchkey.web.auth;

import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.boundary.Accounts;
import dev.latchkey.accounts.profile.boundary.ProfileChange;
import dev.latchkey.accounts.profile.boundary.Profiles;
import dev.latchkey.web.accounts.AccountResponse;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.Conditional;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import dev.latchkey.web.http.NoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import static dev.latchkey.kernel.error.ErrorCode.*;

/** The signed-in account's own record: read it, change the display name or the password. */
@Path("auth/me")
@Area("accounts")
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class MeResource {

    @Inject
    Accounts accounts;
    @Inject
    Profiles profiles;
    @Inject
    CurrentPrincipal caller;

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "The signed-in account, with its permissions",
            description = "Answers with the account's ETag; If-None-Match with it gives 304.")
    @Success(description = "The signed-in account", data = AccountResponse.class, conditional = true)
    @ApiErrors({PRECONDITION_FAILED})
    public Response me(@Context Request request) {
        AccountView account = accounts.find(caller.get().accountId());
        return Conditional.get(request, Conditional.etag(account.id(), account.version()),
                () -> Envelope.success(AccountResponse.of(account)));
    }

    @PATCH
    @Authenticated
    @Operation(operationId = "updateMe", summary = "Change display name or password",
            description = "newPassword needs currentPassword; a wrong one is AUTH_INVALID_CREDENTIALS and counts toward the lockout. "
                    + "A password change ends every other session. Honours If-Match.")
    @Success(description = "The updated account, with its new ETag", data = AccountResponse.class, headers = Success.Header.ETAG)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, AUTH_INVALID_CREDENTIALS, AUTH_ACCOUNT_LOCKED, PRECONDITION_FAILED, CONCURRENCY_CONFLICT})
    public Response changeMe(AuthRequests.ProfileChange body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Bodies.required(body);
        AccountView account = profiles.change(caller.get().accountId(),
                new ProfileChange(body.displayName(), body.currentPassword(), body.newPassword()),
                Conditional.ifMatch(ifMatch), caller.get().sessionId());
        return Response.ok(Envelope.success(AccountResponse.of(account)))
                .tag(Conditional.etag(account.id(), account.version())).build();
    }
}
