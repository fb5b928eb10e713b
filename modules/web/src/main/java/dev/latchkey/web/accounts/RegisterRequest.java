package dev.latchkey.web.accounts;

import dev.latchkey.accounts.registration.boundary.Registration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registration body as it arrives. Its rules live on {@link Registration} and are checked
 * by the accounts façade; this record only names and documents the fields.
 */
@Schema(name = "RegisterRequest")
public record RegisterRequest(
        @Schema(required = true, format = "email", maxLength = 254, example = "ada@example.com") String email,
        @Schema(required = true, minLength = 3, maxLength = 32, pattern = "[A-Za-z0-9][A-Za-z0-9._-]*", example = "ada") String username,
        @Schema(required = true, minLength = 12, maxLength = 128, description = "at least accounts.password-min-length (12) characters") String password,
        @Schema(maxLength = 100, example = "Ada Lovelace") String displayName) {

    Registration toRegistration() {
        return new Registration(email, username, password, displayName);
    }
}
