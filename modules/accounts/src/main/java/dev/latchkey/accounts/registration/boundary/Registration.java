package dev.latchkey.accounts.registration.boundary;

import dev.latchkey.accounts.password.control.Password;
import dev.latchkey.accounts.core.control.Identifiers;
import dev.latchkey.accounts.core.control.Visible;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person registers with. Anything else a client sends (status, permissions) has no effect. */
public record Registration(
        @NotBlank @Size(max = 254) @Visible
        @Email(regexp = "[^\"@]+@[^@]+\\.[^@]+", message = "must be a valid email address") String email,
        @NotBlank @Size(min = 3, max = 32) @Visible
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain only letters, digits, '.', '_' and '-', and must start with a letter or digit")
        String username,
        @NotNull @Password String password,
        @Size(max = 100) String displayName) {

    /** Emails and usernames are taken in NFKC, without surrounding spaces (see {@link Identifiers}). */
    public Registration {
        email = Identifiers.normalise(email);
        username = Identifiers.normalise(username);
    }

    /** A blank display name is none. */
    public String displayNameOrNull() {
        return displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    /** Emails are compared and stored lower case. */
    public String normalisedEmail() {
        return email.toLowerCase(java.util.Locale.ROOT);
    }
}
