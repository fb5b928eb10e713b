package dev.latchkey.web.accounts;

import jakarta.annotation.Nullable;
import dev.latchkey.accounts.core.boundary.AccountView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as its owner sees it (CONTRACT.md section 4). */
public record AccountResponse(UUID id, String email, String username, @Nullable String displayName, String status,
                              boolean emailConfirmed, List<String> permissions, @Nullable UUID groupId, Instant createdAt) {

    public static AccountResponse of(AccountView a) {
        return new AccountResponse(a.id(), a.email(), a.username(), a.displayName(), a.status(), a.emailConfirmed(),
                a.permissions(), a.groupId(), a.createdAt());
    }
}
