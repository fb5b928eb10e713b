package dev.latchkey.web.auth;

import dev.latchkey.web.devices.DeviceProof;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the sign-in routes as they arrive; their rules are checked by the façades. */
final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(name = "LoginRequest")
    record Login(@Schema(required = true, description = "email or username") String login,
                 @Schema(required = true) String password,
                 @Schema(description = "for a device-bound session: the device's id") String deviceId,
                 @Schema(ref = "DeviceProof") DeviceProof proof) {
    }

    @Schema(name = "ProfileChangeRequest")
    record ProfileChange(@Schema(maxLength = 100) String displayName,
                         @Schema(description = "required with newPassword") String currentPassword,
                         @Schema(minLength = 12, maxLength = 128) String newPassword) {
    }

    @Schema(name = "PasswordResetRequest")
    record ResetRequest(@Schema(required = true, format = "email") String email) {
    }

    @Schema(name = "PasswordResetConfirmation")
    record ResetConfirmation(@Schema(required = true) String token, @Schema(required = true, minLength = 12) String newPassword) {
    }

    @Schema(name = "RefreshRequest")
    record Refresh(@Schema(required = true) String refreshToken) {
    }

    @Schema(name = "TokenRequest")
    record Token(@Schema(required = true) String token) {
    }
}
