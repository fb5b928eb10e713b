package dev.latchkey.web.auth;

import dev.latchkey.web.ratelimit.LoginRateLimit;
import dev.latchkey.web.ratelimit.RateLimited;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.accounts.reset.boundary.PasswordResets;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import dev.latchkey.web.openapi.Success;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import static dev.latchkey.kernel.error.ErrorCode.*;

/** Password reset by mail: ask for a link (always 202), then set a new password with its token. */
@Path("auth/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class PasswordResetResource {

    @Inject
    PasswordResets resets;
    @Inject
    LoginRateLimit loginLimit;

    /** The answer to a reset request, the same for every address. */
    public record ResetAccepted(String message) {
    }

    @POST
    @RateLimited(value = RateLimitPolicy.AUTH, per = RateLimited.Per.CLIENT)
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password reset mail",
            description = "Always 202, whether or not the address has an account, and in the same time. Besides the client "
                    + "address, requests count against rate-limit.auth per address asked for, with sign-ins naming it.")
    @Success(status = 202, description = "Accepted, whether or not the address has an account", data = ResetAccepted.class)
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR})
    public Response requestReset(AuthRequests.ResetRequest body) {
        loginLimit.count(Bodies.required(body).email());
        resets.request(body.email());
        return Response.accepted(Envelope.accepted(new ResetAccepted("If the address belongs to an account, a reset link is on its way.")))
                .build();
    }

    @POST
    @Path("confirm")
    @RateLimited(value = RateLimitPolicy.AUTH, per = RateLimited.Per.CLIENT)
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the mailed token", description = "The token works once; every session ends.")
    @Success(status = 204, description = "Password changed")
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, INVALID_RESET_TOKEN, RESET_TOKEN_EXPIRED})
    public Response confirmReset(AuthRequests.ResetConfirmation body) {
        Bodies.required(body);
        resets.confirm(body.token(), body.newPassword());
        return Response.noContent().build();
    }
}
