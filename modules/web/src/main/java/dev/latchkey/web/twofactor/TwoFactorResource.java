package dev.latchkey.web.twofactor;

import dev.latchkey.web.ratelimit.RateLimited;
import dev.latchkey.web.ratelimit.CodeSendLimits;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.accounts.core.boundary.Accounts;
import dev.latchkey.sessions.signin.boundary.SignIns;
import dev.latchkey.sessions.twofactor.boundary.TwoFactor;
import dev.latchkey.sessions.twofactor.boundary.CodeFactors;
import dev.latchkey.sessions.twofactor.boundary.CodeSent;
import dev.latchkey.sessions.twofactor.boundary.TwoFactorOverview;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.web.auth.Area;
import dev.latchkey.web.auth.Authenticated;
import dev.latchkey.web.auth.CurrentPrincipal;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.http.DuringMaintenance;
import dev.latchkey.web.http.NoStore;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import dev.latchkey.sessions.tokens.boundary.TokenPair;
import dev.latchkey.sessions.twofactor.boundary.TotpSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import java.util.Optional;

import static dev.latchkey.kernel.error.ErrorCode.*;

@Path("2fa")
@Area("2fa")
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Two-factor authentication")
public class TwoFactorResource {

    @Inject
    TwoFactor twoFactor;
    @Inject
    CodeFactors codeFactors;
    @Inject
    CodeSendLimits sendLimits;
    @Inject
    Accounts accounts;
    @Inject
    SignIns signIns;
    @Inject
    CurrentPrincipal caller;

