package dev.latchkey.accounts.profile.boundary;

import dev.latchkey.accounts.password.control.Password;
import jakarta.validation.constraints.Size;

/** What an account holder may change: display name, and password with the current one. */
public record ProfileChange(@Size(max = 100) String displayName, @Size(max = 1024) String currentPassword,
                            @Password String newPassword) {
}
