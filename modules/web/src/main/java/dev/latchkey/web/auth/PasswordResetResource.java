package dev.latchkey.web.auth;

import dev.latchkey.accounts.reset.boundary.PasswordResets;
import dev.latchkey.web.envelope.Envelope;
import dev.latchkey.web.json.Bodies;
import dev.latchkey.web.openapi.ApiErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

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

    @POST
    @Operation(summary = "Ask for a password reset mail",
            description = "Always 202, whether or not the address has an account, and in the same time.")
    @APIResponse(responseCode = "202", description = "Accepted")
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR})
    public Response requestReset(AuthRequests.ResetRequest body) {
        resets.request(Bodies.required(body).email());
        return Response.accepted(Envelope.accepted(Map.of("message",
                "If the address belongs to an account, a reset link is on its way."))).build();
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Set a new password with the mailed token", description = "The token works once; every session ends.")
    @APIResponse(responseCode = "204", description = "Password changed")
    @ApiErrors({INVALID_REQUEST, VALIDATION_ERROR, INVALID_RESET_TOKEN, RESET_TOKEN_EXPIRED})
    public Response confirmReset(AuthRequests.ResetConfirmation body) {
        Bodies.required(body);
        resets.confirm(body.token(), body.newPassword());
        return Response.noContent().build();
    }
}
