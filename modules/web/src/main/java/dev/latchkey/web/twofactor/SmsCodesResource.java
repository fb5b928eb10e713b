package dev.latchkey.web.twofactor;

import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.sessions.twofactor.boundary.CodeFactors;
import dev.latchkey.sessions.twofactor.boundary.CodeSent;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.http.NoStore;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import dev.latchkey.web.ratelimit.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** SMS codes as a second factor: setup, verify-setup, a code to confirm turning them off, off. */
@Path("2fa/sms")
@Area("2fa")
@Authenticated
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Two-factor authentication")
public class SmsCodesResource {

    @Inject
    CodeFactors codeFactors;
    @Inject
    CodeFactorRoutes routes;
    @Inject
    CurrentPrincipal caller;

    @POST
    @Path("setup")
    @RateLimited(value = RateLimitPolicy.TWO_FACTOR_SETUP, per = RateLimited.Per.ACCOUNT)
    @Operation(operationId = "startSmsSetup", summary = "Start SMS codes", description = "Texts a setup code to {phoneNumber} (E.164, checked with libphonenumber; else VALIDATION_ERROR on phoneNumber). The number is kept, and shown masked from then on, once verify-setup returns a code sent to it; while SMS is on, setting it up again is VALIDATION_ERROR on method (turn it off first). A gateway that fails or times out: UPSTREAM_ERROR or NETWORK_TIMEOUT, nothing kept; an open circuit: SERVICE_UNAVAILABLE. " + CodeFactorRoutes.DESCRIPTION)
    @Success(status = 202, description = "The setup code is on its way", data = CodeSent.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, RATE_LIMIT_AUTH, UPSTREAM_ERROR, SERVICE_UNAVAILABLE, NETWORK_TIMEOUT})
    public Response setup(TwoFactorRequests.SmsSetup body) {
        return routes.started(codeFactors.startSmsSetup(caller.get().accountId(), Bodies.required(body).phoneNumber()));
    }

    @POST
    @Path("verify-setup")
    @Operation(operationId = "verifySmsSetup", summary = "Turn SMS codes on with the setup code",
            description = "Answers ten single-use backup codes when this is the account's first factor (shown this once), else "
                    + "backupCodes null. Ends the other sessions. " + CodeFactorRoutes.DESCRIPTION)
    @Success(description = "On", data = TwoFactorRequests.FactorEnabled.class)
    @ApiErrors({INVALID_REQUEST, INVALID_VERIFICATION_CODE, MFA_SETUP_NOT_INITIATED, AUTH_ACCOUNT_LOCKED})
    public Response verifySetup(TwoFactorRequests.Code body) {
        return routes.verifySetup("sms", body);
    }

    @POST
    @Path("send-code")
    @Operation(operationId = "sendSmsConfirmationCode", summary = "Send a code to confirm turning SMS codes off",
            description = "For DELETE on this factor (a sign-in code comes from POST /api/2fa/send-code instead). Counts toward "
                    + "the account's send limit like a sign-in code. " + CodeFactorRoutes.DESCRIPTION)
    @Success(status = 202, description = "The code is on its way", data = CodeSent.class)
    @ApiErrors({NO_MFA_METHOD, RATE_LIMIT_AUTH, UPSTREAM_ERROR, SERVICE_UNAVAILABLE, NETWORK_TIMEOUT})
    public Response sendConfirmation() {
        return routes.sendConfirmation("sms");
    }

    @DELETE
    @Operation(operationId = "disableSms", summary = "Turn SMS codes off",
            description = "Needs {code}: one sent by POST send-code on this factor, or a backup code. Ends the other sessions; "
                    + "the backup codes go when no factor is left.")
    @Success(status = 204, description = "Turned off")
    @ApiErrors({INVALID_REQUEST, INVALID_VERIFICATION_CODE, BACKUP_CODE_ALREADY_USED, NO_MFA_METHOD, AUTH_ACCOUNT_LOCKED})
    public Response disable(TwoFactorRequests.Code body) {
        return routes.disable("sms", body);
    }
}