    @POST
    @Path("totp/setup")
    @Authenticated
    @RateLimited(value = RateLimitPolicy.TWO_FACTOR_SETUP, per = RateLimited.Per.ACCOUNT)
    @Operation(operationId = "startTotpSetup", summary = "Start TOTP setup", description = "RFC 6238, SHA-1, 6 digits, 30 s. TOTP is on only after verify-setup. "
            + "While TOTP is already on, replacing its secret needs {code}: a current code of it or a backup code (without "
            + "one: VALIDATION_ERROR on code); wrong codes count toward the account's pause like any other.")
    @Success(description = "The secret for an authenticator app", data = TotpSetup.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, INVALID_VERIFICATION_CODE, BACKUP_CODE_ALREADY_USED, AUTH_ACCOUNT_LOCKED})
    public Response setup(@RequestBody(required = false, description = "While TOTP is on: {code}, a current code or a backup code")
                          TwoFactorRequests.Code body) {
        String label = accounts.find(caller.get().accountId()).email();
        var setup = twoFactor.setup(caller.get().accountId(), label, Optional.ofNullable(body).map(TwoFactorRequests.Code::code));
        return Response.ok(Envelope.success(setup)).build();
    }

    @POST
    @Path("totp/verify-setup")
    @Authenticated
    @Operation(operationId = "verifyTotpSetup", summary = "Turn TOTP on with a first code", description = "Answers ten single-use backup codes, shown this once. Ends the other sessions.")
    @Success(description = "TOTP is on; ten single-use backup codes, shown this once", data = TwoFactorRequests.BackupCodes.class)
    @ApiErrors({INVALID_REQUEST, INVALID_VERIFICATION_CODE, MFA_SETUP_NOT_INITIATED, AUTH_ACCOUNT_LOCKED})
    public Response verifySetup(TwoFactorRequests.Code body) {
        var codes = twoFactor.verifySetup(caller.get().accountId(), Bodies.required(body).code(), caller.get().sessionId());
        return Response.ok(Envelope.success(new TwoFactorRequests.BackupCodes(codes))).build();
    }

    @DELETE
    @Path("totp")
    @Authenticated
    @Operation(operationId = "disableTotp", summary = "Turn TOTP off", description = "Needs {code}: a current TOTP code or a backup code. Ends the other sessions.")
    @Success(status = 204, description = "Turned off")
    @ApiErrors({INVALID_REQUEST, INVALID_VERIFICATION_CODE, BACKUP_CODE_ALREADY_USED, NO_MFA_METHOD, AUTH_ACCOUNT_LOCKED})
    public Response disable(TwoFactorRequests.Code body) {
        twoFactor.disable(caller.get().accountId(), Bodies.required(body).code(), caller.get().sessionId());
        return Response.noContent().build();
    }

    @POST
    @Path("verify")
    @DuringMaintenance
    @RateLimited(value = RateLimitPolicy.TWO_FACTOR_VERIFY, per = RateLimited.Per.CLIENT)
    @Operation(operationId = "verifySecondFactor", summary = "Complete a sign-in with a TOTP, e-mail, SMS or backup code",
            description = "With the mfaToken the login answered. Any factor that is on is accepted; {method} narrows it to one "
                    + "(a method that is not on: NO_MFA_METHOD). An e-mail or SMS code works only with the mfaToken it was sent for "
                    + "(POST /api/2fa/send-code), once, for mfa.code-ttl (5 min); a newer code replaces it. Five wrong codes spend the mfaToken. Wrong codes also count "
                    + "per account across every mfaToken, setup and disable: after mfa.max-failed-codes (10) within "
                    + "mfa.failed-codes-pause (15 min) the factor is paused (AUTH_ACCOUNT_LOCKED, lockout_reason "
                    + "too_many_failed_codes, Retry-After) until 15 min after the last wrong code. When the login carried a "
                    + "device proof, the session is bound to that device (revoked since: DEVICE_REVOKED).")
    @Success(description = "Signed in: the token response", data = TokenPair.class)
    @ApiErrors({INVALID_REQUEST, TOKEN_INVALID, INVALID_VERIFICATION_CODE, BACKUP_CODE_ALREADY_USED, NO_MFA_METHOD, AUTH_ACCOUNT_LOCKED,
            DEVICE_REVOKED, SESSION_CONCURRENT_LIMIT, CONCURRENCY_CONFLICT})
    public Response verify(TwoFactorRequests.Verify body) {
        Bodies.required(body);
        return Response.ok(Envelope.success(signIns.completeSecondFactor(body.mfaToken(), body.code(), Optional.ofNullable(body.method())).tokens())).build();
    }

    @POST
    @Path("send-code")
    @DuringMaintenance
    @Operation(operationId = "sendSignInCode", summary = "Send a sign-in code by e-mail or SMS",
            description = "For the sign-in the mfaToken belongs to, by a method that is on (else NO_MFA_METHOD). The code has 6 digits, "
                    + "works once, for mfa.code-ttl (5 min), and only with this mfaToken; a new one replaces the last. Limits per account: "
                    + "rate-limit.2fa-send-email (10 per hour) and rate-limit.2fa-send-sms (5 per hour), RATE_LIMIT_AUTH beyond. "
                    + "An SMS gateway that fails or times out: UPSTREAM_ERROR or NETWORK_TIMEOUT, and no code is kept; one that keeps "
                    + "failing opens the circuit: SERVICE_UNAVAILABLE with Retry-After, without calling it. previousDelivery tells "
                    + "what the gateway reported about the last text (status failed: it most likely never arrived).")
    @Success(status = 202, description = "The code is on its way", data = CodeSent.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, TOKEN_INVALID, NO_MFA_METHOD, RATE_LIMIT_AUTH, UPSTREAM_ERROR, SERVICE_UNAVAILABLE, NETWORK_TIMEOUT})
    public Response sendCode(TwoFactorRequests.SendCode body) {
        Bodies.required(body);
        if (body.mfaToken() == null || body.mfaToken().isBlank()) {
            throw new ValidationFailed(Violation.required("mfaToken"));
        }
        String method = CodeFactorRoutes.method(body.method());
        sendLimits.count(codeFactors.accountOf(body.mfaToken()), method);
        return Response.accepted(Envelope.success(codeFactors.sendSignInCode(body.mfaToken(), method))).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "twoFactorOverview", summary = "The caller's second factors",
            description = "methods: the factors that are on (totp, email, sms); backupCodesLeft: unused backup codes; phoneNumber: "
                    + "the SMS number, masked (+1•••••0123), when SMS is on.")
    @Success(description = "The second factors", data = TwoFactorOverview.class)
    @ApiErrors({ACCESS_DENIED, INSUFFICIENT_SCOPE})
    public Response overview() {
        return Response.ok(Envelope.success(codeFactors.overview(caller.get().accountId()))).build();
    }
}
