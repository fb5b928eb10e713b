package dev.latchkey.web.auth;

import dev.latchkey.web.ratelimit.LoginRateLimit;
import dev.latchkey.web.ratelimit.RateLimited;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.sessions.signin.boundary.SignInOutcome;
import dev.latchkey.sessions.signin.boundary.SignInRequest;
import dev.latchkey.sessions.signin.boundary.SignIns;
import dev.latchkey.sessions.tokens.boundary.Sessions;
import dev.latchkey.sessions.tokens.boundary.DeviceMismatch;
import dev.latchkey.sessions.tokens.boundary.TokenPair;
import dev.latchkey.sessions.twofactor.boundary.MfaChallengeView;
import dev.latchkey.web.auth.BearerOnly;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.http.DuringMaintenance;
import dev.latchkey.web.http.NeverReplayed;
import dev.latchkey.web.http.NoStore;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

import static dev.latchkey.kernel.error.ErrorCode.*;

/** Signing in (password, device proof, two-factor hand-off), refreshing and signing out. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class AuthResource {

    @Inject
    SignIns signIns;
    @Inject
    Sessions sessions;
    @Inject
    CurrentPrincipal caller;
    @Inject
    LoginRateLimit loginLimit;

    @POST
    @Path("login")
    @RateLimited(value = RateLimitPolicy.AUTH, per = RateLimited.Per.CLIENT)
    @NoStore
    @DuringMaintenance
    @Operation(operationId = "signIn", summary = "Sign in with email or username and password",
            description = "Answers the token response. Unknown logins fail exactly like wrong passwords, in the same time. "
                    + "Besides the address, attempts count against rate-limit.auth per login (however spelled, existing or not). "
                    + "After accounts.lockout-after failures the account is locked for accounts.lockout-duration; "
                    + "the failure that reaches the limit already answers 423. At sessions.max-concurrent open sessions "
                    + "the next sign-in is SESSION_CONCURRENT_LIMIT.")
    @Success(description = "Signed in: the token response; with two-factor on, the challenge for POST /api/2fa/verify instead", data = {TokenPair.class, MfaChallengeView.class}, name = "SignIn")
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, AUTH_INVALID_CREDENTIALS, AUTH_ACCOUNT_LOCKED, EMAIL_NOT_CONFIRMED,
            ACCOUNT_PENDING, ACCOUNT_DECLINED, ACCOUNT_DEACTIVATED, NO_GROUP, GROUP_DELETED, SESSION_CONCURRENT_LIMIT, CONCURRENCY_CONFLICT,
            AUTH_DEVICE_NOT_REGISTERED, AUTH_SIGNATURE_INVALID, AUTH_SIGNATURE_EXPIRED, DEVICE_REVOKED})
    public Response login(AuthRequests.Login body) {
        Bodies.required(body);
        loginLimit.count(body.login());
        SignInOutcome outcome = signIns.signIn(new SignInRequest(body.login(), body.password(), body.deviceId(),
                body.proof() == null ? null : body.proof().toSignedProof()));
        Object answer = outcome instanceof SignInOutcome.Signed signed ? signed.tokens()
                : ((SignInOutcome.SecondFactorRequired) outcome).challenge();
        return Response.ok(Envelope.success(answer)).build();
    }

    @POST
    @Path("refresh")
    @RateLimited(value = RateLimitPolicy.REFRESH, per = RateLimited.Per.TOKEN_OWNER)
    @NeverReplayed
    @NoStore
    @DuringMaintenance
    @Operation(operationId = "refreshTokens", summary = "Rotate the token pair",
            description = "The presented refresh token is retired and a new pair issued. A device-bound session's refresh must "
                    + "carry X-Device-Id with its device, else DEVICE_MISMATCH. Presenting a retired one again ends "
                    + "its whole session (REFRESH_TOKEN_REVOKED); a second refresh of the same token within "
                    + "sessions.refresh-reuse-grace (PT2S by default; PT0S allowed) is refused the same way without ending the "
                    + "session, so parallel refreshes have one winner. X-Device-Id is a UUID in any case; a malformed one is "
                    + "DEVICE_MISMATCH. An Idempotency-Key is checked but never replays a refresh: a refresh token is spent "
                    + "once, and presenting it again is reuse.")
    @Success(description = "A new token pair", data = TokenPair.class)
    @ApiErrors({INVALID_REQUEST, INVALID_REFRESH_TOKEN, REFRESH_TOKEN_EXPIRED, REFRESH_TOKEN_REVOKED, DEVICE_MISMATCH})
    public Response refresh(AuthRequests.Refresh body, @HeaderParam("X-Device-Id") String deviceId) {
        Bodies.required(body);
        TokenPair tokens = sessions.refresh(body.refreshToken(), Optional.ofNullable(deviceId).map(AuthResource::deviceHeader));
        return Response.ok(Envelope.success(tokens)).build();
    }

    /** X-Device-Id as a UUID in any case; a malformed one names no device, so a bound session refuses it. */
    private static UUID deviceHeader(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            throw new DeviceMismatch(Optional.empty());
        }
    }

    @POST
    @Path("logout")
    @Authenticated
    @BearerOnly
    @DuringMaintenance
    @Operation(operationId = "signOut", summary = "End the current session", description = "Its access and refresh tokens stop working at once.")
    @Success(status = 204, description = "Signed out")
    @ApiErrors({})
    public Response logout() {
        sessions.logout(caller.get().session(), "logout");
        return Response.noContent().build();
    }
}
