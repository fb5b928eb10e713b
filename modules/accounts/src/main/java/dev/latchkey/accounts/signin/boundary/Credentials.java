package dev.latchkey.accounts.signin.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sign-in: an email or a username, and a password. */
public record Credentials(@NotBlank @Size(max = 254) String login, @NotBlank @Size(max = 1024) String password) {
}
